import { content } from '../content/content';
import { answersTo } from '../content/graph-paths';
import type { Locale } from '../content/types';
import { paths } from './paths';

/**
 * Turns a content target (`flow:<flow>/<node>`, `procedure:<id>`,
 * `code:<code>`, `article:<id>`, `log:<id>`, `page:<name>`) into a URL,
 * or undefined when the target does not exist.
 */
export function targetHref(locale: Locale, target: string): string | undefined {
  const [kind, rest = ''] = target.split(':', 2);
  switch (kind) {
    case 'flow': {
      const [flowId = '', nodeId = ''] = rest.split('/');
      const flow = content.flows[flowId];
      const answers = flow ? answersTo(flow, nodeId) : undefined;
      if (!flow || !answers) return undefined;
      // Nobody gave these answers: they only lead to the step, and stay marked as assumed until confirmed.
      return paths.step(locale, { flowId, stepId: nodeId, answers, assumed: answers.map(([id]) => id), version: content.version });
    }
    case 'procedure':
      return rest in content.procedures ? paths.procedure(locale, rest) : undefined;
    case 'code':
      return content.codes.some((c) => c.code === rest) ? paths.code(locale, rest) : undefined;
    case 'article':
      return content.articles.some((a) => a.id === rest) ? paths.article(locale, rest) : undefined;
    case 'log':
      return content.logs.some((l) => l.id === rest) ? paths.logs(locale, rest) : undefined;
    case 'page':
      if (rest === 'reading-list') return paths.readingList(locale);
      if (rest === 'codes') return paths.codes(locale);
      if (rest === 'logs') return paths.logs(locale);
      return undefined;
    default:
      return undefined;
  }
}
