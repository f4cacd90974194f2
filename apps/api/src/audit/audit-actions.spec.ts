import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_ACTIONS } from '@trp/contracts';

/** Every non-test TypeScript file of the API. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') &&
      !/\.(spec|integration-spec)\.ts$/.test(entry.name)
      ? [path]
      : [];
  });
}

/**
 * `AuditRecord.action` accepts only `AUDIT_ACTIONS` (the type check is the first gate); this is the second: any
 * string in the API's code that looks like an audit code of a known area (`couple.archived`, `invite_link.used`)
 * must be listed, so the admin's audit log has a label for it (the web app's `audit-labels.spec.ts`).
 */
describe('AUDIT_ACTIONS', () => {
  const areas = new Set(AUDIT_ACTIONS.map((action) => action.split('.')[0]));

  it('lists every audit code the API writes', () => {
    const found = new Set<string>();
    for (const file of sourceFiles(join(__dirname, '..'))) {
      for (const [, code, area] of readFileSync(file, 'utf8').matchAll(
        /'(([a-z]+(?:_[a-z]+)*)\.[a-z]+(?:_[a-z]+)*)'/g,
      )) {
        if (code && area && areas.has(area)) found.add(code);
      }
    }
    expect(found.size).toBeGreaterThan(20);
    expect(
      [...found].filter(
        (code) => !(AUDIT_ACTIONS as readonly string[]).includes(code),
      ),
    ).toEqual([]);
  });

  it('has no duplicates and only `<area>.<verb>` codes', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    for (const action of AUDIT_ACTIONS)
      expect(action).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });
});
