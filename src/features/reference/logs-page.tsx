import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { CodeBlock } from '../../shared/ui/code-block';

/** The logs the guide finds useful: where each lives and what it shows. */
export function LogsPage() {
  const { t, text } = useI18n();
  return (
    <div>
      <title>{`${t('logs.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('logs.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('logs.intro')}</p>
      <ul className="mt-6 space-y-6">
        {content.logs.map((log) => {
          const logText = text.logs[log.id];
          return (
            <li key={log.id} id={`log-${log.id}`} className="card break-inside-avoid">
              <h2 className="text-lg font-semibold">{logText?.name}</h2>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                {t('logs.host')}: <span className="font-medium">{log.host}</span>
              </p>
              <p className="mt-2 text-slate-800 dark:text-slate-200">{logText?.purpose}</p>
              {log.windows !== undefined && (
                <div className="mt-2">
                  <p className="text-sm font-medium">{t('logs.windows')}</p>
                  <CodeBlock code={log.windows} />
                </div>
              )}
              {log.mac !== undefined && (
                <div className="mt-2">
                  <p className="text-sm font-medium">{t('logs.mac')}</p>
                  <CodeBlock code={log.mac} />
                </div>
              )}
              {log.mobile !== undefined && <p className="mt-2 text-sm">{t('logs.mobile')}</p>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
