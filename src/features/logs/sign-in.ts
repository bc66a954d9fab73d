/**
 * XSP sign-in attempts: what each log entry says of the guide's sign-in
 * ladder, what one log shows of each tracking id, and what all the logs
 * together show of each attempt.
 *
 * The rules, in the guide's terms:
 * - An attempt starts with a first step of the ladder (the IdP proxy's
 *   profile request, 2.1, or the token request with `http_bw_userid`, 5.2).
 *   Anything else under a tracking id (token checks over the loopback,
 *   device-list requests with a bearer token) is a signed-in client's
 *   activity: shown apart, never as a failure.
 * - A step is seen only on its success evidence; failure evidence marks it
 *   failed, with the reason quoted from the log. An attempt stops at its first
 *   failed step, in the ladder's order.
 * - The device list must hold the client's Webex device type.
 */
import type { LogCatalogue, MatchedLine, SignInStep, UserRole } from './catalogue';
import { tieRequests, UNTRACKED, type SignInRequest } from './requests';

const MAX_ATTEMPT_LINES = 12;
const MAX_SHOWN = 400;
const MAX_REASON = 200;
/** A reason that is only an HTTP status: the request's answer, not why it failed. */
const BARE_STATUS = /^\d{3}$/;
/** Requests kept per tracking id, and access_log lines without one per log. */
const MAX_REQUESTS = 16;
const MAX_UNTRACKED = 20_000;

export const trimForDisplay = (text: string) => (text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);

export type UserIds = Readonly<Partial<Record<UserRole, string>>>;

/** What one log shows of one tracking id. */
export interface SignInTrace {
  readonly trackingId: string;
  /** Steps with their success evidence, in ladder order. */
  readonly seen: readonly string[];
  readonly failed: readonly string[];
  /** The failed steps whose failure was a refusal. */
  readonly refused: readonly string[];
  /** The reason each failed step gives, quoted from the log. */
  readonly reasons: Readonly<Record<string, string>>;
  /** Failed steps that lead somewhere of their own (a device list without the client's device type). */
  readonly targets: Readonly<Record<string, string>>;
  /** A failure in an entry of the attempt that names no step of its own. */
  readonly failedUnplaced: boolean;
  readonly users: UserIds;
  readonly platform?: string | undefined;
  /** Steps answered without what they require: judged once the platform is known from all the logs. */
  readonly unsatisfied: readonly string[];
  /** Steps whose requirement an entry showed met. */
  readonly satisfied: readonly string[];
  readonly lines: readonly MatchedLine[];
  /**
   * The requests its entries show (client, second, method, target), to tie
   * access_log lines to it; for the trace of UNTRACKED, the access_log lines
   * without a tracking id.
   */
  readonly requests?: readonly SignInRequest[] | undefined;
}

/** One tracking id, from all the logs that show it. */
export interface SignInAttempt extends SignInTrace {
  /** A sign-in attempt, or a signed-in client's activity (token checks, device lists). */
  readonly kind: 'attempt' | 'signed-in';
  /**
   * The first step that failed, else the first one not seen after the last
   * one seen (a step before a seen one did happen, its entry just could not
   * be tied to the attempt); none when complete or for a signed-in client.
   */
  readonly stop?: string | undefined;
  readonly stopKind?: 'failed' | 'missing' | undefined;
  /** Where the attempt leads: a step's own target when it was refused or lacks what it needs, else the catalogue's. */
  readonly target?: string | undefined;
  /** The HTTP status the access_log gave each step's request, once tied to the attempt. */
  readonly statuses: Readonly<Record<string, string>>;
}

/** What one log entry says of the ladder. */
export interface EntryVerdict {
  /** The steps the entry is about, in ladder order. */
  readonly steps: readonly string[];
  /** Of those, the ones with their success evidence. */
  readonly succeeded: ReadonlySet<string>;
  /** Failures: of a step, or of the entry as a whole (step undefined). */
  readonly failures: readonly { readonly step: string | undefined; readonly reason: string; readonly refused: boolean }[];
  /** Steps whose answer holds what the step requires. */
  readonly satisfied: ReadonlySet<string>;
  readonly users: UserIds;
  readonly platform?: string | undefined;
  /** The lines that say something of the ladder. */
  readonly lines: readonly MatchedLine[];
}

