// Serves dist/ (or the folder given second) with real nginx and the project's
// deploy/nginx.conf, on a loopback port, in the foreground (Playwright's
// webServer starts and stops it). Only `listen` and `root` are changed from
// the shipped file.
//
// It works wherever the clone lives: as root, nginx's workers would run as
// `nobody`, who cannot enter a folder such as /root or one made by
// `mktemp -d` (mode 0700); they run as the user who started the tests
// instead. Once started, it asks for index.html itself: if that is not
// answered with 200, it prints nginx's own error log and exits non-zero at
// once, rather than leave Playwright waiting for a server that will never
// be ready.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

const port = process.argv[2];
if (!port || !/^\d+$/.test(port)) {
  console.error('usage: node e2e/support/nginx.mjs <port> [dist folder]');
  process.exit(2);
}
const dist = resolve(process.argv[3] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`nginx.mjs: ${join(dist, 'index.html')} does not exist; run \`vite build\` first.`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), `troubleshooter-nginx-${port}-`));
mkdirSync(join(work, 'logs'), { recursive: true });
mkdirSync(join(work, 'tmp'), { recursive: true });
const errorLog = join(work, 'logs', 'error.log');

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
// `user` is only honoured when the master runs as root; otherwise the
// workers already run as this user.
const user = isRoot ? `user ${userInfo().username} ${groupName()};\n` : '';

const server = readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/listen\s+80;/, `listen 127.0.0.1:${port};`)
  .replace(/root\s+[^;]+;/, `root ${dist};`);
writeFileSync(join(work, 'server.conf'), server);
writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
${user}worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  types { application/manifest+json webmanifest; }
  access_log off;
  client_body_temp_path ${join(work, 'tmp')};
  proxy_temp_path ${join(work, 'tmp')};
  fastcgi_temp_path ${join(work, 'tmp')};
  uwsgi_temp_path ${join(work, 'tmp')};
  scgi_temp_path ${join(work, 'tmp')};
  include ${join(work, 'server.conf')};
}
`,
);

function groupName() {
  // The primary group of the current user, by name, from /etc/group.
  const gid = String(process.getgid?.() ?? 0);
  try {
    for (const line of readFileSync('/etc/group', 'utf8').split('\n')) {
      const [name, , id] = line.split(':');
      if (id === gid && name) return name;
    }
  } catch {
    // fall through
  }
  return userInfo().username;
}

function errorLogText() {
  try {
    return readFileSync(errorLog, 'utf8').trim();
  } catch {
    return '(nginx wrote no error log)';
  }
}

let stopping = false;
let failed = false;
const child = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: ['ignore', 'inherit', 'inherit'] });
const cleanUp = () => rmSync(work, { recursive: true, force: true });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true;
    child.kill('SIGQUIT');
  });
}
child.on('error', (error) => {
  console.error(`nginx.mjs: could not start nginx: ${error.message}`);
  cleanUp();
  process.exit(1);
});
child.on('exit', (code) => {
  if (!stopping) console.error(`nginx.mjs: nginx exited (code ${String(code)}):\n${errorLogText()}`);
  cleanUp();
  process.exit(failed ? 1 : stopping ? 0 : (code ?? 1) || 1);
});

function fail() {
  failed = true;
  stopping = true;
  child.kill('SIGQUIT');
}

// The self-check: the first answer for index.html must be a 200.
async function selfCheck() {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline && !stopping) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/index.html`);
      if (response.status === 200) return;
      console.error(`nginx.mjs: nginx answered ${String(response.status)} for /index.html of ${dist}:\n${errorLogText()}`);
      fail();
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  if (!stopping) {
    console.error(`nginx.mjs: nginx did not answer on port ${port}:\n${errorLogText()}`);
    fail();
  }
}
void selfCheck();
