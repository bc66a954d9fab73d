import { useId, useState } from 'react';
import type { Step } from '../../content/types';
import { CodeBlock } from './code-block';
import { PracticeMark } from './practice-mark';
import { InlineCode } from './rich-text';

/**
 * Numbered steps with tick boxes; the boxes print as empty squares to tick by
 * hand. Controlled by `ticked`/`onToggle` where the ticks belong in the link
 * (a diagnosis step), local otherwise (a procedure's own page).
 */
export function Checklist({
  steps,
  text,
  ticked: controlled,
  onToggle,
}: {
  steps: readonly Step[];
  text: Readonly<Record<string, string>>;
  ticked?: readonly string[] | undefined;
  onToggle?: ((stepId: string) => void) | undefined;
}) {
  const id = useId();
  const [local, setLocal] = useState<readonly string[]>([]);
  const ticked = new Set(controlled ?? local);
  const toggle = (stepId: string) => {
    if (onToggle) {
      onToggle(stepId);
      return;
    }
    setLocal((current) => (current.includes(stepId) ? current.filter((s) => s !== stepId) : [...current, stepId]));
  };
  return (
    <ol className="checklist mt-3 space-y-3">
      {steps.map((step, index) => (
        <li key={step.id} className="flex gap-3">
          <input
            id={`${id}-${step.id}`}
            type="checkbox"
            className="mt-1 size-4 shrink-0 accent-blue-700"
            checked={ticked.has(step.id)}
            onChange={() => toggle(step.id)}
          />
          <div className="min-w-0 flex-1">
            <label htmlFor={`${id}-${step.id}`}>
              <span className="font-semibold">{index + 1}. </span>
              <InlineCode text={text[step.id] ?? ''} />
              {step.practice === true && (
                <>
                  {' '}
                  <PracticeMark />
                </>
              )}
            </label>
            {step.code !== undefined && <CodeBlock code={step.code} />}
            {step.record === true && <span aria-hidden="true" data-write-line className="write-line hidden print:block" />}
          </div>
        </li>
      ))}
    </ol>
  );
}
