import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The library runs in the browser as well as in the API: its code (specs aside) may import only
 * its own files, and the test support fast-check. No Angular, Nest or Node module, no Node global.
 */
const SOURCE_ROOT = __dirname;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      return sourceFiles(path);
    }
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts')
      ? [path]
      : [];
  });
}

const IMPORT =
  /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)['"]([^'"]+)['"]/g;
const NODE_GLOBAL =
  /\b(?:process|Buffer|__dirname|__filename|require|global)\b(?=\s*[.([])/;

const files = sourceFiles(SOURCE_ROOT).map((path) => ({
  name: relative(SOURCE_ROOT, path),
  text: readFileSync(path, 'utf8'),
}));

describe('browser-safe library code', () => {
  it('finds the library sources', () => {
    expect(files.map((file) => file.name)).toEqual(
      expect.arrayContaining([
        'index.ts',
        'lib/validate-answers.ts',
        'testing/answers.arbitrary.ts',
      ]),
    );
  });

  it.each(files.map((file) => [file.name, file.text] as const))(
    '%s imports only its own files',
    (name, text) => {
      const allowed = (specifier: string) =>
        specifier.startsWith('./') ||
        specifier.startsWith('../') ||
        (specifier === 'fast-check' && name.startsWith('testing'));
      const specifiers = [...text.matchAll(IMPORT)].map((match) => match[1]);
      expect(specifiers.filter((specifier) => !allowed(specifier))).toEqual([]);
      expect(text).not.toMatch(NODE_GLOBAL);
    },
  );

  it('keeps test support out of the main entry', () => {
    const index = files.find((file) => file.name === 'index.ts')?.text ?? '';
    expect(index).not.toMatch(/testing/);
  });
});
