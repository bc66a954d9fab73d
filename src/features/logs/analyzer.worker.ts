/// <reference lib="webworker" />
/**
 * The log analyzer off the page's thread. The page (analysis-job.ts) sends
 * each worker one task at a time: scan a part of a file, analyze the lines
 * the scans kept, or analyze pasted text. Progress goes back as it is made;
 * the page cancels by ending the workers. Any failure is answered with an
 * error message, never with silence.
 */
import { createAnalyzer, type AnalysisResult, type LogCatalogue } from './log-analyzer';
import { createSegmentAnalysis, scanPart, transferOf, type PartScan, type Segment, type SegmentAnalysis } from './scan-parts';

export type { FileWarning } from './scan-parts';

export type WorkerTask =
  | { readonly type: 'text'; readonly catalogue: LogCatalogue; readonly kind?: string | undefined; readonly text: string }
  | {
      readonly type: 'scan';
      readonly catalogue: LogCatalogue;
      readonly file: Blob;
      readonly start: number;
      readonly end: number;
      /** How many bytes of kept lines the scan sends along (KEPT_BYTES). */
      readonly keptBytes?: number | undefined;
    }
  /** The segments of the next part of a file, in file order; `first` starts the file's analysis afresh. */
  | {
      readonly type: 'analyze';
      readonly catalogue: LogCatalogue;
      readonly kind?: string | undefined;
      readonly file: Blob;
      readonly segments: readonly Segment[];
      readonly first: boolean;
    }
  /** The file's analysis is complete: its result. */
  | { readonly type: 'end' };

export type WorkerAnswer =
  /** Bytes done of this task so far. */
  | { readonly type: 'progress'; readonly bytes: number }
  | { readonly type: 'scanned'; readonly scan: PartScan }
  /** A part's segments are analyzed: the worker waits for the next. */
  | { readonly type: 'analyzed' }
  | { readonly type: 'result'; readonly result: AnalysisResult; readonly replaced: boolean }
  | { readonly type: 'error'; readonly message: string };

/**
 * A worker's task runner: does one task at a time; `post` gets its progress
 * and its answer, with the buffers to transfer rather than copy. The file's
 * analysis runs across tasks (a part's segments each), so each worker has a
 * runner of its own.
 */
export function createTaskRunner() {
  let analysis: SegmentAnalysis | undefined;
  return async (task: WorkerTask, post: (answer: WorkerAnswer, transfer?: ArrayBuffer[]) => void): Promise<void> => {
    let reported = 0;
    const onProgress = (bytes: number) => {
      if (bytes - reported < 1024 * 1024) return;
      reported = bytes;
      post({ type: 'progress', bytes });
    };
    try {
      if (task.type === 'text') {
        const analyzer = createAnalyzer(task.catalogue, { kind: task.kind });
        analyzer.push(task.text);
        post({ type: 'result', result: analyzer.end(), replaced: task.text.includes('\uFFFD') });
      } else if (task.type === 'scan') {
        const scan = await scanPart(task.file, task.catalogue, task.start, task.end, { onProgress, keptBytes: task.keptBytes });
        post({ type: 'scanned', scan }, transferOf(scan.segments));
      } else if (task.type === 'analyze') {
        if (task.first || !analysis) analysis = createSegmentAnalysis(task.catalogue, { kind: task.kind });
        await analysis.add(task.file, task.segments, onProgress);
        post({ type: 'analyzed' });
      } else {
        if (!analysis) throw new Error('No analysis was started.');
        const { result, replaced } = analysis.end();
        analysis = undefined;
        post({ type: 'result', result, replaced });
      }
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

// Only when loaded as a worker (tests import runTask alone).
if (typeof DedicatedWorkerGlobalScope !== 'undefined' && self instanceof DedicatedWorkerGlobalScope) {
  const scope = self;
  const runTask = createTaskRunner();
  scope.onmessage = (event: MessageEvent<WorkerTask>) => {
    void runTask(event.data, (answer, transfer) => {
      scope.postMessage(answer, transfer ?? []);
    });
  };
}