/** The first group that caught something (groups of alternatives not taken are undefined). */
function firstGroup(match: RegExpExecArray): string | undefined {
  for (let i = 1; i < match.length; i += 1) {
    const group = match[i];
    if (group !== undefined && group.trim() !== '') return group;
  }
  return undefined;
}

const reasonOf = (match: RegExpExecArray): string => {
  const text = (firstGroup(match) ?? match[0]).trim();
  return text.length > MAX_REASON ? `${text.slice(0, MAX_REASON)}…` : text;
};

/** The first of `res` that matches `text`, and its place in the list. */
function firstMatch(res: readonly RegExp[], text: string): { match: RegExpExecArray; rank: number } | undefined {
  for (let rank = 0; rank < res.length; rank += 1) {
    const match = res[rank]?.exec(text);
    if (match) return { match, rank };
  }
  return undefined;
}

const decode = (value: string) => {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
};

/** One pattern that matches where any of `patterns` does; undefined when they cannot be put together (a back-reference). */
function combined(patterns: readonly string[]): RegExp | undefined {
  if (patterns.some((p) => /\\[1-9]|\\k</.test(p))) return undefined;
  try {
    return new RegExp([...new Set(patterns)].map((p) => `(?:${p})`).join('|'));
  } catch {
    return undefined;
  }
}

/** Compiles the catalogue's sign-in patterns once; `judge` reads one entry. */
export function createSignInJudge(sign: LogCatalogue['signIn']) {
  const steps = sign.steps.map((s) => ({
    ...s,
    re: new RegExp(s.pattern),
    successRe: s.success === undefined ? undefined : new RegExp(s.success),
    failureRes: (s.failure ?? []).map((f) => new RegExp(f)),
    userRe: s.user === undefined ? undefined : new RegExp(s.user.pattern),
    requiresRe: s.requires === undefined ? undefined : new RegExp(s.requires.pattern),
  }));
  const failureRes = sign.failure.map((f) => new RegExp(f));
  const refusedRe = new RegExp(sign.refused);
  const platforms = sign.platforms.map((p) => ({ id: p.id, re: new RegExp(p.pattern) }));
  // Most lines of an entry match none of the patterns below: one pattern of them all passes them over.
  const read = [
    ...sign.steps.flatMap((s) => [s.pattern, s.success, ...(s.failure ?? []), s.user?.pattern, s.requires?.pattern]),
    ...sign.failure,
    ...sign.platforms.map((p) => p.pattern),
  ].filter((p) => p !== undefined);
  const anyRe = combined(read);

  return function judge(all: readonly MatchedLine[]): EntryVerdict {
    const lines = anyRe ? all.filter((l) => anyRe.test(l.text)) : all;
    const present = new Set<string>();
    for (const step of steps) if (lines.some((l) => step.re.test(l.text))) present.add(step.id);
    const inEntry = steps.filter((s) => present.has(s.id));
    const succeeded = new Set<string>();
    const satisfied = new Set<string>();
    const users: Partial<Record<UserRole, string>> = {};
    let platform: string | undefined;
    const relevant = new Set<number>();
    lines.forEach((l, i) => {
      if (inEntry.some((s) => s.re.test(l.text))) relevant.add(i);
      if (platform === undefined) platform = platforms.find((p) => p.re.test(l.text))?.id;
    });
    const claimed = new Set<number>();
    const found: { step: string | undefined; reason: string; refused: boolean; rank: number }[] = [];
    for (const step of inEntry) {
      if (step.successRe === undefined || lines.some((l) => step.successRe?.test(l.text))) succeeded.add(step.id);
      lines.forEach((l, i) => {
        const own = firstMatch(step.failureRes, l.text);
        if (own) {
          found.push({ step: step.id, reason: reasonOf(own.match), refused: refusedRe.test(l.text), rank: own.rank });
          claimed.add(i);
          relevant.add(i);
        }
        const userMatch = step.userRe?.exec(l.text);
        const user = userMatch ? firstGroup(userMatch) : undefined;
        if (user !== undefined && step.user && users[step.user.role] === undefined) users[step.user.role] = decode(user);
      });
    }
    // What a step's answer must hold may come in an entry of its own (the Xsi
    // answer that encodes the OCI-P device list): every entry is looked at.
    for (const step of steps) {
      if (!step.requiresRe) continue;
      lines.forEach((l, i) => {
        if (step.requiresRe?.test(l.text)) {
          satisfied.add(step.id);
          relevant.add(i);
        }
      });
    }
    // Failures no step claims: of the entry's earliest step, or of the entry as a whole.
    lines.forEach((l, i) => {
      if (claimed.has(i)) return;
      const general = firstMatch(failureRes, l.text);
      if (!general) return;
      // Ranked after every step's own evidence.
      found.push({ step: inEntry[0]?.id, reason: reasonOf(general.match), refused: refusedRe.test(l.text), rank: 100 + general.rank });
      relevant.add(i);
    });
    // One failure per step: the most telling evidence of the entry, the earliest line among equals.
    const failures: EntryVerdict['failures'][number][] = [];
    for (const failure of [...found].sort((a, b) => a.rank - b.rank)) {
      const same = failures.find((f) => f.step === failure.step);
      if (same) {
        if (failure.refused && !same.refused) failures[failures.indexOf(same)] = { ...same, refused: true };
        continue;
      }
      failures.push({ step: failure.step, reason: failure.reason, refused: failure.refused });
    }
    for (const { step } of failures) if (step !== undefined) succeeded.delete(step);
    return {
      steps: inEntry.map((s) => s.id),
      succeeded,
      failures,
      satisfied,
      users,
      platform,
      lines: [...relevant].sort((a, b) => a - b).flatMap((i) => (lines[i] ? [lines[i]] : [])),
    };
  };
}

