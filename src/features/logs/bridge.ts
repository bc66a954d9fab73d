/**
 * The Application Server's exchanges with the provisioning bridge, judged
 * one by one in their own context, whatever else the file holds:
 * - a POST is a provisioning request only when it carries a
 *   subscriberProfile; a push notification or any other POST is not;
 * - "the target is an IP address" is said of such a POST only;
 * - a status line is the bridge's answer only when it answers such a POST;
 * - the <message> that follows a 400 or 409 is cited with it.
 * So OCI-P traffic or a client log before a PSLog never hides its 409, and
 * a push notification's 200 OK is never a bridge finding.
 */
import type { BridgeCatalogue } from './catalogue';

export interface BridgeEvents {
  /** A finding: counted, with its line and the user the provisioning request is for. */
  readonly found: (id: string, target: string, line: number, text: string, user: string | undefined) => void;
  /** One more line that proves a finding already counted (the bridge's message). */
  readonly cite: (id: string, line: number, text: string) => void;
}

export function createBridgeTracker(bridge: BridgeCatalogue, events: BridgeEvents) {
  const postRe = new RegExp(bridge.post);
  const bodyRe = new RegExp(bridge.body);
  const ipRe = new RegExp(bridge.ip.pattern);
  const statusRe = new RegExp(bridge.status);
  const messageRe = new RegExp(bridge.message);
  const userRe = bridge.user === undefined ? undefined : new RegExp(bridge.user);
  /** The latest POST not answered yet. */
  let post: { line: number; text: string; profile: boolean; user: string | undefined } | undefined;
  /** A POST to an IP address, reported once its user is known or its exchange ends. */
  let atIp: { line: number; text: string; user: string | undefined } | undefined;
  const reportIp = () => {
    if (atIp) events.found(bridge.ip.id, bridge.ip.target, atIp.line, atIp.text, atIp.user);
    atIp = undefined;
  };
  /** The latest answer that expects its message. */
  let answer: { id: string; line: number; user: string | undefined } | undefined;
  /** The user of the exchange whose message the current line is. */
  let messageUser: string | undefined;

  const confirm = () => {
    if (!post || post.profile) return;
    post.profile = true;
    if (ipRe.test(post.text)) atIp = { line: post.line, text: post.text, user: post.user };
  };

  /** The user a line of the request names, once per request. */
  const noteUser = (text: string) => {
    if (!post || post.user !== undefined || !userRe) return;
    const match = userRe.exec(text);
    const user = match?.slice(1).find((g: string | undefined) => g !== undefined && g !== '');
    if (user === undefined) return;
    post.user = user;
    if (atIp) atIp.user ??= user;
  };

  return {
    /** A line inside the subscriberProfile a request carries (the caller sees every one). */
    onProfileLine(text: string): void {
      noteUser(text);
    },
    /** Every line that may be part of an exchange (the caller's scanners find them). */
    onLine(line: number, text: string): void {
      messageUser = undefined;
      if (post && line - post.line > bridge.within) post = undefined;
      if (answer && line - answer.line > bridge.within) answer = undefined;
      if (postRe.test(text)) {
        reportIp();
        post = { line, text, profile: false, user: undefined };
        answer = undefined;
        if (bodyRe.test(text)) {
          confirm();
          noteUser(text);
        }
        return;
      }
      if (post && !post.profile && bodyRe.test(text)) confirm();
      noteUser(text);
      const status = statusRe.exec(text)?.[1];
      if (status !== undefined) {
        const exchange = post;
        post = undefined;
        answer = undefined;
        reportIp();
        const known = bridge.statuses[status];
        if (!exchange?.profile || !known) return;
        events.found(known.id, known.target, line, text, exchange.user);
        if (known.message === true) answer = { id: known.id, line, user: exchange.user };
        return;
      }
      if (answer && messageRe.test(text)) {
        events.cite(answer.id, line, text);
        messageUser = answer.user;
        answer = undefined;
      }
    },
    /**
     * When the line last given is the bridge's message in its answer, the
     * user the request was for: a finding in that message is about that user.
     * Any other line is no part of an exchange the tracker can vouch for.
     */
    user(): string | undefined {
      return messageUser;
    },
    /** The text has ended: a POST to an IP address still waiting is reported. */
    end(): void {
      reportIp();
    },
  };
}
