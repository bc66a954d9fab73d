// Makes sure the system programs the browser tests use are there: Chromium
// (Playwright cannot download its own browser on these machines), nginx
// (the suite runs against the production build served by deploy/nginx.conf)
// and the DejaVu fonts (what a fresh Debian machine has; the app names no
// font of its own, so this is the face text is laid out and printed in).
// Missing ones are installed from Debian's packages when we are root;
// elsewhere Playwright's own browser and `vite preview` are used instead.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const wanted = [
  { name: 'chromium', path: '/usr/bin/chromium' },
  { name: 'nginx', path: '/usr/sbin/nginx' },
  { name: 'fonts-dejavu-core', path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { name: 'fontconfig', path: '/usr/bin/fc-list' },
];
const FALLBACK = {
  chromium: "falling back to Playwright's own browser",
  nginx: 'serving with vite preview instead of nginx',
};
const missing = wanted.filter((w) => !existsSync(w.path));
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
  hasApt = true;
} catch {
  hasApt = false;
}
if (isRoot && hasApt) {
  const names = missing.map((m) => m.name);
  console.log(`Installing ${names.join(' and ')} (Debian packages) for the browser tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...names], { stdio: 'inherit', env });
} else {
  for (const m of missing) console.log(`No ${m.path}: ${FALLBACK[m.name] ?? 'the browser tests may lay text out differently'}.`);
}
