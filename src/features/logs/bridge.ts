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
  /** A finding: counted, with its line. */
  readonly found: (id: string, target: string, line: number, text: string) => void;
  /** One more line that proves a finding already counted (the bridge's message). */
  readonly cite: (id: string, line: number, text: string) => void;
}

export function createBridgeTracker(bridge: BridgeCatalogue, events: BridgeEvents) {
  const postRe = new RegExp(bridge.post);
  const bodyRe = new RegExp(bridge.body);
  const ipRe = new RegExp(bridge.ip.pattern);
  const statusRe = new RegExp(bridge.status);
  const messageRe = new RegExp(bridge.message);
  /** The latest POST not answered yet. */
  let post: { line: number; text: string; profile: boolean } | undefined;
  /** The latest answer that expects its message. */
  let answer: { id: string; line: number } | undefined;

  const confirm = () => {
    if (!post || post.profile) return;
    post.profile = true;
    if (ipRe.test(post.text)) events.found(bridge.ip.id, bridge.ip.target, post.line, post.text);
  };

  return {
    /** Every line that may be part of an exchange (the caller's scanners find them). */
    onLine(line: number, text: string): void {
      if (post && line - post.line > bridge.within) post = undefined;
      if (answer && line - answer.line > bridge.within) answer = undefined;
      if (postRe.test(text)) {
        post = { line, text, profile: false };
        answer = undefined;
        if (bodyRe.test(text)) confirm();
        return;
      }
      if (post && !post.profile && bodyRe.test(text)) confirm();
      const status = statusRe.exec(text)?.[1];
      if (status !== undefined) {
        const exchange = post;
        post = undefined;
        answer = undefined;
        const known = bridge.statuses[status];
        if (!exchange?.profile || !known) return;
        events.found(known.id, known.target, line, text);
        if (known.message === true) answer = { id: known.id, line };
        return;
      }
      if (answer && messageRe.test(text)) {
        events.cite(answer.id, line, text);
        answer = undefined;
      }
    },
  };
}
