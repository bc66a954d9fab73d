/**
 * A loopback port nobody is listening on, found by asking the system for
 * one. The browser tests never use a fixed port: two runs on one machine
 * (two clones, a developer and CI) must never test each other's build.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

const ASK =
  "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";

/** Synchronous, for the Playwright config (which cannot await). */
export function freePortSync(): number {
  const result = spawnSync(process.execPath, ['-e', ASK], { encoding: 'utf8' });
  const port = Number(result.stdout);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`Could not find a free port: ${result.stderr || result.stdout}`);
  return port;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port'));
      });
    });
  });
}
