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
import { createPartScanner, joinScans, partCount, partCuts, transferOf, warningsFor, type FileWarning, type PartScan } from './scan-parts';

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

/** `now`: a clock in milliseconds (tests give their own). */
export function createAnalysisJob(spawn: () => WorkerLike, cores: number | undefined, now: () => number = () => performance.now()) {
  let workers: WorkerLike[] = [];
  const waiting = new Set<(error: Error) => void>();
  let cancelled = false;

  /** Ends the workers from `from` on (all of them by default). */
  const endWorkers = (from = 0) => {
    for (const worker of workers.slice(from)) worker.terminate();
    workers = workers.slice(0, from);
  };
  const worker = (index: number): WorkerLike => {
    while (workers.length <= index) workers.push(spawn());
    const w = workers[index];
    if (!w) throw new Error('no worker');
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

  const analyzeFile = async (file: File, request: AnalyzeRequest, report: (bytes: number) => void): Promise<FileResult> => {
    const { catalogue, kind } = request;
    const scanner = createPartScanner(catalogue);
    const cuts = await partCuts(file, scanner, partCount(file.size, cores));
    const bounds = [0, ...cuts, file.size];
    const scanned = cuts.map(() => 0).concat(0);
    const scans = await Promise.all(
      scanned.map(async (_, i) => {
        const answer = await call(i, { type: 'scan', catalogue, file, start: bounds[i] ?? 0, end: bounds[i + 1] ?? 0 }, (bytes) => {
          scanned[i] = bytes;
          report(scanned.reduce((sum, b) => sum + b, 0) * SCAN_SHARE);
        });
        if (answer.type !== 'scanned') throw new Error(`unexpected answer ${answer.type}`);
        return answer.scan;
      }),
    );
    // The analysis takes one worker: the others end now rather than hold their memory through it.
    endWorkers(1);
    const segments = joinScans(scans);
    const toRead = segments.reduce((sum, s) => sum + (s.read ? s.to - s.from : 0), 0);
    // The kept bytes move on to the analysis (the scans' own views of them are emptied).
    const answer = await call(
      0,
      { type: 'analyze', catalogue, kind, file, segments },
      (bytes) => {
        report(file.size * SCAN_SHARE + (toRead === 0 ? 0 : (bytes / toRead) * file.size * (1 - SCAN_SHARE)));
      },
      transferOf(segments),
    );
    if (answer.type !== 'result') throw new Error(`unexpected answer ${answer.type}`);
    const first: PartScan | undefined = scans[0];
    const replaced = answer.replaced || scans.some((s) => s.replaced);
    return { name: file.name, result: answer.result, warnings: warningsFor(first?.sample ?? '', file.size, answer.result, replaced) };
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
        if (at - shownAt < PROGRESS_MS) return;
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
      return workers.length;
    },
  };
}

export type AnalysisJob = ReturnType<typeof createAnalysisJob>;