/** What is known of one tracking id while a log is read. */
interface Steps {
  seen: Set<string>;
  failed: Set<string>;
  refused: Set<string>;
  reasons: Map<string, string>;
  targets: Map<string, string>;
  failedUnplaced: boolean;
  users: Partial<Record<UserRole, string>>;
  platform: string | undefined;
  /** Steps answered without what they require, waiting to know the platform. */
  unsatisfied: Set<string>;
  /** Steps whose requirement some entry showed met. */
  satisfied: Set<string>;
  lines: MatchedLine[];
  requests: SignInRequest[];
}

const newSteps = (): Steps => ({
  seen: new Set(),
  failed: new Set(),
  refused: new Set(),
  reasons: new Map(),
  targets: new Map(),
  failedUnplaced: false,
  users: {},
  platform: undefined,
  unsatisfied: new Set(),
  satisfied: new Set(),
  lines: [],
  requests: [],
});

/**
 * A later reason replaces the one kept for a step only when it says more of
 * the same failure: nothing or a status alone gives way to words, and "Token not
 * validated" (the XsiActionsLog) to "token not validated: token expired"
 * (the authenticationService log). Otherwise the first one stays.
 */
export const saysMore = (reason: string, kept: string): boolean =>
  reason !== '' &&
  ((BARE_STATUS.test(kept) && !BARE_STATUS.test(reason)) ||
    (reason.length > kept.length && reason.toLowerCase().startsWith(kept.toLowerCase())));

const fail = (steps: Steps, step: string, reason: string, refused: boolean) => {
  steps.failed.add(step);
  steps.seen.delete(step);
  const kept = steps.reasons.get(step);
  if (kept === undefined || saysMore(reason, kept)) steps.reasons.set(step, reason);
  if (refused) steps.refused.add(step);
};

const mergeUsers = (into: Partial<Record<UserRole, string>>, from: UserIds) => {
  for (const role of ['webex', 'broadworks', 'sent'] as const) {
    const id = from[role];
    if (id !== undefined) into[role] ??= id;
  }
};

