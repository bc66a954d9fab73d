/// <reference lib="webworker" />
/**
 * Runs the analyzer off the page's thread, over a stream of each file: the
 * file is never held in memory whole, and the page stays responsive.
 * Progress goes back as it is made; the page cancels by ending the worker.
 */
import { createAnalyzer, type AnalysisResult, type LogCatalogue } from './log-analyzer';

export interface AnalyzeRequest {
  readonly catalogue: LogCatalogue;
  readonly kind?: string | undefined;
  readonly files: readonly File[];
  readonly text?: string | undefined;
}

/** What may be wrong with a file, besides what it shows. */
export type FileWarning = 'empty' | 'binary' | 'encoding' | 'truncated' | 'long-lines';

export type AnalyzeMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | {
      readonly type: 'result';
      readonly name: string;
      readonly result: AnalysisResult;
      readonly warnings: readonly FileWarning[];
    }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly name: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** `replaced`: somewhere in the file, bytes that are not UTF-8 became U+FFFD. */
function warningsFor(sample: string, size: number, result: AnalysisResult, replaced: boolean): FileWarning[] {
  if (size === 0) return ['empty'];
  const warnings: FileWarning[] = [];
  const nul = sample.split('\u0000').length - 1;
  if (nul > sample.length / 100) warnings.push('binary');
  else if (replaced) warnings.push('encoding');
  if (result.unfinished) warnings.push('truncated');
  if (result.longLines > 0) warnings.push('long-lines');
  return warnings;
}

scope.onmessage = async (event: MessageEvent<AnalyzeRequest>) => {
  const { catalogue, kind, files, text } = event.data;
  const total = files.reduce((sum, f) => sum + f.size, 0) + (text?.length ?? 0);
  let done = 0;
  let lastReport = 0;
  if (text !== undefined && text !== '') {
    const analyzer = createAnalyzer(catalogue, { kind });
    analyzer.push(text);
    done += text.length;
    const result = analyzer.end();
    scope.postMessage({
      type: 'result',
      name: '',
      result,
      warnings: warningsFor(text.slice(0, 65536), text.length, result, text.includes('\uFFFD')),
    } satisfies AnalyzeMessage);
  }
  for (const file of files) {
    try {
      const analyzer = createAnalyzer(catalogue, { kind });
      const reader = file.stream().pipeThrough(new TextDecoderStream('utf-8')).getReader();
      let sample = '';
      let replaced = false;
      for (;;) {
        const { value, done: finished } = await reader.read();
        if (finished) break;
        if (sample.length < 65536) sample += value.slice(0, 65536 - sample.length);
        replaced ||= value.includes('\uFFFD');
        analyzer.push(value);
        done += value.length;
        if (done - lastReport > 1024 * 1024) {
          lastReport = done;
          scope.postMessage({ type: 'progress', done, total } satisfies AnalyzeMessage);
        }
      }
      const result = analyzer.end();
      scope.postMessage({
        type: 'result',
        name: file.name,
        result,
        warnings: warningsFor(sample, file.size, result, replaced),
      } satisfies AnalyzeMessage);
    } catch {
      scope.postMessage({ type: 'error', name: file.name } satisfies AnalyzeMessage);
    }
  }
  scope.postMessage({ type: 'progress', done: total, total } satisfies AnalyzeMessage);
  scope.postMessage({ type: 'done' } satisfies AnalyzeMessage);
};
