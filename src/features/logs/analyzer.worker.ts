/// <reference lib="webworker" />
/**
 * The log analyzer off the page's thread. The page (analysis-job.ts) sends
 * each worker one task at a time: scan a part of a file, analyze the lines
 * the scans kept, or analyze pasted text. Progress goes back as it is made;
 * the page cancels by ending the workers. Any failure is answered with an
 * error message, never with silence.
 */
import { createAnalyzer, type AnalysisResult, type LogCatalogue } from './log-analyzer';
import { analyzeSegments, scanPart, transferOf, type PartScan, type Segment } from './scan-parts';

export type { FileWarning } from './scan-parts';

export type WorkerTask =
  | { readonly type: 'text'; readonly catalogue: LogCatalogue; readonly kind?: string | undefined; readonly text: string }
  | { readonly type: 'scan'; readonly catalogue: LogCatalogue; readonly file: Blob; readonly start: number; readonly end: number }
  | {
      readonly type: 'analyze';
      readonly catalogue: LogCatalogue;
      readonly kind?: string | undefined;
      readonly file: Blob;
      readonly segments: readonly Segment[];
    };

export type WorkerAnswer =
  /** Bytes done of this task so far. */
  | { readonly type: 'progress'; readonly bytes: number }
  | { readonly type: 'scanned'; readonly scan: PartScan }
  | { readonly type: 'result'; readonly result: AnalysisResult; readonly replaced: boolean }
  | { readonly type: 'error'; readonly message: string };

/** Does one task; `post` gets its progress and its answer, with the buffers to transfer rather than copy. */
export async function runTask(task: WorkerTask, post: (answer: WorkerAnswer, transfer?: ArrayBuffer[]) => void): Promise<void> {
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
      const scan = await scanPart(task.file, task.catalogue, task.start, task.end, { onProgress });
      post({ type: 'scanned', scan }, transferOf(scan.segments));
    } else {
      const { result, replaced } = await analyzeSegments(task.file, task.catalogue, task.segments, { kind: task.kind, onProgress });
      post({ type: 'result', result, replaced });
    }
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

// Only when loaded as a worker (tests import runTask alone).
if (typeof DedicatedWorkerGlobalScope !== 'undefined' && self instanceof DedicatedWorkerGlobalScope) {
  const scope = self;
  scope.onmessage = (event: MessageEvent<WorkerTask>) => {
    void runTask(event.data, (answer, transfer) => {
      scope.postMessage(answer, transfer ?? []);
    });
  };
}
