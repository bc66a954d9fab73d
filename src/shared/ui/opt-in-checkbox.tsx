import type { ReactNode } from 'react';

/**
 * A box the engineer ticks to let personal data (the open case) go into
 * something that leaves the page: a ticket link, a problem report. Unticked
 * by default; the warning says what ticking it means.
 */
export function OptInCheckbox({
  id,
  checked,
  onChange,
  label,
  warning,
}: {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: ReactNode;
  warning: ReactNode;
}) {
  return (
    <div className="mt-3 flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={`${id}-warning`}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-warning`} className="case-error">
          {warning}
        </p>
      </div>
    </div>
  );
}
