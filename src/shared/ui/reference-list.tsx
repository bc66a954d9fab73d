import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';

/** Links to entries of the reading list or help articles, by reference id. */
export function ReferenceList({ ids }: { ids: readonly string[] }) {
  const { text } = useI18n();
  return (
    <ul className="mt-2 space-y-1">
      {ids.map((id) => {
        const reference = content.references[id];
        if (!reference) return null;
        return (
          <li key={id}>
            <a className="link external" href={reference.url} rel="noreferrer noopener" target="_blank">
              {text.references[id] ?? id}
            </a>
          </li>
        );
      })}
    </ul>
  );
}
