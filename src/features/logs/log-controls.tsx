/**
 * The inputs the "Analyze logs" page and a step's log panel share: pasted
 * lines, the kind of log, masking, and the progress line.
 */
import { useI18n } from '../../i18n/i18n-context';
import type { LoadedCatalogue } from './use-log-analysis';

export function PasteField({ id, rows, value, onChange }: { id: string; rows: number; value: string; onChange: (value: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="case-field">
      <label htmlFor={id}>{t('analyze.paste')}</label>
      <textarea
        id={id}
        rows={rows}
        spellCheck={false}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        className="font-mono"
      />
    </div>
  );
}

export function KindSelect({
  id,
  loaded,
  value,
  onChange,
  className,
}: {
  id: string;
  loaded: LoadedCatalogue | undefined;
  value: string;
  onChange: (kind: string) => void;
  className?: string;
}) {
  const { t } = useI18n();
  return (
    <>
      <label htmlFor={id} className={className}>
        {t('analyze.kind')}
      </label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)} className={className}>
        <option value="">{t('analyze.kindAuto')}</option>
        {loaded?.catalogue.kinds.map((k) => (
          <option key={k.id} value={k.id}>
            {loaded.text.kinds[k.id] ?? k.id}
          </option>
        ))}
      </select>
    </>
  );
}

export function MaskToggle({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (masked: boolean) => void;
}) {
  return (
    <span className="flex items-center gap-2">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

/** While an analysis runs: its progress, as a bar and in words. */
export function ProgressLine({ percent }: { percent: number }) {
  const { t } = useI18n();
  return (
    <>
      <progress max={100} value={percent} className="w-48" aria-label={t('analyze.progress', { percent })} />{' '}
      {t('analyze.progress', { percent })}
    </>
  );
}
