/**
 * Reproducible fast-check runs for the unit tests. Each run takes a new
 * random seed, as fast-check does by default; when a property fails,
 * fast-check's report (kept as it is) names the seed and the path of the
 * smallest counterexample:
 *
 *   Property failed after 12 tests
 *   { seed: 1642170530, path: "11:3:0", endOnFailure: true }
 *
 * Setting them in the environment replays that failure:
 *
 *   FC_SEED=1642170530 npx vitest run src/properties.test.ts
 *   FC_SEED=1642170530 FC_PATH=11:3:0 npx vitest run src/properties.test.ts -t "<test name>"
 *
 * FC_SEED alone reruns every property of the file with that seed; FC_PATH
 * goes straight to one counterexample, so it belongs with the one test
 * (`-t`) that printed it.
 */
import fc from 'fast-check';

export interface Replay {
  readonly seed?: number;
  readonly path?: string;
}

/** The seed and path to replay, read from FC_SEED and FC_PATH; none when FC_SEED is unset or empty. */
export function replayFrom(env: Readonly<Record<string, string | undefined>>): Replay {
  const seedText = env.FC_SEED?.trim() ?? '';
  const path = env.FC_PATH?.trim() ?? '';
  if (seedText === '') {
    if (path !== '') throw new Error('FC_PATH is set without FC_SEED: give both, as the failed run printed them');
    return {};
  }
  if (!/^-?\d+$/.test(seedText)) throw new Error(`FC_SEED must be an integer, as the failed run printed it; got "${seedText}"`);
  const seed = Number(seedText);
  if (!/^\d+(:\d+)*$/.test(path) && path !== '') throw new Error(`FC_PATH must look like "11:3:0"; got "${path}"`);
  return path === '' ? { seed } : { seed, path };
}

/** The replay asked for by this process's environment. */
export const replay: Replay = replayFrom(process.env);

/**
 * Makes every fc.assert of the calling test file use the replayed seed and
 * path (fast-check's global settings are per module instance, so per file).
 */
export function configureReplay(): void {
  if (replay.seed === undefined) return;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), ...replay });
  console.info(`fast-check: replaying seed ${String(replay.seed)}${replay.path === undefined ? '' : ` path ${replay.path}`}`);
}

/** fc.assert with the replayed seed and path, if any, over the given parameters. */
export function assertProperty<Ts extends [unknown, ...unknown[]]>(property: fc.IProperty<Ts>, params: fc.Parameters<Ts> = {}): void {
  fc.assert(property, { ...params, ...replay });
}
