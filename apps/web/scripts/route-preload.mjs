// Writes browser/portal.html: index.html plus a <link rel="modulepreload"> for the partner portal's route chunk
// and every chunk it imports. The API answers portal.html for /i/… and /portal/… (apps/api/src/web-host), so a
// phone on a slow connection fetches the portal's code alongside main.js instead of only once main.js has run
// and asked for it (one round trip less before the first paint). Staff pages keep the plain index.html.
//
// Reads the bundler's metafile (stats.json, written by the production build: `statsJson`).
// Usage: node apps/web/scripts/route-preload.mjs <dist-dir>     (Nx: part of `nx build web`)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PORTAL_ROUTES = 'apps/web/src/app/features/portal/portal.routes.ts';

/** The chunk built from `entryPoint` and the chunks it imports statically, minus those index.html already loads. */
export function chunksOf(meta, entryPoint, alreadyLoaded) {
  const outputs = meta.outputs ?? {};
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === entryPoint);
  if (!entry) throw new Error(`no chunk was built from ${entryPoint}`);
  const found = [];
  const visit = (file) => {
    if (found.includes(file) || alreadyLoaded.has(file) || !file.endsWith('.js')) return;
    found.push(file);
    for (const record of outputs[file]?.imports ?? []) if (record.kind === 'import-statement') visit(record.path);
  };
  visit(entry);
  return found;
}

/** index.html with a modulepreload link per chunk, before `</head>`. */
export function withPreloads(html, chunks) {
  if (!html.includes('</head>')) throw new Error('index.html has no </head>');
  const links = chunks.map((chunk) => `<link rel="modulepreload" href="/${chunk}">`).join('');
  return html.replace('</head>', `${links}</head>`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2];
  if (!dist) {
    console.error('usage: node apps/web/scripts/route-preload.mjs <dist-dir>');
    process.exit(2);
  }
  const meta = JSON.parse(readFileSync(join(dist, 'stats.json'), 'utf8'));
  const html = readFileSync(join(dist, 'browser', 'index.html'), 'utf8');
  const loaded = new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]));
  const chunks = chunksOf(meta, PORTAL_ROUTES, loaded);
  writeFileSync(join(dist, 'browser', 'portal.html'), withPreloads(html, chunks));
  console.log(`portal.html: modulepreload ${chunks.join(', ')}`);
}
