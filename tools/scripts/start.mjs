// `npm start`: build the API and the web app (cached), then serve both from one process.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build, ROOT } from './build.mjs';

build(['api', 'web'], { quiet: false });
const server = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'main.js'), 'serve'], {
  cwd: ROOT,
  env: { NODE_ENV: 'production', ...process.env },
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
