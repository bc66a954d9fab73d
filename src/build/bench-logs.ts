/**
 * `npm run bench:logs`: generates a 200 MB mixed log (the project's own
 * synthetic fixtures among filler lines), runs the analyzer core over it as a
 * stream under Node, and runs GNU `grep -E -c` with the same patterns on the
 * same file in the same run. Prints both throughputs, their ratio and the
 * analyzer's peak memory (resident set size of this process).
 *
 * Then it runs the same file through the production build's "Analyze logs"
 * page in the system Chromium (headless), where the page splits the file
 * across one worker per core, and prints
 * `logs-browser: X MB/s, grep Y MB/s, ratio R, peak +M MB` (ratio: the page's
 * throughput over grep's, measured in this run; peak: how much the
 * renderer's resident memory grew). `-- --node` leaves the browser out.
 * BENCH_LOG_MB sets the size (200 by default; 1024 for the 1 GB case).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  openSync,
  readSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { once } from 'node:events';
import { createAnalyzer, type LogCatalogue } from '../features/logs/log-analyzer.ts';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { formatProblem, loadContent } from './load-content.ts';
import { productionEnv, serve } from './serve-dist.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'src/features/logs/fixtures');
const SIZE = Number(process.env.BENCH_LOG_MB ?? '200') * 1024 * 1024;

function catalogue(): LogCatalogue {
  const result = loadContent(join(ROOT, 'content'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.logCatalogue;
}

/** The fixture logs, those of a day's set (a folder) too, in a stable order. */
function fixtureFiles(dir = FIXTURES): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? fixtureFiles(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

async function generate(path: string): Promise<void> {
  const fixtures = fixtureFiles().map((path) => readFileSync(path, 'utf8'));
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

function warm(path: string): void {
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const fd = openSync(path, 'r');
  try {
    while (readSync(fd, buffer) > 0);
  } finally {
    closeSync(fd);
  }
}

/** Where the last complete UTF-8 character of `bytes[0, length)` ends. */
export function completeUtf8(bytes: Buffer, length: number): number {
  // Look back over at most three continuation bytes (10xxxxxx) to the lead byte.
  for (let i = length - 1, back = 0; i >= 0 && back < 4; i -= 1, back += 1) {
    const byte = bytes[i] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return i + size <= length ? length : i;
  }
  return length;
}

/** The catalogue's line patterns in POSIX ERE, for grep -E. */
function grepPatterns(c: LogCatalogue): string[] {
  const toEre = (pattern: string) =>
    pattern
      // grep has no lookahead: leave it out (grep then counts a few more lines).
      .replace(/\(\?![^)]*\)/g, '')
      .replace(/\(\?:/g, '(')
      .replace(/\[\^([^\]]*)\\s([^\]]*)\]/g, '[^$1[:space:]$2]')
      .replace(/\[\\w/g, '[[:alnum:]_')
      .replace(/\\d/g, '[0-9]')
      .replace(/\\S/g, '[^[:space:]]')
      .replace(/\\s/g, '[[:space:]]');
  return [
    ...c.findings.map((f) => f.pattern),
    ...c.blocks.map((b) => b.open),
    c.signIn.correlation,
    ...c.signIn.inherit,
    `\\b(${c.codes.join('|')})\\b`,
  ].map(toEre);
}

/**
 * This run's browser renderers (the page and its workers): the renderer
 * processes among this process's descendants. Other browsers on the machine
 * (other test runs) are not counted: they came and went during a run and
 * made the figure meaningless.
 */
function rendererPids(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 3)
    .map(([pid, ppid, ...args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args.join(' ') }));
  const ours = new Set([process.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (!ours.has(row.pid) && ours.has(row.ppid)) {
        ours.add(row.pid);
        grew = true;
      }
    }
  }
  return rows.filter((row) => ours.has(row.pid) && row.args.includes('--type=renderer')).map((row) => row.pid);
}

/**
 * Resident memory of the renderers, in bytes, read from /proc: sampling
 * must cost the page nothing (spawning ps every 250 ms took the page's two
 * cores a share big enough to slow the run itself).
 */
