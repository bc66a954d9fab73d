import { useI18n } from '../../i18n/i18n-context';

/** The guide sections a step or procedure is based on. */
export function SourceList({ ids }: { ids: readonly string[] }) {
  const { text } = useI18n();
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
      {ids.map((id) => (
        <li key={id}>{text.sections[id] ?? id}</li>
      ))}
    </ul>
  );
}
