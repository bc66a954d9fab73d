/**
 * The deployment's own config.json, fetched once per page load beside the
 * app and applied when it arrives: nothing waits for it. A missing file
 * (404, 204, or a host's history fallback answering with index.html) means
 * none, and the app is as built; a broken one is ignored, with a notice for
 * the engineer and the problems in the console for the person deploying it.
 * The schema loads only when there is a file to check.
 */
import { useSyncExternalStore } from 'react';
import type { DeploymentConfig } from './deployment-schema';

export type { Contact, DeploymentConfig } from './deployment-schema';

export type ConfigState =
  | { readonly status: 'loading' }
  | { readonly status: 'none' }
  | { readonly status: 'valid'; readonly config: DeploymentConfig }
  | { readonly status: 'broken'; readonly problems: readonly string[] };

export const CONFIG_FILE = 'config.json';

const LOADING: ConfigState = { status: 'loading' };
let state: ConfigState = LOADING;
const listeners = new Set<() => void>();

function set(next: ConfigState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** What the fetched answer means; exported for tests. */
export async function readConfigResponse(response: Response): Promise<ConfigState> {
  if (response.status === 404 || response.status === 204) return { status: 'none' };
  if (!response.ok) return { status: 'broken', problems: [`(the whole file): could not be read (HTTP ${String(response.status)})`] };
  // A host without a config.json that answers every path with index.html.
  if ((response.headers.get('content-type') ?? '').includes('text/html')) return { status: 'none' };
  const raw = await response.text();
  const { parseDeploymentConfig } = await import('./deployment-schema');
  const parsed = parseDeploymentConfig(raw);
  return parsed.ok ? { status: 'valid', config: parsed.config } : { status: 'broken', problems: parsed.problems };
}

/** Starts the one fetch of config.json; call before the first render. */
export function loadDeploymentConfig(base: string = import.meta.env.BASE_URL): Promise<ConfigState> {
  const url = `${base.endsWith('/') ? base : `${base}/`}${CONFIG_FILE}`;
  const done = fetch(url, { cache: 'no-cache', credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then(readConfigResponse)
    .catch((): ConfigState => ({ status: 'none' }))
    .then((next) => {
      if (next.status === 'broken')
        console.error(
          `${CONFIG_FILE} (${url}) is ignored: the app runs without it until it is fixed.\n${next.problems.map((problem) => `${CONFIG_FILE}: ${problem}`).join('\n')}`,
        );
      set(next);
      return next;
    });
  return done;
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * The config as it stands: loading, none, valid or broken. A page's HTML is
 * built without it (loading), and hydrated so; what arrived follows at once.
 */
export function useDeploymentConfigState(): ConfigState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => LOADING,
  );
}

/** The valid config, or undefined while there is none (yet). */
export function useDeploymentConfig(): DeploymentConfig | undefined {
  const current = useDeploymentConfigState();
  return current.status === 'valid' ? current.config : undefined;
}
