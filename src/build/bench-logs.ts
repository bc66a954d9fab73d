/**
 * `npm run bench:logs`: generates a 200 MB mixed log (the project's own
 * synthetic fixtures among filler lines), runs the analyzer core over it as a
 * stream under Node, and runs GNU `grep -E -c` with the same patterns on the
 * same file in the same run. Prints both throughputs, their ratio and the
 * analyzer's peak memory (resident set size of this process).
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createAnalyzer, type LogCatalogue } from '../features/logs/log-analyzer.ts';
import { formatProblem, loadContent } from './load-content.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SIZE = Number(process.env.BENCH_LOG_MB ?? '200') * 1024 * 1024;

function catalogue(): LogCatalogue {
  const result = loadContent(join(ROOT, 'content'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.logCatalogue;
}

async function generate(path: string): Promise<void> {
  const fixtures = readdirSync(join(ROOT, 'src/features/logs/fixtures')).map((name) =>
    readFileSync(join(ROOT, 'src/features/logs/fixtures', name), 'utf8'),
  );
  const filler = [
    '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678 from 10.1.2.3:5060',
    '2026-11-20 12:00:00.001 access_log "GET /com.broadsoft.xsi-actions/v2.0/user/someone%40example.com/services HTTP/1.1" 200 512',
    '2026-11-20T08:00:01.120Z <Info> [0x70000476b000] SipStack.cpp:220 keep-alive sent to sbc.example.com:5061',
    '2026.11.20 09:31:03:002 CET | Fine | OCI | UserGetListInGroupRequest returned 25 entries in 12 ms',
  ];
  const out = createWriteStream(path);
  let written = 0;
  let i = 0;
  while (written < SIZE) {
    const piece = i % 400 === 0 ? (fixtures[(i / 400) % fixtures.length] ?? '') : `${filler[i % filler.length] ?? ''} seq=a${String(i)}\n`;
    written += Buffer.byteLength(piece);
    if (!out.write(piece)) await once(out, 'drain');
    i += 1;
  }
  out.end();
  await once(out, 'finish');
}

/** The catalogue's line patterns in POSIX ERE, for grep -E. */
function grepPatterns(c: LogCatalogue): string[] {
  const toEre = (pattern: string) =>
    pattern
      // grep has no lookahead: leave it out (grep then counts a few more lines).
      .replace(/\(\?![^)]*\)/g, '')
      .replace(/\(\?:/g, '(')
      .replace(/\[\^([^\]]*)\\s([^\]]*)\]/g, '[^$1[:space:]$2]')
      .replace(/\\d/g, '[0-9]')
      .replace(/\\S/g, '[^[:space:]]')
      .replace(/\\s/g, '[[:space:]]');
  return [...c.findings.map((f) => f.pattern), ...c.blocks.map((b) => b.open), c.signIn.correlation, `\\b(${c.codes.join('|')})\\b`].map(
    toEre,
  );
}

export async function main(): Promise<number> {
  const dir = join(ROOT, 'node_modules', '.bench-logs');
  mkdirSync(dir, { recursive: true });
  const log = join(dir, 'mixed.log');
  if (!existsSync(log) || statSync(log).size < SIZE) {
    console.log(`generating a ${String(SIZE / 1024 / 1024)} MB mixed log…`);
    await generate(log);
  }
  const bytes = statSync(log).size;
  const mb = bytes / 1024 / 1024;
  const c = catalogue();

  // The analyzer, streaming, as the worker runs it.
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  const analyzer = createAnalyzer(c);
  const started = performance.now();
  const stream = createReadStream(log, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  for await (const chunk of stream) {
    analyzer.push(String(chunk));
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const result = analyzer.end();
  const analyzerSeconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const analyzerRate = mb / analyzerSeconds;
  console.log(
    `analyzer: ${mb.toFixed(0)} MB, ${String(result.lines)} lines in ${analyzerSeconds.toFixed(2)} s = ${analyzerRate.toFixed(1)} MB/s; ${String(result.findings.length)} kinds of finding, ${String(result.signIns.length)} sign-in attempts; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (baseline ${(baseline / 1024 / 1024).toFixed(0)} MB)`,
  );

  // GNU grep with the same patterns, counting matching lines.
  const patterns = join(dir, 'patterns.txt');
  writeFileSync(patterns, `${grepPatterns(c).join('\n')}\n`);
  const grepStart = performance.now();
  let count = '0';
  try {
    count = execFileSync('grep', ['-E', '-c', '-f', patterns, log], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim();
  } catch (error) {
    // grep exits 1 when nothing matches; anything else is a real failure.
    if (!(error instanceof Error && 'status' in error && error.status === 1)) throw error;
  }
  const grepSeconds = (performance.now() - grepStart) / 1000;
  const grepRate = mb / grepSeconds;
  console.log(`grep -E -c: ${count} matching lines in ${grepSeconds.toFixed(2)} s = ${grepRate.toFixed(1)} MB/s`);

  // The analyzer's own peak: what the process grew by while it ran (the
  // baseline holds Node, Vite's module runner and the loaded content).
  console.log(
    `logs: analyzer ${analyzerRate.toFixed(1)} MB/s, grep ${grepRate.toFixed(1)} MB/s, ratio ${(analyzerRate / grepRate).toFixed(2)}, peak ${((peak - baseline) / 1024 / 1024).toFixed(0)} MB`,
  );
  return 0;
}
