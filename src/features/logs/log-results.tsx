/**
 * How findings and sign-in attempts are shown, on the "Analyze logs" page
 * and in a step's log panel alike. Log text is only ever rendered as text.
 */
import { useId, useState, type ReactNode } from 'react';
import type { ContentText } from '../../content/types';
import { useI18n } from '../../i18n/i18n-context';
import type { Translate } from '../../i18n/translator';
import { LazyDetails } from '../../shared/ui/lazy-details';
import { PracticeNote } from '../../shared/ui/practice-mark';
import { VerbatimText } from '../../shared/ui/verbatim-text';
import type { FileWarning } from './analyzer.worker';
import type { Finding, Lane, LogCatalogueText, MatchedLine, SignInStep } from './catalogue';
import { type ArrowStatus, LadderDiagram, ladderStatuses } from './ladder-diagram';
import type { SignInAttempt } from './sign-in';
import { createMasker } from './mask';

/** How many sign-in attempts are shown before "Show more". */
const ATTEMPTS_AT_ONCE = 50;

/** Shows a log line as the user asked: masked or not. */
export type Show = (text: string) => string;

/**
 * How lines are shown in one report. Masked, each value keeps one numbered
 * placeholder throughout the report, in the reader's language.
 */
export function showFor(masked: boolean, t: Translate): Show {
  if (!masked) return (text) => text;
  return createMasker({ email: t('mask.email'), phone: t('mask.phone'), name: t('mask.name'), secret: t('mask.secret') });
}

export function findingExplanation(
  finding: Finding,
  texts: LogCatalogueText | undefined,
  t: Translate,
  codes: ContentText['codes'],
  /** Given, the users the finding is about are named, shown this way (masked or not). */
  show?: Show,
): string {
  const users = show && finding.users && finding.users.length > 0 ? ` ${usersText(finding.users, show, t)}` : '';
  if (finding.id.startsWith('code-')) {
    const code = finding.target.slice('code:'.length);
    return t('analyze.codeFound', { code, meaning: codes[code]?.meaning ?? '' }) + users;
  }
  return (texts?.findings[finding.id] ?? finding.id) + users;
}

/** "User: …" or "Users: …, …". */
const usersText = (users: readonly string[], show: Show, t: Translate) =>
  t('analyze.findingUsers', { count: users.length, users: users.map(show).join(', ') });

/** The user a sign-in attempt is about: its BroadWorks user id, else the id sent, else the Webex one. */
export const attemptUser = (attempt: SignInAttempt): string | undefined =>
  attempt.users.broadworks ?? attempt.users.sent ?? attempt.users.webex;

const lineLabel = (line: MatchedLine, t: Translate) =>
  line.file ? t('analyze.fileLine', { file: line.file, line: line.line }) : t('analyze.line', { line: line.line });

/** The lines that prove a finding, as plain text for a case's evidence. */
export function evidenceText(heading: string, lines: readonly MatchedLine[], show: Show, t: Translate, file?: string): string {
  const shown = lines.slice(0, 3).map((line) => `${lineLabel({ ...line, file: line.file ?? file }, t)}: ${show(line.text)}`);
  return [heading, ...shown].join('\n');
}

/** An attempt, where it stops and its lines, as plain text for a case or a report. */
export function attemptEvidence(attempt: SignInAttempt, texts: LogCatalogueText | undefined, show: Show, t: Translate): string {
  const facts = attemptFacts(attempt, show, t);
  const user = attemptUser(attempt);
  return evidenceText(
    [
      `${t('analyze.tracking')}: ${show(attempt.trackingId)}.`,
      ...(user === undefined ? [] : [`${usersText([user], show, t)}.`]),
      ...facts,
      attemptMeaning(attempt, texts),
      ...practiceLine(attempt, texts, t),
    ].join(' '),
    attempt.lines,
    show,
    t,
  );
}

export function MatchedLines({ lines, show, file }: { lines: readonly MatchedLine[]; show: Show; file?: string | undefined }) {
  const { t } = useI18n();
  return (
    <ol className="mt-2 space-y-1">
      {lines.map((line) => (
        <li key={`${line.file ?? file ?? ''}:${String(line.line)}`} className="log-line">
          <span className="text-slate-600 dark:text-slate-400">{lineLabel({ ...line, file: line.file ?? file }, t)}: </span>
          <code>
            <VerbatimText text={show(line.text)} />
          </code>
        </li>
      ))}
    </ol>
  );
}