function rendererMemory(pids: readonly number[]): number {
  let bytes = 0;
  for (const pid of pids) {
    try {
      const rss = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${String(pid)}/status`, 'utf8'))?.[1];
      bytes += Number(rss ?? 0) * 1024;
    } catch {
      // The process has ended: it holds nothing.
    }
  }
  return bytes;
}

/** The renderers' memory once the page has settled (two readings 250 ms apart within 2 MB; 5 s at most). */
async function settledMemory(pids: readonly number[]): Promise<number> {
  let last = rendererMemory(pids);
  for (let i = 0; i < 20; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = rendererMemory(pids);
    if (Math.abs(now - last) < 2 * 1024 * 1024) return now;
    last = now;
  }
  return last;
}

/**
 * The same log through the "Analyze logs" page of the production build, in
 * headless Chromium: the worker reads the file as a stream. Prints the time
 * from the click to the result and how much the renderer grew meanwhile.
 */
async function inBrowser(log: string, mb: number): Promise<{ rate: number; peak: number }> {
  console.log('building the app for the browser run…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit', env: productionEnv });
  const app = await serve(join(ROOT, 'dist'), 4283);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(`${app.url}/en/analyze`);
    await page.waitForSelector('html[data-hydrated]');
    await page.getByLabel('Drop log files here, or choose them').setInputFiles(log);
    // The button is enabled once the log catalogue has loaded: before, the page may still be loading, and a
    // baseline read then is too low (one run in six read 366 MB where the others read 408-413 MB).
    await page.locator('button:enabled', { hasText: /^Analyze$/ }).waitFor();
    // The page goes on growing for a while after it took the file: that is not the analysis.
    // The renderers exist once the page is up; its workers are threads of the page's renderer.
    const pids = rendererPids();
    const baseline = await settledMemory(pids);
    let peak = baseline;
    const sampler = setInterval(() => {
      peak = Math.max(peak, rendererMemory(pids));
    }, 250);
    // Timed by the page itself, from the click to the frame that shows the result: a locator's
    // waitFor polls at growing intervals (up to a second), which added up to half a second to a run.
    await page.evaluate(() => {
      document.addEventListener(
        'click',
        () => {
          document.documentElement.dataset['benchClick'] = String(performance.now());
        },
        { capture: true, once: true },
      );
    });
    const shown = page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (![...document.querySelectorAll('h2')].some((h) => / lines, detected as /u.test(h.textContent))) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              resolve(performance.now() - Number(document.documentElement.dataset['benchClick']));
            });
          });
          observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
    );
    await page.getByRole('button', { name: 'Analyze', exact: true }).click();
    const seconds = (await shown) / 1000;
    if (!Number.isFinite(seconds) || seconds <= 0) throw new Error(`the page's own timing failed (${String(seconds)} s)`);
    await page.getByRole('heading', { level: 2, name: /lines, detected as/ }).waitFor();
    clearInterval(sampler);
    const cores = await page.evaluate(() => navigator.hardwareConcurrency);
    console.log(
      `browser (Chromium, the page's workers, ${String(cores)} cores): ${mb.toFixed(0)} MB in ${seconds.toFixed(2)} s = ${(mb / seconds).toFixed(1)} MB/s; renderer memory ${(baseline / 1024 / 1024).toFixed(0)} MB before, peak +${((peak - baseline) / 1024 / 1024).toFixed(0)} MB`,
    );
    return { rate: mb / seconds, peak: (peak - baseline) / 1024 / 1024 };
  } finally {
    await browser.close();
    app.stop();
  }
}

export async function main(): Promise<number> {
  const dir = join(ROOT, 'node_modules', '.bench-logs');
  mkdirSync(dir, { recursive: true });
  // The file is named after the fixtures and the size it is made of, so a
  // change to either makes a new one (and the old ones go).
  const hash = createHash('sha256');
  for (const path of fixtureFiles()) hash.update(path.slice(FIXTURES.length)).update(readFileSync(path));
  hash.update(String(SIZE));
  const name = `mixed-${hash.digest('hex').slice(0, 12)}.log`;
  const log = join(dir, name);
  if (!existsSync(log)) {
    for (const old of readdirSync(dir)) if (old.endsWith('.log')) rmSync(join(dir, old));
    console.log(`generating a ${String(SIZE / 1024 / 1024)} MB mixed log…`);
    await generate(log);
  }
  // One read of the whole file first, so neither the analyzer (timed first)
  // nor grep pays for a cold page cache or a file still being written back.
  warm(log);
  const bytes = statSync(log).size;
  const mb = bytes / 1024 / 1024;
  const c = catalogue();

  // The analyzer, streaming, as the worker runs it.
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  const analyzer = createAnalyzer(c);
  const started = performance.now();
  // Read as grep reads: 64 KB at a time (the size of the chunks a browser's
  // File.stream() gives) into one buffer, in a tight loop, so the figure is
  // the analyzer's and not the event loop's. Each read is decoded whole, up
  // to its last complete UTF-8 character; the few bytes of a character cut in
  // two wait for the next read. (Node's TextDecoder in streaming mode is
  // twice as slow as the same decoder called on whole pieces; the browser's
  // TextDecoderStream is native.)
  const decoder = new TextDecoder('utf-8');
  const buffer = Buffer.allocUnsafe(64 * 1024);
  const fd = openSync(log, 'r');
  try {
    let carried = 0;
    let chunks = 0;
    for (let read = readSync(fd, buffer, carried, buffer.length - carried, null); read > 0;) {
      const filled = carried + read;
      const cut = completeUtf8(buffer, filled);
      analyzer.push(decoder.decode(buffer.subarray(0, cut)));
      buffer.copy(buffer, 0, cut, filled);
      carried = filled - cut;
      // Every 16th read (each MB): the call costs more than a read itself.
      chunks += 1;
      if (chunks % 16 === 0) peak = Math.max(peak, process.memoryUsage.rss());
      read = readSync(fd, buffer, carried, buffer.length - carried, null);
    }
    if (carried > 0) analyzer.push(decoder.decode(buffer.subarray(0, carried)));
  } finally {
    closeSync(fd);
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

  const browser = process.argv.includes('--node') ? undefined : await inBrowser(log, mb);

  // The analyzer's own peak: what the process grew by while it ran (the
  // baseline holds Node, Vite's module runner and the loaded content).
  console.log(
    `logs: analyzer ${analyzerRate.toFixed(1)} MB/s, grep ${grepRate.toFixed(1)} MB/s, ratio ${(analyzerRate / grepRate).toFixed(2)}, peak ${((peak - baseline) / 1024 / 1024).toFixed(0)} MB`,
  );
  if (browser)
    console.log(
      `logs-browser: ${browser.rate.toFixed(1)} MB/s, grep ${grepRate.toFixed(1)} MB/s, ratio ${(browser.rate / grepRate).toFixed(2)}, peak +${browser.peak.toFixed(0)} MB`,
    );
  return 0;
}
