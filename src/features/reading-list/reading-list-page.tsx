import { content } from '../../content/content';
import type { Reference } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';

/** The guide's reading list by topic, then the help articles and tools it cites. */
export function ReadingListPage() {
  const { t, text } = useI18n();
  const all = Object.values(content.references);
  const readingList = all.filter((r) => r.kind === 'reading-list');
  const others = all.filter((r) => r.kind !== 'reading-list');
  return (
    <div>
      <title>{`${t('readingList.heading')} · ${t('app.name')}`}</title>
      <h1 className="text-3xl font-bold text-slate-900 dark:text-white">{t('readingList.heading')}</h1>
      <p className="mt-3 max-w-prose text-slate-800 dark:text-slate-200">{t('readingList.intro')}</p>
      {content.topics.map((topic) => {
        const entries = readingList.filter((r) => r.topic === topic);
        if (entries.length === 0) return null;
        return (
          <section key={topic} aria-labelledby={`topic-${topic}`} className="mt-8 break-inside-avoid">
            <h2 id={`topic-${topic}`} className="text-xl font-semibold">
              {text.topics[topic]}
            </h2>
            <ReferenceEntries entries={entries} />
          </section>
        );
      })}
      <section aria-labelledby="topic-other" className="mt-8 break-inside-avoid">
        <h2 id="topic-other" className="text-xl font-semibold">
          {t('readingList.other')}
        </h2>
        <ReferenceEntries entries={others} />
      </section>
    </div>
  );
}

function ReferenceEntries({ entries }: { entries: readonly Reference[] }) {
  const { t, text } = useI18n();
  return (
    <ul className="mt-3 space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} id={`ref-${entry.id}`}>
          <a className="link external" href={entry.url} rel="noreferrer noopener" target="_blank">
            {text.references[entry.id]}
          </a>
          <span className="ml-2 text-xs text-slate-600 uppercase dark:text-slate-400">{t(`readingList.kind.${entry.kind}`)}</span>
          <span className="block font-mono text-xs break-all text-slate-600 dark:text-slate-400 print:hidden">{entry.url}</span>
        </li>
      ))}
    </ul>
  );
}
