import { Fragment } from 'react';
import { BREAK_POINT, verbatimPieces } from '../verbatim';

/**
 * Verbatim text (an identifier, a command, a log line) that wraps only at
 * its spaces and at break points of our own, shown with a continuation
 * mark when used: never after one of its hyphens. See `../verbatim.ts`.
 */
export function VerbatimText({ text }: { text: string }) {
  return (
    <span className="verbatim">
      {verbatimPieces(text).map((piece, i) =>
        'space' in piece ? (
          <Fragment key={i}>{piece.space}</Fragment>
        ) : (
          <Fragment key={i}>
            {piece.runs.map((run, j) => (
              <Fragment key={j}>
                {j > 0 ? BREAK_POINT : null}
                <span className="verbatim-run">{run}</span>
              </Fragment>
            ))}
          </Fragment>
        ),
      )}
    </span>
  );
}