export function FindingItem({
  finding,
  texts,
  show,
  file,
  children,
}: {
  finding: Finding;
  texts: LogCatalogueText | undefined;
  show: Show;
  file?: string | undefined;
  /** What the user can do with it: open its step, or answer with it. */
  children?: ReactNode;
}) {
  const { t, text } = useI18n();
  return (
    <li className="finding">
      <p className="font-medium">{findingExplanation(finding, texts, t, text.codes, show)}</p>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t('analyze.count', { count: finding.count })}</p>
      <MatchedLines lines={finding.lines} show={show} file={file} />
      {children}
    </li>
  );
}

export function WarningList({ warnings }: { warnings: readonly FileWarning[] }) {
  const { t } = useI18n();
  return warnings.map((warning) => (
    <p key={warning} className="notice mt-2">
      {t(`analyze.warning.${warning}`)}
    </p>
  ));
}

/** A reading of the stop that the guide does not give, if the content has one: shown under the general-practice mark. */
export function attemptPractice(attempt: SignInAttempt, texts: LogCatalogueText | undefined): string | undefined {
  return attempt.stop === undefined ? undefined : texts?.signIn.steps[attempt.stop]?.practice;
}

/** The same, as plain text for a case or a report: the mark in words, then the reading. */
function practiceLine(attempt: SignInAttempt, texts: LogCatalogueText | undefined, t: Translate): string[] {
  const practice = attemptPractice(attempt, texts);
  return practice === undefined ? [] : [`(${t('practice.label')}: ${practice})`];
}

/** What an attempt's stop means, in words. */
export function attemptMeaning(attempt: SignInAttempt, texts: LogCatalogueText | undefined): string {
  if (attempt.stop === undefined) return texts?.signIn.complete ?? '';
  return texts?.signIn.steps[attempt.stop]?.stops ?? attempt.stop;
}

/** The facts an engineer acts on: which user id failed, and what the log says. */
export function attemptFacts(attempt: SignInAttempt, show: Show, t: Translate): string[] {
  const facts: string[] = [];
  const { stop } = attempt;
  const reason = stop === undefined ? undefined : attempt.reasons[stop];
  if (stop !== undefined && attempt.targets[stop] !== undefined && reason !== undefined)
    facts.push(t('analyze.lacksDevice', { device: reason }));
  else if (reason !== undefined && reason !== '') facts.push(t('analyze.reason', { reason: show(reason) }));
  // The user look-up failed: the id sent is the fact to act on.
  if (stop === 'login-info' && attempt.users.sent !== undefined) {
    facts.push(t('analyze.idNotBroadWorks', { sent: show(attempt.users.sent) }));
    if (attempt.users.broadworks !== undefined) facts.push(t('analyze.idCompare', { broadworks: show(attempt.users.broadworks) }));
  }
  return facts;
}

const MARK: Record<ArrowStatus, string> = { failed: '✗', seen: '✓', untied: '·', missing: '–', reference: '' };

