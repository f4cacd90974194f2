// `npm run sbom`: the dependency list with versions as CycloneDX (npm's own `npm sbom`), for checking against
// advisory databases on a machine that can reach them (`npm audit` cannot from where this is built).
// Writes docs/sbom/runtime.cdx.json: what the product ships (the dependencies, not the dev tools, whose tree —
// lighthouse's above all — npm sbom refuses as invalid).
// Timestamps and serial numbers are dropped so the files change only when a dependency does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const outDir = join(ROOT, 'docs', 'sbom');
mkdirSync(outDir, { recursive: true });
for (const [name, extra] of [['runtime', ['--omit', 'dev']]]) {
  const text = execFileSync(npm, ['sbom', '--sbom-format', 'cyclonedx', ...extra], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const bom = JSON.parse(text);
  delete bom.serialNumber;
  if (bom.metadata) delete bom.metadata.timestamp;
  writeFileSync(join(outDir, `${name}.cdx.json`), `${JSON.stringify(bom, null, 2)}\n`);
  console.log(`docs/sbom/${name}.cdx.json: ${bom.components?.length ?? 0} components`);
}
