/**
 * The answers of a node where several can hold at once (`multiple`, see
 * src/content/selection.ts): a box for each, and one button that records
 * every ticked answer together. Boxes and button are plain form controls, so
 * the keyboard works as anywhere else (Tab, Space, Enter); the boxes print as
 * squares to tick by hand.
 */
import { useId, useState } from 'react';
import { readSelection, selectionValue, tickable } from '../../content/selection';
import type { FlowNode, NodeText } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import { VerbatimText } from '../../shared/ui/verbatim-text';

export function TickAnswers({
  node,
  text,
  recorded,
  assumed = false,
  onContinue,
}: {
  node: FlowNode;
  text: NodeText;
  /** The value recorded for the node, if any: the boxes start ticked as it says. */
  recorded: string | undefined;
  /** The recorded value was assumed (filled in to open a step directly), not given: its answers carry the mark. */
  assumed?: boolean;
  onContinue: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const answers = tickable(node);
  const [ticked, setTicked] = useState<readonly string[]>(() =>
    (readSelection(node, recorded) ?? []).filter((a) => answers.includes(a)).map((a) => a.id),
  );
  const marked = assumed ? (readSelection(node, recorded) ?? []).map((a) => a.id) : [];
  const [missing, setMissing] = useState(false);
  const toggle = (answerId: string) => {
    setMissing(false);
    setTicked((current) => (current.includes(answerId) ? current.filter((x) => x !== answerId) : [...current, answerId]));
  };
  const alone = node.answers.length > answers.length;
  return (
    <div className="mt-3">
      <p className="text-sm text-slate-800 sm:text-base dark:text-slate-200">{t('step.tickIntro')}</p>
      <fieldset className="mt-3">
        <legend className="sr-only">{t('step.tickLegend')}</legend>
        <ul className="checklist space-y-2">
          {answers.map((answer) => (
            <li key={answer.id}>
              <label
                htmlFor={`${id}-${answer.id}`}
                className="answer cursor-pointer has-checked:border-blue-800 has-checked:bg-blue-50 dark:has-checked:bg-slate-800"
              >
                <input
                  id={`${id}-${answer.id}`}
                  type="checkbox"
                  name={`${id}-tick`}
                  value={answer.id}
                  className="mt-1 size-4 shrink-0 accent-blue-700"
                  checked={ticked.includes(answer.id)}
                  onChange={() => toggle(answer.id)}
                />
                <span>
                  <span className="block">{text.answers[answer.id]}</span>
                  {marked.includes(answer.id) && <span className="assumed-mark mt-1">{t('path.assumed')}</span>}
                  {answer.code !== undefined && (
                    <code className="mt-1 block font-mono text-sm opacity-80">
                      <VerbatimText text={answer.code} />
                    </code>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <button
        type="button"
        className="btn btn-primary mt-3 print:hidden"
        aria-describedby={missing ? `${id}-missing` : undefined}
        onClick={() => {
          const chosen = answers.filter((a) => ticked.includes(a.id));
          if (chosen.length === 0) setMissing(true);
          else onContinue(selectionValue(node, chosen));
        }}
      >
        {t('step.tickContinue')}
      </button>
      {missing && (
        <p id={`${id}-missing`} role="alert" className="mt-2 text-sm font-medium text-red-800 dark:text-red-300">
          {t('step.tickNone')}
        </p>
      )}
      {alone && <p className="mt-4 text-slate-800 dark:text-slate-200">{t('step.tickOr')}</p>}
    </div>
  );
}
