import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../build/load-content';
import { Cancelled, createAnalysisJob, PROGRESS_MS, type FileResult, type WorkerLike } from './analysis-job';
import { createTaskRunner, type WorkerAnswer, type WorkerTask } from './analyzer.worker';
import { createAnalyzer } from './log-analyzer';
import { MIN_PART_BYTES } from './scan-parts';

const loaded = loadContent(fileURLToPath(new URL('../../../content', import.meta.url)));
if (!loaded.ok) throw new Error('content does not load');
const catalogue = loaded.logCatalogue;
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

/** A worker in this thread: `behave` decides what it does with each task. */
class FakeWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  terminated = false;
  readonly tasks: WorkerTask['type'][] = [];
  /** The worker's own task runner (a file's analysis runs across tasks). */
  readonly run = createTaskRunner();
  constructor(private readonly behave: (task: WorkerTask, worker: FakeWorker) => void) {}
  postMessage(task: WorkerTask): void {
    this.tasks.push(task.type);
    this.behave(task, this);
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** Does the task as the real worker does. */
const real = (task: WorkerTask, worker: FakeWorker) => {
  void worker.run(task, (answer) => {
    if (!worker.terminated) worker.onmessage?.({ data: answer } as MessageEvent<WorkerAnswer>);
  });
};

/** A log big enough for several parts: the fixtures among filler lines. */
function bigLog(): string {
  const logs = ['pslog-403-ip.log', 'xsp-sign-in.log', 'as-errors.log', 'codes.log', 'mixed-as.log'].map(fixture);
  const filler = '2026.11.20 09:31:02:114 CET | Info | CallP | Processing INVITE for +40212345678 from 10.1.2.3:5060\n'.repeat(2000);
  const pieces: string[] = [];
  let size = 0;
  for (let i = 0; size < MIN_PART_BYTES * 2.5; i += 1) {
    const piece = i % 2 === 0 ? filler : (logs[(i / 2) % logs.length] ?? '');
    pieces.push(piece);
    size += piece.length;
  }
  return pieces.join('');
}

async function collect(job: ReturnType<typeof createAnalysisJob>, files: File[], text?: string) {
  const results: FileResult[] = [];
  const progress: number[] = [];
  await job.run({ catalogue, files, text }, { progress: (p) => progress.push(p), result: (r) => results.push(r) });
  return { results, progress };
}

describe('an analysis on several workers', () => {
  it('scans a big file in parts on every core, analyzes the first parts while the last are scanned, and finds what one pass finds', async () => {
    const text = bigLog();
    const workers: FakeWorker[] = [];
    // The second worker holds back its scans until the first has begun to analyze: with the analysis
    // waiting for every scan, as it once did, this run would never end.
    const held: (() => void)[] = [];
    let analyzing = false;
    // Which workers were still running when the file's analysis ended.
    let runningAtEnd: boolean[] = [];
    const job = createAnalysisJob(
      () => {
        const index = workers.length;
        const w = new FakeWorker((task, self) => {
          if (task.type === 'analyze') {
            analyzing = true;
            for (const release of held.splice(0)) release();
          }
          if (task.type === 'end') runningAtEnd = workers.map((other) => !other.terminated);
          if (index === 1 && task.type === 'scan' && !analyzing) held.push(() => real(task, self));
          else real(task, self);
        });
        workers.push(w);
        return w;
      },
      2,
      () => performance.now(),
      MIN_PART_BYTES / 2,
    );
    const { results, progress } = await collect(job, [new File([text], 'big.log')], fixture('codes.log'));
    const one = createAnalyzer(catalogue);
    one.push(text);
    expect(results.map((r) => r.name)).toEqual(['', 'big.log']);
    expect(results[1]?.result).toEqual(one.end());
    expect(results[1]?.warnings).toEqual([]);
    // Parts of 4 MB: each scanned once, on either worker; the first worker analyzed each, then ended the file.
    expect(workers).toHaveLength(2);
    const parts = workers[0]?.tasks.filter((t) => t === 'analyze').length ?? 0;
    expect(parts).toBeGreaterThanOrEqual(5);
    expect(workers.flatMap((w) => w.tasks).filter((t) => t === 'scan')).toHaveLength(parts);
    expect(workers[0]?.tasks.at(-1)).toBe('end');
    expect(workers[1]?.tasks.every((t) => t === 'scan')).toBe(true);
    expect(workers[1]?.tasks.length).toBeGreaterThan(0);
    // The second worker ended once no part was left to scan: it holds no memory through the rest of the analysis.
    expect(runningAtEnd).toEqual([true, false]);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(progress.at(-1)).toBe(100);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('tells the page its progress at most every PROGRESS_MS, in order, and 100 once at the end', async () => {
    const text = bigLog();
    /** Progress with a clock that moves on `step` ms at each look: the figures told and when. */
    const told = async (step: number) => {
      let clock = 0;
      const job = createAnalysisJob(
        () => new FakeWorker(real),
        2,
        () => (clock += step),
      );
      const heard: { percent: number; at: number }[] = [];
      // Two files: after the first, the figure is told again as the second starts (told once).
      await job.run(
        { catalogue, files: [new File([text], 'big.log'), new File([text.slice(0, MIN_PART_BYTES)], 'small.log')] },
        { progress: (percent) => heard.push({ percent, at: clock }), result: () => undefined },
      );
      return heard;
    };
    // A slow clock: every report is PROGRESS_MS apart at least, except the final 100.
    const slow = await told(PROGRESS_MS / 4);
    expect(slow.at(-1)?.percent).toBe(100);
    const during = slow.slice(0, -1);
    expect(during.length).toBeGreaterThan(0);
    for (let i = 1; i < during.length; i += 1) expect((during[i]?.at ?? 0) - (during[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(PROGRESS_MS);
    // A fast clock: many figures, in order, and 100 once.
    const fast = await told(PROGRESS_MS * 10);
    expect(fast.length).toBeGreaterThan(during.length + 5);
    const percents = fast.map((p) => p.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    expect(percents.filter((p) => p === 100)).toEqual([100]);
  });

  it('a small file takes one worker', async () => {
    const workers: FakeWorker[] = [];
    const job = createAnalysisJob(() => {
      const w = new FakeWorker(real);
      workers.push(w);
      return w;
    }, 8);
    const { results } = await collect(job, [new File([fixture('pslog-403-ip.log')], 'a.log')]);
    expect(results[0]?.result?.findings.map((f) => f.id).sort()).toEqual(['bridge-403', 'post-to-ip-address']);
    expect(workers).toHaveLength(1);
  });

  it('cancelling ends every worker, and the run ends with Cancelled', async () => {
    const workers: FakeWorker[] = [];
    // Workers that never answer: the scan is under way.
    const job = createAnalysisJob(() => {
      const w = new FakeWorker(() => undefined);
      workers.push(w);
      return w;
    }, 4);
    const running = job.run(
      { catalogue, files: [new File([bigLog()], 'big.log')] },
      { progress: () => undefined, result: () => undefined },
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(workers.length).toBeGreaterThan(1);
    expect(job.running).toBe(workers.length);
    job.cancel();
    await expect(running).rejects.toBeInstanceOf(Cancelled);
    expect(workers.every((w) => w.terminated)).toBe(true);
    expect(job.running).toBe(0);
  });

  it('an error in one worker fails its file with the message, ends the workers, and goes on with the next file', async () => {
    const workers: FakeWorker[] = [];
    const job = createAnalysisJob(() => {
      // The second worker's scans fail; the first worker's work.
      const index = workers.length;
      const w = new FakeWorker((task, self) => {
        if (index === 1 && task.type === 'scan')
          queueMicrotask(() => self.onmessage?.({ data: { type: 'error', message: 'disk read failed' } } as MessageEvent<WorkerAnswer>));
        else real(task, self);
      });
      workers.push(w);
      return w;
    }, 2);
    const { results } = await collect(job, [new File([bigLog()], 'big.log'), new File([fixture('codes.log')], 'small.log')]);
    expect(results[0]).toEqual({ name: 'big.log', warnings: [], failed: true, error: 'disk read failed' });
    expect(results[1]?.name).toBe('small.log');
    expect(results[1]?.result?.findings.length).toBeGreaterThan(0);
    expect(workers.every((w) => w.terminated)).toBe(true);
  });

  it('a worker that dies without an answer fails its file, not hangs', async () => {
    const job = createAnalysisJob(
      () =>
        new FakeWorker((_, self) => {
          queueMicrotask(() => self.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent));
        }),
      1,
    );
    const { results } = await collect(job, [new File(['x\n'], 'a.log')], 'pasted');
    expect(results).toEqual([
      { name: '', warnings: [], failed: true, error: 'out of memory' },
      { name: 'a.log', warnings: [], failed: true, error: 'out of memory' },
    ]);
  });
});
