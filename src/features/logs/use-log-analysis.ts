/**
 * What the "Analyze logs" page and the log panel of a diagnosis step share:
 * the catalogue in the current language, and one analysis at a time in a
 * worker, with progress, cancel and the results of each file as they come.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../content/types';
import { Cancelled, createAnalysisJob, type AnalysisJob, type AnalyzeRequest, type FileResult } from './analysis-job';
import { combineSignIns, type LogCatalogue, type LogCatalogueText, type SignInAttempt } from './log-analyzer';

export type { AnalyzeRequest, FileResult } from './analysis-job';

export interface LoadedCatalogue {
  readonly locale: Locale;
  readonly catalogue: LogCatalogue;
  readonly text: LogCatalogueText;
}

const loaders: Readonly<Record<Locale, () => Promise<{ catalogue: LogCatalogue; text: LogCatalogueText }>>> = {
  en: () => import('virtual:content/logs/en').then((m) => m.default),
  ro: () => import('virtual:content/logs/ro').then((m) => m.default),
  nl: () => import('virtual:content/logs/nl').then((m) => m.default),
};

export function useLogCatalogue(locale: Locale): LoadedCatalogue | undefined {
  const [loaded, setLoaded] = useState<LoadedCatalogue | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void loaders[locale]().then((data) => {
      if (live) setLoaded({ locale, ...data });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  return loaded?.locale === locale ? loaded : undefined;
}

export interface LogAnalysis {
  /** 0–100 while an analysis runs, undefined otherwise. */
  readonly progress: number | undefined;
  readonly results: readonly FileResult[];
  /** The sign-in attempts of all the files together. */
  readonly attempts: readonly SignInAttempt[];
  readonly cancelled: boolean;
  readonly run: (request: AnalyzeRequest) => void;
  readonly cancel: () => void;
}

/** What the user gave a place (the Analyze logs page, the log panel of a diagnosis). */
export interface PlaceInput {
  /** Files chosen or dropped, not analyzed yet or analyzed last. */
  readonly files: readonly File[];
  readonly pasted: string;
  readonly kind: string;
  readonly masked: boolean;
  /** What was last sent for analysis (the panel analyzes again when the kind changes). */
  readonly analyzed?: { readonly files: readonly File[]; readonly text?: string | undefined } | undefined;
}

const EMPTY_INPUT: PlaceInput = { files: [], pasted: '', kind: '', masked: true };

/*
 * What each place was last given and found, kept in memory for this tab:
 * following a finding to its step and coming back loses nothing. Nothing is
 * written anywhere, and a reload forgets it.
 */
const keptInput = new Map<string, PlaceInput>();
const keptResults = new Map<string, readonly FileResult[]>();

export function usePlaceInput(place: string): [PlaceInput, (change: Partial<PlaceInput>) => void] {
  const [input, setInput] = useState<PlaceInput>(() => keptInput.get(place) ?? EMPTY_INPUT);
  const change = useCallback(
    (update: Partial<PlaceInput>) => {
      setInput((current) => {
        const next = { ...current, ...update };
        keptInput.set(place, next);
        return next;
      });
    },
    [place],
  );
  return [input, change];
}

export function useLogAnalysis(catalogue: LogCatalogue | undefined, keepAs: string): LogAnalysis {
  const [progress, setProgress] = useState<number | undefined>(undefined);
  const [results, setResults] = useState<readonly FileResult[]>(() => keptResults.get(keepAs) ?? []);
  useEffect(() => {
    keptResults.set(keepAs, results);
  }, [keepAs, results]);
  const [cancelled, setCancelled] = useState(false);
  const job = useRef<AnalysisJob | undefined>(undefined);
  useEffect(() => () => job.current?.cancel(), []);

  const run = useCallback((request: AnalyzeRequest) => {
    job.current?.cancel();
    // One worker per core for each file's parts (analysis-job.ts); a file too small for parts uses one.
    const next = createAnalysisJob(
      () => new Worker(new URL('./analyzer.worker.ts', import.meta.url), { type: 'module' }),
      typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency,
    );
    job.current = next;
    setResults([]);
    setCancelled(false);
    setProgress(0);
    next
      .run(request, {
        progress: (percent) => {
          if (job.current === next) setProgress(percent);
        },
        result: (file) => {
          if (job.current === next) setResults((current) => [...current, file]);
        },
      })
      .then(
        () => {
          if (job.current !== next) return;
          job.current = undefined;
          setProgress(undefined);
        },
        (error: unknown) => {
          if (error instanceof Cancelled || job.current !== next) return;
          job.current = undefined;
          setProgress(undefined);
          setResults((current) => [...current, { name: '', warnings: [], failed: true, error: String(error) }]);
        },
      );
  }, []);

  const cancel = useCallback(() => {
    job.current?.cancel();
    job.current = undefined;
    setProgress(undefined);
    setCancelled(true);
  }, []);

  const attempts = useMemo(
    () =>
      catalogue
        ? combineSignIns(
            catalogue,
            results.flatMap((r) => (r.result ? [{ file: r.name, traces: r.result.signIns }] : [])),
          )
        : [],
    [catalogue, results],
  );

  return { progress, results, attempts, cancelled, run, cancel };
}
