// Finishes each translated copy of the app's pages (index.html, portal.html), which Angular's i18n leaves as
// written: their few words (description, the no-JavaScript notice) in the copy's language, and their own URLs.
//
// URLs: Angular's i18n build writes one copy per locale
// (dist/apps/web/browser/en, …/es) whose hashed files have the same names in every copy but different text; the
// pages all live at the same paths (/couples, /portal, /i/…), so the API answers each reader the page of their
// locale. This rewrites the page's own references (`src="/main-….js"`, stylesheet, module preloads, favicon) to
// `/<locale>/…`, so a Spanish page loads Spanish scripts and the browser's cache never mixes the two; lazy chunks
// and fonts follow, being imported relative to the file that asks for them. `<base href="/">` is left alone; running it twice changes nothing.
//
// Usage: node apps/web/scripts/localize-pages.mjs <dir>     (Nx: part of `nx build web`, before precompress)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The words of index.html in each translated language (English is the file as written). */
const PAGE_WORDS = {
  es: {
    'Between-session exercises for couples rebuilding trust, with their counselor.':
      'Ejercicios entre sesiones para parejas que reconstruyen la confianza, junto a su terapeuta.',
    'Trust Repair Practice needs JavaScript to run.': 'Trust Repair Practice necesita JavaScript para funcionar.',
  },
};

/** The page's own words in `locale` (those PAGE_WORDS knows). */
export function translatePageWords(html, locale) {
  return Object.entries(PAGE_WORDS[locale] ?? {}).reduce((page, [english, translated]) => page.split(english).join(translated), html);
}

/** The page with every root-relative src/href (but the base href) moved under `/<locale>/`. */
export function localizePageUrls(html, locale) {
  return html.replace(/<(?!base\b)([a-z]+)\b([^>]*)>/gi, (tag, name, attributes) =>
    `<${name}${attributes.replace(new RegExp(`\\b(src|href)="/(?!/|${locale}/)`, 'g'), `$1="/${locale}/`)}>`,
  );
}

/** Rewrites the pages (*.html) of every locale folder under `dir`; answers the locales it found. */
export function localizeBuild(dir) {
  const locales = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'index.html')))
    .map((entry) => entry.name);
  for (const locale of locales) {
    for (const page of readdirSync(join(dir, locale)).filter((name) => name.endsWith('.html'))) {
      const path = join(dir, locale, page);
      writeFileSync(path, translatePageWords(localizePageUrls(readFileSync(path, 'utf8'), locale), locale));
    }
  }
  return locales;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node apps/web/scripts/localize-pages.mjs <dir>');
    process.exit(2);
  }
  console.log(`localized pages: ${localizeBuild(resolve(dir)).join(', ') || 'no locale folders (an untranslated build)'}`);
}
