import { useId, useState } from 'react';
import type { Step } from '../../content/types';
import { CodeBlock } from './code-block';
import { InlineCode } from './rich-text';

/** Numbered steps with tick boxes; the boxes print as empty squares to tick by hand. */
export function Checklist({ steps, text }: { steps: readonly Step[]; text: Readonly<Record<string, string>> }) {
  const id = useId();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (stepId: string) =>
    setTicked((current) => {
      const next = new Set(current);
      if (next.has(stepId)) next.delete(stepId);
      else next.add(stepId);
      return next;
    });
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
            </label>
            {step.code !== undefined && <CodeBlock code={step.code} />}
          </div>
        </li>
      ))}
    </ol>
  );
}
