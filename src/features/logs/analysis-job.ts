/**
 * One analysis on the page's behalf, on as many workers as the machine has
 * cores: each file is scanned in parts, one worker per part, then analyzed
 * from what the scans kept (scan-parts.ts). Pasted text goes to one worker.
 *
 * Cancelling ends every worker at once. A worker that fails (an error it
 * reports, or one it cannot) fails its file with the error's message, and
 * the workers are ended: nothing waits for an answer that will not come.
 */
import type { AnalysisResult, LogCatalogue } from './log-analyzer';
import type { WorkerAnswer, WorkerTask } from './analyzer.worker';
import {
  createPartScanner,
  KEPT_BYTES,
  partCount,
  partCuts,
  PIPELINE_PART_BYTES,
  pipelineParts,
  transferOf,
  warningsFor,
  type FileWarning,
  type PartScan,
} from './scan-parts';

export interface AnalyzeRequest {
  readonly catalogue: LogCatalogue;
  readonly kind?: string | undefined;
  readonly files: readonly File[];
  readonly text?: string | undefined;
}

export interface FileResult {
  /** The file's name; empty for pasted text. */
  readonly name: string;
  readonly result?: AnalysisResult | undefined;
  readonly warnings: readonly FileWarning[];
  readonly failed?: boolean;
  /** Why it failed, in the words of the error (not shown as a finding). */
  readonly error?: string | undefined;
}

/** What the job needs of a Worker. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerAnswer>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  /** `transfer`: buffers the task holds that are moved to the worker, not copied. */
  postMessage(task: WorkerTask, transfer?: Transferable[]): void;
  terminate(): void;
}

export class Cancelled extends Error {
  constructor() {
    super('The analysis was cancelled.');
  }
}

export interface JobEvents {
  /** 0–100. */
  readonly progress: (percent: number) => void;
  readonly result: (file: FileResult) => void;
}

/** The share of a file's progress its scan stands for; the analysis of what it kept does the rest. */
const SCAN_SHARE = 0.9;
/**
 * The page hears of progress at most this often. Each report re-renders and
 * repaints the page, on one of the cores the workers need: reported on every
 * percent, bench:logs' page spent a third of a core on it while it scanned.
 */
export const PROGRESS_MS = 200;

/**
 * `now`: a clock in milliseconds; `partBytes`: the size of the parts a file
 * is scanned in (PIPELINE_PART_BYTES). Tests give their own.
 */
