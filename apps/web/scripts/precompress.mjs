// Writes a Brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside every text asset of the built web app,
// so the API serves them precompressed (@fastify/static `preCompressed`, apps/api/src/web-host/serve-web-app.ts)
// without compressing anything per request. Fonts (woff2 is compressed already) and images are left alone, and so
// are files too small to gain from it. A copy is kept only when it is smaller than the file.
//
// Usage: node apps/web/scripts/precompress.mjs <dir>     (Nx: the last step of `nx build web`)
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.js', '.mjs', '.css', '.html', '.json', '.txt', '.svg', '.ico', '.map', '.webmanifest', '.xml']);
const MIN_BYTES = 1024;

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** Compresses the text assets under `dir`; answers what it wrote (bytes before and after, per encoding). */
export function precompress(dir) {
  const totals = { files: 0, raw: 0, br: 0, gz: 0 };
  for (const path of files(dir)) {
    if (!TEXT.has(extname(path)) || statSync(path).size < MIN_BYTES) continue;
    const content = readFileSync(path);
    const br = brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    });
    const gz = gzipSync(content, { level: 9 });
    if (br.length < content.length) writeFileSync(`${path}.br`, br);
    if (gz.length < content.length) writeFileSync(`${path}.gz`, gz);
    totals.files += 1;
    totals.raw += content.length;
    totals.br += Math.min(br.length, content.length);
    totals.gz += Math.min(gz.length, content.length);
  }
  return totals;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node apps/web/scripts/precompress.mjs <dir>');
    process.exit(2);
  }
  const t = precompress(dir);
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(`precompressed ${t.files} files in ${relative(process.cwd(), dir) || '.'}: ${kb(t.raw)} → br ${kb(t.br)}, gzip ${kb(t.gz)}`);
}
