// Serves dist/ (or the folder given second) with real nginx and the project's deploy/nginx.conf, on a
// loopback port, in the foreground (Playwright's webServer starts and stops
// it). Only `listen` and `root` are changed from the shipped file.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const port = process.argv[2] ?? '4174';
const dist = resolve(process.argv[3] ?? 'dist');
const work = join(tmpdir(), `troubleshooter-nginx-${port}`);
mkdirSync(join(work, 'logs'), { recursive: true });
mkdirSync(join(work, 'tmp'), { recursive: true });

const server = readFileSync('deploy/nginx.conf', 'utf8')
  .replace(/listen\s+80;/, `listen 127.0.0.1:${port};`)
  .replace(/root\s+[^;]+;/, `root ${dist};`);
writeFileSync(join(work, 'server.conf'), server);
writeFileSync(
  join(work, 'nginx.conf'),
  `daemon off;
worker_processes 1;
pid ${join(work, 'nginx.pid')};
error_log ${join(work, 'logs', 'error.log')} warn;
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
const child = spawn('nginx', ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
