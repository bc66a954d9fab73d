// Makes sure a Chromium is there for the browser tests. Playwright cannot
// download its own browser on these machines, so the Debian package is
// installed when it is missing and we are root; elsewhere Playwright's own
// browser is used (see playwright.config.ts).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  console.log('Installing Chromium (Debian package) for the browser tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
} else {
  console.log(`No ${CHROMIUM}: falling back to Playwright's own browser (run "npx playwright install chromium" if it is missing).`);
}