export function createAnalysisJob(
  spawn: () => WorkerLike,
  cores: number | undefined,
  now: () => number = () => performance.now(),
  partBytes = PIPELINE_PART_BYTES,
) {
  /** The workers by index; a worker ended on its own (`retire`) leaves its place empty. */
  let workers: (WorkerLike | undefined)[] = [];
  const waiting = new Set<(error: Error) => void>();
  let cancelled = false;

  /** Ends the workers from `from` on (all of them by default). */
  const endWorkers = (from = 0) => {
    for (const worker of workers.slice(from)) worker?.terminate();
    workers = workers.slice(0, from);
  };
  /** Ends one worker, as soon as it has no more work: its memory goes with it. */
  const retire = (index: number) => {
    workers[index]?.terminate();
    workers[index] = undefined;
  };
  const worker = (index: number): WorkerLike => {
    while (workers.length <= index) workers.push(undefined);
    const w = workers[index] ?? spawn();
    workers[index] = w;
    return w;
  };

  /** One task on one worker: its answer, its progress as it goes. */
  const call = (
    index: number,
    task: WorkerTask,
    onProgress: (bytes: number) => void,
    transfer: Transferable[] = [],
  ): Promise<WorkerAnswer> => {
    if (cancelled) return Promise.reject(new Cancelled());
    const w = worker(index);
    return new Promise<WorkerAnswer>((resolve, reject) => {
      const settle = (then: () => void) => {
        waiting.delete(fail);
        w.onmessage = null;
        w.onerror = null;
        then();
      };
      const fail = (error: Error) => {
        settle(() => {
          reject(error);
        });
      };
      waiting.add(fail);
      w.onmessage = (event) => {
        const answer = event.data;
        if (answer.type === 'progress') onProgress(answer.bytes);
        else if (answer.type === 'error') fail(new Error(answer.message));
        else
          settle(() => {
            resolve(answer);
          });
      };
      w.onerror = (event) => {
        event.preventDefault();
        fail(new Error(event.message || 'The analyzer stopped unexpectedly.'));
      };
      w.postMessage(task, transfer);
    });
  };

  /**
   * One file: scanned in parts, more parts than workers, each worker taking
   * the next part to scan as it becomes free; worker 0 also analyzes what the
   * parts kept, in file order, as soon as each is scanned, and scans when the
   * next part to analyze is not ready yet. So the analysis of the first parts
   * runs while the last are still scanned, instead of after all of them.
   */
  const analyzeFile = async (file: File, request: AnalyzeRequest, report: (bytes: number) => void): Promise<FileResult> => {
    const { catalogue, kind } = request;
    const scanner = createPartScanner(catalogue);
    const workerCount = partCount(file.size, cores);
    const cuts = await partCuts(file, scanner, pipelineParts(file.size, workerCount, partBytes));
    const bounds = [0, ...cuts, file.size];
    const parts = bounds.length - 1;
    // The kept bytes in flight stay what one part per worker sent along.
    const keptBytes = Math.ceil((KEPT_BYTES * workerCount) / parts);
    const scans: (PartScan | undefined)[] = new Array<PartScan | undefined>(parts).fill(undefined);
    const scanned = new Array<number>(parts).fill(0);
    let analyzed = 0;
    const progress = () => {
      report(scanned.reduce((sum, b) => sum + b, 0) * SCAN_SHARE + analyzed * (1 - SCAN_SHARE));
    };
    let nextScan = 0;
    // Worker 0, waiting for a part another worker scans: woken when a scan ends, or failed with the job.
    const waiters = new Set<{ wake: () => void; fail: (error: Error) => void }>();
    const wakeAll = () => {
      for (const waiter of [...waiters]) waiter.wake();
    };
    const failAll = (error: Error) => {
      for (const waiter of [...waiters]) waiter.fail(error);
    };
    const scanNext = async (w: number) => {
      const i = nextScan;
      nextScan += 1;
      const task: WorkerTask = { type: 'scan', catalogue, file, start: bounds[i] ?? 0, end: bounds[i + 1] ?? 0, keptBytes };
      try {
        const answer = await call(w, task, (bytes) => {
          scanned[i] = bytes;
          progress();
        });
        if (answer.type !== 'scanned') throw new Error(`unexpected answer ${answer.type}`);
        scans[i] = answer.scan;
        scanned[i] = (bounds[i + 1] ?? 0) - (bounds[i] ?? 0);
        progress();
        wakeAll();
      } catch (error) {
        failAll(error instanceof Error ? error : new Error(String(error)));
        throw error;
      }
    };
    const nextScanned = () =>
      new Promise<void>((resolve, reject) => {
        const waiter = {
          wake: () => {
            waiters.delete(waiter);
            waiting.delete(waiter.fail);
            resolve();
          },
          fail: (error: Error) => {
            waiters.delete(waiter);
            waiting.delete(waiter.fail);
            reject(error);
          },
        };
        waiters.add(waiter);
        // Cancelling fails it too.
        waiting.add(waiter.fail);
      });
    // Worker 0 starts with the first part, to analyze it as soon as it can.
    const analysis = (async () => {
      let sample = '';
      let replaced = false;
      for (let i = 0; i < parts; i += 1) {
        while (scans[i] === undefined) {
          if (nextScan < parts) await scanNext(0);
          else await nextScanned();
        }
        const scan = scans[i];
        if (!scan) continue;
        // The part's kept bytes move on to the analysis; its scan is let go.
        scans[i] = undefined;
        if (i === 0) sample = scan.sample;
        replaced ||= scan.replaced;
        const size = (bounds[i + 1] ?? 0) - (bounds[i] ?? 0);
        const toRead = scan.segments.reduce((sum, s) => sum + (s.read ? s.to - s.from : 0), 0);
        const before = analyzed;
        const answer = await call(
          0,
          { type: 'analyze', catalogue, kind, file, segments: scan.segments, first: i === 0 },
          (bytes) => {
            analyzed = before + (toRead === 0 ? 0 : (bytes / toRead) * size);
            progress();
          },
          transferOf(scan.segments),
        );
        if (answer.type !== 'analyzed') throw new Error(`unexpected answer ${answer.type}`);
        analyzed = before + size;
        progress();
      }
      const answer = await call(0, { type: 'end' }, () => undefined);
      if (answer.type !== 'result') throw new Error(`unexpected answer ${answer.type}`);
      return { result: answer.result, replaced: answer.replaced || replaced, sample };
    })();
    // The other workers scan while parts are left, then end rather than hold their memory through the analysis.
    const scanners = Promise.all(
      Array.from({ length: workerCount - 1 }, async (_, k) => {
        while (nextScan < parts) await scanNext(k + 1);
        retire(k + 1);
      }),
    );
    const [{ result, replaced, sample }] = await Promise.all([analysis, scanners]);
    return { name: file.name, result, warnings: warningsFor(sample, file.size, result, replaced) };
  };

  return {
    /** Analyzes the text, then each file; resolves when all are done, rejects with Cancelled when cancelled. */
    async run(request: AnalyzeRequest, events: JobEvents): Promise<void> {
      const { text, files } = request;
      const total = files.reduce((sum, f) => sum + f.size, 0) + (text?.length ?? 0);
      let done = 0;
      let shown = -1;
      let shownAt = -Infinity;
      const report = (bytes: number) => {
        const percent = total === 0 ? 100 : Math.min(100, Math.round(((done + bytes) / total) * 100));
        const at = now();
        if (percent === shown || at - shownAt < PROGRESS_MS) return;
        shown = percent;
        shownAt = at;
        events.progress(percent);
      };
      try {
        /** One input: its result, or its failure (the workers are ended: the next input starts afresh). */
        const attempt = async (name: string, analyze: () => Promise<FileResult>) => {
          try {
            events.result(await analyze());
          } catch (error) {
            if (cancelled) throw error;
            endWorkers();
            events.result({ name, warnings: [], failed: true, error: error instanceof Error ? error.message : String(error) });
          }
        };
        if (text !== undefined && text !== '') {
          await attempt('', async () => {
            const answer = await call(0, { type: 'text', catalogue: request.catalogue, kind: request.kind, text }, () => undefined);
            if (answer.type !== 'result') throw new Error(`unexpected answer ${answer.type}`);
            return {
              name: '',
              result: answer.result,
              warnings: warningsFor(text.slice(0, 65536), text.length, answer.result, answer.replaced),
            };
          });
          done += text.length;
        }
        for (const file of files) {
          await attempt(file.name, () => analyzeFile(file, request, report));
          done += file.size;
          report(0);
        }
      } finally {
        endWorkers();
      }
      if (cancelled) throw new Cancelled();
      // The end, told once (the last report may have told it already).
      if (shown !== 100) events.progress(100);
    },
    /** Ends every worker; whatever was waiting for them gives up. */
    cancel(): void {
      cancelled = true;
      endWorkers();
      for (const fail of [...waiting]) fail(new Cancelled());
    },
    /** How many workers are running now. */
    get running(): number {
      return workers.filter((w) => w !== undefined).length;
    },
  };
}

export type AnalysisJob = ReturnType<typeof createAnalysisJob>;