function Ladder({
  attempt,
  ladder,
  texts,
  show,
}: {
  attempt: SignInAttempt;
  ladder: readonly SignInStep[];
  texts: LogCatalogueText | undefined;
  show: Show;
}) {
  const { t } = useI18n();
  const statuses = ladderStatuses(attempt, ladder);
  return (
    <ol className="mt-2 space-y-1 text-sm">
      {ladder.map((step, index) => {
        const status = statuses[index] ?? 'missing';
        const reason = status === 'failed' ? attempt.reasons[step.id] : undefined;
        const http = attempt.statuses[step.id];
        return (
          <li key={step.id} className={`sign-in-step sign-in-${status}`}>
            <span aria-hidden="true">{MARK[status]} </span>
            <span className="font-mono">{step.number}</span> {texts?.signIn.steps[step.id]?.name ?? step.id}
            <span className="sr-only">: {t(`analyze.step.${status}`)}</span>
            {http !== undefined && (
              <span className="text-slate-600 dark:text-slate-400"> · {t('analyze.httpStatus', { status: http })}</span>
            )}
            {reason !== undefined && reason !== '' && (
              <span className="block pl-5">
                <code>
                  <VerbatimText text={show(reason)} />
                </code>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}

function UserIds({ attempt, show }: { attempt: SignInAttempt; show: Show }) {
  const { t } = useI18n();
  const roles = (['webex', 'broadworks', 'sent'] as const).filter((role) => attempt.users[role] !== undefined);
  if (roles.length === 0 && attempt.platform === undefined) return null;
  return (
    <dl className="sheet-list mt-2 text-sm">
      {roles.map((role) => (
        <div key={role}>
          <dt>{t(`analyze.users.${role}`)}</dt>
          <dd className="font-mono">
            <VerbatimText text={show(attempt.users[role] ?? '')} />
          </dd>
        </div>
      ))}
      {(attempt.platform === 'desktop' || attempt.platform === 'mobile') && (
        <div>
          <dt>{t('analyze.platform')}</dt>
          <dd>{t(`analyze.platform.${attempt.platform}`)}</dd>
        </div>
      )}
    </dl>
  );
}

export function SignInAttempts({
  attempts: all,
  ladder,
  lanes,
  texts,
  show,
  action,
}: {
  attempts: readonly SignInAttempt[];
  /** The catalogue's sign-in steps: their order and ladder numbers. */
  ladder: readonly SignInStep[];
  /** The lanes of the ladder diagram. */
  lanes: readonly Lane[];
  texts: LogCatalogueText | undefined;
  show: Show;
  action: (attempt: SignInAttempt) => ReactNode;
}) {
  const { t } = useI18n();
  const id = useId();
  const [shown, setShown] = useState(ATTEMPTS_AT_ONCE);
  if (all.length === 0) return null;
  const attempts = all.filter((a) => a.kind === 'attempt');
  const signedIn = all.filter((a) => a.kind === 'signed-in');
  // Failed attempts first, then those that stop, then the complete ones: a
  // busy XSP's logs hold many attempts, and the broken ones are the point.
  const rank = (a: SignInAttempt) => (a.stopKind === 'failed' ? 0 : a.stopKind === 'missing' ? 1 : 2);
  const ordered = [...attempts].sort((a, b) => rank(a) - rank(b));
  return (
    <section aria-labelledby={`${id}-sign-ins`} className="mt-6">
      <h2 id={`${id}-sign-ins`} className="text-lg font-semibold">
        {texts?.signIn.title} ({t('analyze.signIns', { count: attempts.length })})
      </h2>
      <ul className="mt-3 space-y-4">
        {ordered.slice(0, shown).map((attempt) => (
          <li key={attempt.trackingId} className="card attempt-card" aria-labelledby={`${id}-${attempt.trackingId}`}>
            <h3 id={`${id}-${attempt.trackingId}`} className="font-semibold">
              {t('analyze.tracking')}: <code>{show(attempt.trackingId)}</code>
              {attemptUser(attempt) !== undefined && <> · {usersText([attemptUser(attempt) ?? ''], show, t)}</>}
            </h3>
            <UserIds attempt={attempt} show={show} />
            <Ladder attempt={attempt} ladder={ladder} texts={texts} show={show} />
            {/* Drawn at once where the attempt stops; a complete one's drawing waits until it is opened. */}
            <LazyDetails className="mt-2" summary={t('ladder.heading')} initiallyOpen={attempt.stop !== undefined}>
              <LadderDiagram ladder={ladder} lanes={lanes} texts={texts} attempt={attempt} show={show} />
            </LazyDetails>
            <p className="mt-3">
              <span className="font-medium">
                {attempt.stop === undefined
                  ? t('analyze.complete')
                  : t(attempt.stopKind === 'failed' ? 'analyze.stopFailed' : 'analyze.stopMissing', {
                      step: texts?.signIn.steps[attempt.stop]?.name ?? attempt.stop,
                    })}
              </span>{' '}
              {attemptFacts(attempt, show, t).join(' ')} {attemptMeaning(attempt, texts)}
            </p>
            {attemptPractice(attempt, texts) !== undefined && <PracticeNote>{attemptPractice(attempt, texts)}</PracticeNote>}
            {attempt.failedUnplaced && <p className="mt-1 text-sm">{t('analyze.failedUnplaced')}</p>}
            <LazyDetails className="mt-2" summary={t('analyze.lines', { count: attempt.lines.length })}>
              <MatchedLines lines={attempt.lines} show={show} />
            </LazyDetails>
            {action(attempt)}
          </li>
        ))}
      </ul>
      {ordered.length > shown && (
        <button type="button" className="btn mt-3" onClick={() => setShown(shown + ATTEMPTS_AT_ONCE)}>
          {t('analyze.moreAttempts', { count: Math.min(ATTEMPTS_AT_ONCE, ordered.length - shown), total: ordered.length - shown })}
        </button>
      )}
      {signedIn.length > 0 && (
        <details className="mt-4">
          <summary>{t('analyze.signedIn.heading', { count: signedIn.length })}</summary>
          <p className="mt-2 text-sm">{t('analyze.signedIn.intro')}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {signedIn.slice(0, shown).map((activity) => (
              <li key={activity.trackingId}>
                <code>{show(activity.trackingId)}</code>
                {attemptUser(activity) !== undefined && <> ({show(attemptUser(activity) ?? '')})</>}:{' '}
                {ladder
                  .filter((s) => activity.seen.includes(s.id))
                  .map((s) => `${s.number} ${texts?.signIn.steps[s.id]?.name ?? s.id}`)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
