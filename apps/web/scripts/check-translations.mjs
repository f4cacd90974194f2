// Fails when the web app's messages and their translations disagree: a message without its own id (`i18n="@@…"`,
// `$localize`:@@…:…``), a message no locale file translates, a translation of a message that is gone, an id
// translated twice, or a translation whose placeholders ({$INTERPOLATION}, {$START_TAG_STRONG}, ICU cases…)
// differ from the message's. Reads what `nx run web:extract-i18n` wrote (dist/i18n/messages.json) and every
// apps/web/src/locale/<locale>.<area>.json. See docs/translating.md.
//
// Usage: node apps/web/scripts/check-translations.mjs [messages.json] [locale dir]
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
const messagesFile = resolve(process.argv[2] ?? join(ROOT, 'dist/i18n/messages.json'));
const localeDir = resolve(process.argv[3] ?? join(ROOT, 'apps/web/src/locale'));

/** Our ids: dotted lowercase words (`portal.home.greeting`); Angular's own ids are long numbers. */
const CUSTOM_ID = /^[a-z][a-z0-9-]*(\.[a-zA-Z0-9-]+)+$/;
/** What a translation must keep from its message: placeholders and the ICU keywords and case selectors. */
const placeholders = (text) =>
  [...text.matchAll(/\{\$[A-Z0-9_]+\}|\{VAR_[A-Z]+(?:_\d+)?|\b(?:plural|select)\b|(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{/g)]
    .map((m) => m[0].replace(/\s+/g, ''))
    .sort();

const source = JSON.parse(readFileSync(messagesFile, 'utf8')).translations;
const problems = [];
for (const id of Object.keys(source)) if (!CUSTOM_ID.test(id)) problems.push(`message without its own id (${id}): "${source[id]}"`);

const byLocale = new Map();
for (const file of readdirSync(localeDir).filter((name) => /^[a-z]{2}(?:-[A-Z]{2})?\.[a-z-]+\.json$/.test(name)).sort()) {
  const { locale, translations } = JSON.parse(readFileSync(join(localeDir, file), 'utf8'));
  if (!file.startsWith(`${locale}.`)) problems.push(`${file}: says locale "${locale}"`);
  const merged = byLocale.get(locale) ?? new Map();
  for (const [id, text] of Object.entries(translations)) {
    if (merged.has(id)) problems.push(`${file}: ${id} is also translated in ${merged.get(id).file}`);
    merged.set(id, { text, file });
  }
  byLocale.set(locale, merged);
}

for (const [locale, translations] of byLocale) {
  for (const [id, message] of Object.entries(source)) {
    const translation = translations.get(id);
    if (!translation) {
      problems.push(`${locale}: no translation of ${id}: "${message}"`);
      continue;
    }
    if (placeholders(message).join() !== placeholders(translation.text).join()) {
      problems.push(`${translation.file}: ${id} has placeholders ${placeholders(translation.text).join(' ') || 'none'}, the message ${placeholders(message).join(' ') || 'none'}`);
    }
    if (!translation.text.trim()) problems.push(`${translation.file}: ${id} is empty`);
  }
  for (const [id, { file }] of translations) if (!(id in source)) problems.push(`${file}: ${id} translates no message (gone or renamed?)`);
}

if (problems.length) {
  console.error(`Translations: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Translations: ${Object.keys(source).length} messages, translated in ${[...byLocale.keys()].join(', ')}.`);
