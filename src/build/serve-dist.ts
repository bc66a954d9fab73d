/** Serving a production build for the benchmarks, as production serves it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

// The benchmarks run inside Vite's module runner, which sets NODE_ENV to
// development; the builds they start must be production builds.
export const productionEnv = { ...process.env, NODE_ENV: 'production' };

/** Serves a folder like production does (nginx with deploy/nginx.conf), or with vite preview. */
export async function serve(dist: string, port: number): Promise<{ url: string; stop: () => void }> {
  let child: ChildProcess;
  if (existsSync('/usr/sbin/nginx')) {
    child = spawn('node', ['e2e/support/nginx.mjs', String(port), dist], { cwd: ROOT, stdio: 'ignore' });
  } else {
    child = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
      cwd: ROOT,
      stdio: 'ignore',
    });
  }
  const url = `http://127.0.0.1:${String(port)}`;
  for (let i = 0; i < 100; i += 1) {
    try {
      const response = await fetch(`${url}/`);
      if (response.ok) return { url, stop: () => child.kill('SIGTERM') };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`server for ${dist} did not start`);
}
