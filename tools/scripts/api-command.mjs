// Runs a command of the API bundle (create-admin, migrate…), building it first when needed:
//   node tools/scripts/api-command.mjs create-admin --practice "Name" --email a@b.c --password …
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build, ROOT } from './build.mjs';

build(['api']);
const child = spawn(process.execPath, [join(ROOT, 'dist', 'apps', 'api', 'main.js'), ...process.argv.slice(2)], {
  cwd: ROOT,
  env: { NODE_ENV: 'production', ...process.env },
  stdio: 'inherit',
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
