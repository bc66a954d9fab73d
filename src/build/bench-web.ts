/**
 * `npm run bench:web`: measures the production build in headless Chromium.
 *
 * - first-page JS and CSS, gzipped (level 9), as loaded by /en;
 * - answer-to-next-step time (click to the next step painted), 50 transitions;
 * - cold deep link to a step, against a bare Vite + React page built in the
 *   same run and served the same way, as a ratio;
 * - Lighthouse performance / accessibility / best-practices for the home page
 *   and a step page.
 *
 * Numbers are printed, never asserted: tests assert behaviour.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, chromiumLaunchOptions, SYSTEM_CHROMIUM } from './chromium.ts';
import { productionEnv, serve } from './serve-dist.ts';

declare global {
  interface Window {
    /** Filled by the step-timing probe the bench installs in the page. */
    benchStepTimes?: { rendered: number; painted: number }[];
    /** When a deep link's heading was first painted (performance.now() time). */
    benchHeadingPainted?: number;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
const STEP = '/en/diagnose/provisioning/request-target?v=1&scope=not-sure&pslog-capture=status-403';
const DEEP_LINK_RUNS = 9;
const TRANSITIONS = 50;

const median = (values: readonly number[]) => quantile(values, 0.5);
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** A minimal React page, the peer for the deep-link ratio. */
function buildBarePage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>bare</title></head><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'src', 'main.jsx'),
    "import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(<h1>Bare page</h1>);\n",
  );
  writeFileSync(join(dir, 'vite.config.mjs'), "import react from '@vitejs/plugin-react';\nexport default { plugins: [react()] };\n");
  // The same command as the app's production build, so both are built alike.
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit', env: productionEnv });
}

async function firstPageBytes(browser: Browser, url: string): Promise<{ js: number; css: number }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const bodies: Promise<{ type: string; size: number }>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet') {
      bodies.push(response.body().then((body) => ({ type, size: gzipSync(body, { level: 9 }).length })));
    }
  });
  await page.goto(`${url}/en`, { waitUntil: 'networkidle' });
  const all = await Promise.all(bodies);
  await context.close();
  return {
    js: all.filter((b) => b.type === 'script').reduce((sum, b) => sum + b.size, 0),
    css: all.filter((b) => b.type === 'stylesheet').reduce((sum, b) => sum + b.size, 0),
  };
}

/**
 * Real (trusted) clicks on an answer or Back. In the page, the click's own
 * timestamp is the start; the end is the start of the first frame after the
 * new step's heading is in the DOM (the frame that paints it).
 */
