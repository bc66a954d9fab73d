/**
 * `npm run content:check`: validates content/ and the UI message catalogues,
 * printing every problem with its file and field. Exits 1 when anything is wrong.
 */
import { fileURLToPath } from 'node:url';
import { checkMessages } from './check-messages.ts';
import { contentStats } from './content-stats.ts';
import { formatProblem, loadContent } from './load-content.ts';

export function main(args: readonly string[]): number {
  const root = args[0] ?? fileURLToPath(new URL('../../content', import.meta.url));
  const messagesDir = args[1] ?? fileURLToPath(new URL('../i18n/messages', import.meta.url));
  const result = loadContent(root);
  const problems = [
    ...(result.ok ? [] : result.problems),
    ...checkMessages(messagesDir, result.ok ? result.graph.locales : ['en', 'ro', 'nl']),
  ];
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`content check failed: ${String(problems.length)} problem(s)`);
    return 1;
  }
  if (result.ok) console.log(`content ok: ${contentStats(result.graph, result.coverage)}`);
  return 0;
}
