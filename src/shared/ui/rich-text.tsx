import { Fragment } from 'react';
import { Link } from 'react-router';
import { content } from '../../content/content';
import { useI18n } from '../../i18n/i18n-context';
import { paths } from '../paths';
import { VerbatimText } from './verbatim-text';

const KNOWN_CODES = new Set(content.codes.map((c) => c.code));

/**
 * Content text is plain text in which `backticks` mark verbatim code. React
 * escapes everything, so no content or URL text can ever become markup.
 * Error codes of the guide link to their page wherever they are written.
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

function LinkedCodes({ text }: { text: string }) {
  const { locale } = useI18n();
  const parts = text.split(/\b([0-9]{6})\b/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 && KNOWN_CODES.has(part) ? (
          <Link key={i} className="link font-mono" to={paths.code(locale, part)}>
            {part}
          </Link>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
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
            <VerbatimText text={part} />
          </code>
        ) : (
          <LinkedCodes key={i} text={part} />
        ),
      )}
    </>
  );
}
