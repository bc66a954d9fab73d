import { Fragment } from 'react';

/**
 * Content text is plain text in which `backticks` mark verbatim code. React
 * escapes everything, so no content or URL text can ever become markup.
 */
export function RichText({ text, className }: { text: string; className?: string }) {
  const paragraphs = text.split(/\n{2,}/);
  return (
    <>
      {paragraphs.map((paragraph, i) => (
        <p key={i} className={className}>
          <InlineCode text={paragraph} />
        </p>
      ))}
    </>
  );
}

export function InlineCode({ text }: { text: string }) {
  const parts = text.split('`');
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
            {part}
          </code>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}
