import { ICON_NAMES, IconName } from '@trp/web-ui';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The app's icon font holds only the icons in ICON_NAMES (libs/web-ui/src/lib/icon/icon-names.ts; the build cuts the
 * font to them and fails on a name that is not a Material Symbol). An icon missing there would show its name in
 * letters, so every `<mat-icon>` of apps/web and libs/web-ui is checked here: a literal name, or the names a
 * ternary in its interpolation chooses from. Icons chosen in code (`{{ stateIcon() }}`) are typed `IconName`,
 * which the compiler checks, as it checks `icon="…"` inputs typed `IconName`.
 */
const ROOT = join(__dirname, '..', '..', '..', '..', '..', '..');
const SOURCES = [join(ROOT, 'apps', 'web', 'src'), join(ROOT, 'libs', 'web-ui', 'src')];
const KNOWN = new Set<string>(ICON_NAMES);

interface IconUse {
  readonly file: string;
  readonly content: string;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (/\.(html|ts)$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name)) yield path;
  }
}

function iconUses(): IconUse[] {
  const uses: IconUse[] = [];
  for (const file of SOURCES.flatMap((dir) => [...sourceFiles(dir)])) {
    for (const match of readFileSync(file, 'utf8').matchAll(/<mat-icon\b[^>]*>([\s\S]*?)<\/mat-icon>/g)) {
      uses.push({ file: relative(ROOT, file), content: (match[1] ?? '').trim() });
    }
  }
  return uses;
}

/** The names a use shows: the text itself, or the quoted results of a `cond ? 'a' : 'b'` interpolation. */
function namesOf(content: string): string[] {
  if (!content.includes('{{')) return [content];
  return [...content.matchAll(/[?:]\s*'([^']*)'/g)].map((m) => m[1] ?? '');
}

describe('icon names', () => {
  const uses = iconUses();

  it('finds the icons of the app and of the shared components', () => {
    expect(uses.length).toBeGreaterThan(50);
    expect(uses.some((use) => use.file.startsWith('libs/web-ui/'))).toBe(true);
  });

  it('has every icon a template shows in the icon font', () => {
    const missing = uses.flatMap((use) => namesOf(use.content).filter((name) => !KNOWN.has(name)).map((name) => `${use.file}: ${name}`));
    expect(missing).toEqual([]);
  });

  it('reads the choices of a ternary and only them', () => {
    expect(namesOf("{{ theme.mode() === 'dark' ? 'light_mode' : 'dark_mode' }}")).toEqual(['light_mode', 'dark_mode']);
    expect(namesOf('{{ stateIcon() }}')).toEqual([]);
    expect(namesOf('check_circle')).toEqual(['check_circle']);
  });

  it('lists each icon once, in order, as names the font can shape', () => {
    const names: readonly IconName[] = ICON_NAMES;
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual([...names]);
    expect(names.filter((name) => !/^[a-z0-9_]+$/.test(name))).toEqual([]);
  });
});