async function stepTimes(browser: Browser, url: string): Promise<{ painted: number[]; rendered: number[] }> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${url}/en/diagnose/provisioning/scope?v=1`);
  // The step's HTML shows before the app has hydrated it: clicks count from then.
  await page.waitForSelector('html[data-hydrated]');
  await page.evaluate(() => {
    const times: { rendered: number; painted: number }[] = [];
    window.benchStepTimes = times;
    document.addEventListener(
      'click',
      (event) => {
        const start = event.timeStamp;
        const heading = document.querySelector('h1')?.textContent ?? '';
        const observer = new MutationObserver(() => {
          if ((document.querySelector('h1')?.textContent ?? '') === heading) return;
          observer.disconnect();
          const rendered = performance.now() - start;
          requestAnimationFrame((frame) => times.push({ rendered, painted: frame - start }));
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      },
      true,
    );
  });
  for (let i = 0; i < TRANSITIONS; i += 1) {
    const before = await page.locator('h1').textContent();
    if (i % 2 === 0) await page.locator('button.answer').last().click();
    else await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.waitForFunction((text) => document.querySelector('h1')?.textContent !== text, before);
    await page.waitForFunction((count) => (window.benchStepTimes?.length ?? 0) >= count, i + 1);
  }
  const times = await page.evaluate(() => window.benchStepTimes ?? []);
  await context.close();
  return { painted: times.map((t) => t.painted), rendered: times.map((t) => t.rendered) };
}

/** Navigation start to the heading visible, in a fresh (cold) context each time. */
async function deepLink(browser: Browser, url: string, text: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < DEEP_LINK_RUNS; i += 1) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    // The moment the heading is painted, seen from inside the page: polling
    // for it from outside adds up to 100 ms of the poller's own rhythm,
    // more for a page that takes longer.
    await context.addInitScript((heading) => {
      const observer = new MutationObserver(() => {
        if (!(document.querySelector('h1')?.textContent ?? '').includes(heading)) return;
        observer.disconnect();
        requestAnimationFrame((frame) => {
          window.benchHeadingPainted = frame;
        });
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    }, text);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.benchHeadingPainted !== undefined);
    runs.push(await page.evaluate(() => window.benchHeadingPainted ?? Number.NaN));
    await context.close();
  }
  return median(runs);
}

interface Scores {
  performance: number;
  accessibility: number;
  bestPractices: number;
}

async function lighthouseScores(url: string): Promise<Scores> {
  const chrome = await chromeLauncher.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { chromePath: SYSTEM_CHROMIUM } : {}),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    const categories = result?.lhr.categories;
    const score = (id: string) => Math.round((categories?.[id]?.score ?? 0) * 100);
    return { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') };
  } finally {
    chrome.kill();
  }
}

export async function main(): Promise<number> {
  process.chdir(ROOT);
  console.log('building the app and a bare Vite + React page…');
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit', env: productionEnv });
  const bareDir = join(ROOT, 'node_modules', '.bench-bare');
  buildBarePage(bareDir);

  const app = await serve(join(ROOT, 'dist'), 4281);
  const bare = await serve(join(bareDir, 'dist'), 4282);
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const bytes = await firstPageBytes(browser, app.url);
    console.log(`first page (/en): JS ${kb(bytes.js)} KB gz, CSS ${kb(bytes.css)} KB gz`);

    const times = await stepTimes(browser, app.url);
    const stepMedian = median(times.painted);
    const stepP95 = quantile(times.painted, 0.95);
    console.log(
      `answer to next step (${String(times.painted.length)} trusted clicks): in the DOM median ${median(times.rendered).toFixed(1)} ms p95 ${quantile(times.rendered, 0.95).toFixed(1)} ms; painted median ${stepMedian.toFixed(1)} ms p95 ${stepP95.toFixed(1)} ms`,
    );

    const appDeep = await deepLink(browser, `${app.url}${STEP}`, 'Where was the provisioning request sent?');
    const bareDeep = await deepLink(browser, `${bare.url}/`, 'Bare page');
    const ratio = appDeep / bareDeep;
    console.log(
      `cold deep link to a step (median of ${String(DEEP_LINK_RUNS)}): app ${appDeep.toFixed(0)} ms, bare Vite + React page ${bareDeep.toFixed(0)} ms, ratio ${ratio.toFixed(2)}`,
    );

    const home = await lighthouseScores(`${app.url}/en`);
    const step = await lighthouseScores(`${app.url}${STEP}`);
    console.log(
      `lighthouse home: performance ${String(home.performance)}, accessibility ${String(home.accessibility)}, best practices ${String(home.bestPractices)}`,
    );
    console.log(
      `lighthouse step: performance ${String(step.performance)}, accessibility ${String(step.accessibility)}, best practices ${String(step.bestPractices)}`,
    );
    const worst = (key: keyof Scores) => Math.min(home[key], step[key]);

    console.log(
      `web: first-page JS ${kb(bytes.js)} KB gz, CSS ${kb(bytes.css)} KB gz, step median ${stepMedian.toFixed(1)} ms p95 ${stepP95.toFixed(1)} ms, deep link ratio ${ratio.toFixed(2)}, lighthouse ${String(worst('performance'))}/${String(worst('accessibility'))}/${String(worst('bestPractices'))}`,
    );
    return 0;
  } finally {
    await browser.close();
    app.stop();
    bare.stop();
  }
}
