import { Link } from 'react-router';
import { content } from '../../content/content';
import type { CodeFamily } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../../shared/paths';
import { InlineCode } from '../../shared/ui/rich-text';

const FAMILIES: readonly CodeFamily[] = ['end-user', 'directory-sync'];

/** Both error-code tables of the guide, each code linking to its own page. */
export function CodesPage() {
  const { t, text, locale } = useI18n();
  return (
    <div>
      <title>{`${t('codes.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('codes.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('codes.intro')}</p>
      {FAMILIES.map((family) => {
        const codes = content.codes.filter((c) => c.family === family);
        return (
          <section key={family} aria-labelledby={`family-${family}`} className="mt-8">
            <h2 id={`family-${family}`} className="text-xl font-semibold">
              {t(`code.family.${family}`)} <span className="font-normal text-slate-600 dark:text-slate-400">({codes.length})</span>
            </h2>
            <div className="mt-3 overflow-x-auto">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('codes.col.code')}</th>
                    <th scope="col">{t('codes.col.meaning')}</th>
                    {family === 'end-user' && <th scope="col">{t('codes.col.action')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {codes.map((code) => (
                    <tr key={code.code} id={`code-${code.code}`}>
                      <th scope="row">
                        <Link className="link font-mono" to={paths.code(locale, code.code)}>
                          {code.code}
                        </Link>
                      </th>
                      <td>
                        <InlineCode text={text.codes[code.code]?.meaning ?? ''} />
                      </td>
                      {family === 'end-user' && (
                        <td>
                          <InlineCode text={text.codes[code.code]?.action ?? ''} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
    </div>
  );
}