/** The tracking ids of one log, entry by entry. */
export function createSignInCollector(sign: LogCatalogue['signIn'], limit: number) {
  const byId = new Map<string, Steps & { lastStep: string | undefined }>();
  const untracked: SignInRequest[] = [];
  return {
    /** An access_log line without a tracking id, about a step of the ladder. */
    untracked(request: SignInRequest): void {
      if (untracked.length < MAX_UNTRACKED) untracked.push(request);
    },
    add(trackingId: string, verdict: EntryVerdict, request?: SignInRequest): void {
      if (verdict.steps.length === 0 && verdict.failures.length === 0 && verdict.satisfied.size === 0) return;
      let steps = byId.get(trackingId);
      if (!steps) {
        if (byId.size >= limit) return;
        steps = { ...newSteps(), lastStep: undefined };
        byId.set(trackingId, steps);
      }
      for (const step of verdict.steps) {
        if (verdict.succeeded.has(step) && !steps.failed.has(step)) steps.seen.add(step);
        if (verdict.succeeded.has(step) && sign.steps.some((s) => s.id === step && s.requires)) steps.unsatisfied.add(step);
      }
      for (const step of verdict.satisfied) steps.satisfied.add(step);
      for (const failure of verdict.failures) {
        // An outcome in an entry of its own belongs to the step that awaits it.
        const where = failure.step ?? steps.lastStep;
        if (where === undefined) steps.failedUnplaced = true;
        else fail(steps, where, failure.reason, failure.refused);
      }
      mergeUsers(steps.users, verdict.users);
      steps.platform ??= verdict.platform;
      steps.lastStep = verdict.steps.at(-1) ?? steps.lastStep;
      for (const line of verdict.lines)
        if (steps.lines.length < MAX_ATTEMPT_LINES) steps.lines.push({ ...line, text: trimForDisplay(line.text) });
      if (request && steps.requests.length < MAX_REQUESTS) steps.requests.push(request);
    },
    traces(): SignInTrace[] {
      const traces = [...byId].map(([trackingId, steps]) => toTrace(sign, trackingId, steps));
      if (untracked.length > 0) traces.push(toTrace(sign, UNTRACKED, { ...newSteps(), requests: untracked }));
      return traces;
    },
  };
}

/** Judges what needs the platform, now that all of the id's entries are known. */
function settle(sign: LogCatalogue['signIn'], steps: Steps): void {
  for (const id of steps.unsatisfied) {
    const requires = sign.steps.find((s) => s.id === id)?.requires;
    // Only for the platform the rule is about: a wrong conclusion is worse than none.
    if (!requires || steps.satisfied.has(id) || steps.platform !== requires.platform || steps.failed.has(id)) continue;
    fail(steps, id, requires.reason, false);
    steps.targets.set(id, requires.target);
  }
}

function toTrace(sign: LogCatalogue['signIn'], trackingId: string, steps: Steps): SignInTrace {
  const order = sign.steps.map((s) => s.id);
  const inOrder = (set: ReadonlySet<string>) => order.filter((id) => set.has(id));
  return {
    trackingId,
    seen: inOrder(steps.seen),
    failed: inOrder(steps.failed),
    refused: inOrder(steps.refused),
    reasons: Object.fromEntries(inOrder(new Set(steps.reasons.keys())).map((id) => [id, steps.reasons.get(id) ?? ''])),
    targets: Object.fromEntries(steps.targets),
    failedUnplaced: steps.failedUnplaced,
    users: { ...steps.users },
    ...(steps.platform === undefined ? {} : { platform: steps.platform }),
    unsatisfied: inOrder(steps.unsatisfied),
    satisfied: inOrder(steps.satisfied),
    lines: steps.lines,
    ...(steps.requests.length === 0 ? {} : { requests: steps.requests }),
  };
}

const startsAttempt = (steps: readonly SignInStep[], trace: { seen: Iterable<string>; failed: Iterable<string> }) => {
  const starts = new Set(steps.filter((s) => s.starts).map((s) => s.id));
  return [...trace.seen, ...trace.failed].some((id) => starts.has(id));
};

/**
 * Puts together what several logs show of each tracking id (the access_log,
 * the XsiActionsLog and the authenticationService log each hold part of an
 * attempt) and says where each attempt stops.
 */
export function combineSignIns(
  catalogue: LogCatalogue,
  logs: readonly { readonly file: string; readonly traces: readonly SignInTrace[] }[],
): SignInAttempt[] {
  const sign = catalogue.signIn;
  const order = sign.steps.map((s) => s.id);
  const byId = new Map<string, Steps>();
  const statuses = new Map<string, Record<string, string>>();
  const tracked = new Map<string, SignInRequest[]>();
  const untracked: { file: string; request: SignInRequest }[] = [];
  const merge = (trace: SignInTrace, file: string) => {
    let combined = byId.get(trace.trackingId);
    if (!combined) {
      combined = newSteps();
      byId.set(trace.trackingId, combined);
    }
    for (const step of trace.seen) if (!combined.failed.has(step)) combined.seen.add(step);
    for (const step of trace.failed) fail(combined, step, trace.reasons[step] ?? '', trace.refused.includes(step));
    for (const [step, target] of Object.entries(trace.targets)) combined.targets.set(step, target);
    combined.failedUnplaced ||= trace.failedUnplaced;
    mergeUsers(combined.users, trace.users);
    combined.platform ??= trace.platform;
    for (const step of trace.unsatisfied) combined.unsatisfied.add(step);
    for (const step of trace.satisfied) combined.satisfied.add(step);
    for (const line of trace.lines) if (combined.lines.length < MAX_ATTEMPT_LINES * 3) combined.lines.push({ ...line, file });
  };
  for (const { file, traces } of logs) {
    for (const trace of traces) {
      if (trace.trackingId === UNTRACKED) {
        for (const request of trace.requests ?? []) untracked.push({ file, request });
        continue;
      }
      tracked.set(trace.trackingId, [...(tracked.get(trace.trackingId) ?? []), ...(trace.requests ?? [])]);
      merge(trace, file);
    }
  }
  // Each access_log line tied to its attempt is read as an entry of it. Its
  // status is the request's final answer: when the other logs already say
  // which step failed (the user look-up behind a token request's 404), that
  // step is the conclusion, and the status only shows in its request's step.
  if (untracked.length > 0) {
    const judge = createSignInJudge(sign);
    for (const { trackingId, file, request } of tieRequests(tracked, untracked)) {
      if (!request.line) continue;
      const verdict = judge([request.line]);
      const collector = createSignInCollector(sign, 1);
      collector.add(trackingId, verdict);
      const explained = (byId.get(trackingId)?.failed.size ?? 0) > 0;
      for (const trace of collector.traces())
        merge(explained ? { ...trace, failed: [], refused: [], reasons: {}, failedUnplaced: false } : trace, file);
      const step = verdict.steps[0];
      if (step !== undefined && request.status !== undefined)
        statuses.set(trackingId, { ...statuses.get(trackingId), [step]: request.status });
    }
  }
  return [...byId].map(([trackingId, c]): SignInAttempt => {
    settle(sign, c);
    const trace = { ...toTrace(sign, trackingId, c), statuses: statuses.get(trackingId) ?? {} };
    delete trace.requests;
    if (!startsAttempt(sign.steps, c)) return { ...trace, kind: 'signed-in' };
    // A request answered with a bare status (a 401, a 404) failed because of a
    // later step that says why: that step is where the attempt stops.
    const failures = order.filter((id) => c.failed.has(id));
    const failed = failures.find((id) => !BARE_STATUS.test(c.reasons.get(id) ?? '')) ?? failures[0];
    const lastSeen = order.findLastIndex((id) => c.seen.has(id));
    const missing = order.find((id, index) => index > lastSeen && !c.seen.has(id));
    const stop = failed ?? missing;
    const step = sign.steps.find((s) => s.id === stop);
    const target =
      stop === undefined
        ? undefined
        : failed !== undefined && c.targets.has(failed)
          ? c.targets.get(failed)
          : failed !== undefined && c.refused.has(failed) && step?.refused !== undefined
            ? step.refused
            : sign.stopped;
    return {
      ...trace,
      kind: 'attempt',
      stop,
      stopKind: failed !== undefined ? 'failed' : missing !== undefined ? 'missing' : undefined,
      target,
    };
  });
}
