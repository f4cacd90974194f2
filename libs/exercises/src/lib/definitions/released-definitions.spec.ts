import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { RELEASED_DEFINITIONS } from '../registry';

/**
 * Released definitions are immutable: answers already given were validated against them and are
 * shown with them. This spec compares each released definition with its recorded copy in
 * `released-definitions.fixture.json`.
 *
 * To release a new version, record it (existing entries are never rewritten):
 *   UPDATE_RELEASED_DEFINITIONS=1 npx jest -c libs/exercises/jest.config.cts released-definitions
 */
const FIXTURE = join(__dirname, 'released-definitions.fixture.json');
const RECORD = process.env['UPDATE_RELEASED_DEFINITIONS'] === '1';

type Recorded = Record<string, unknown>;

const current: Recorded = Object.fromEntries(
  RELEASED_DEFINITIONS.map((definition) => [
    `${definition.key}@${definition.version}`,
    JSON.parse(JSON.stringify(definition)) as unknown,
  ]),
);
const recorded: Recorded = existsSync(FIXTURE)
  ? (JSON.parse(readFileSync(FIXTURE, 'utf8')) as Recorded)
  : {};

function changedMessage(id: string): string {
  const [key, version] = id.split('@');
  return [
    `The released exercise definition ${id} has changed.`,
    'Released versions are immutable: answers already given were validated against them and are shown with them.',
    `Undo the change and add a new version instead: copy ${key}.v${version}.ts to ${key}.v${Number(version) + 1}.ts,`,
    'change the copy, add it to RELEASED_DEFINITIONS in registry.ts, then record it with',
    '  UPDATE_RELEASED_DEFINITIONS=1 npx jest -c libs/exercises/jest.config.cts released-definitions',
  ].join('\n');
}

describe('released exercise definitions', () => {
  const recordedIds = Object.keys(recorded);
  (recordedIds.length > 0 ? it.each(recordedIds) : it.skip.each(['(none)']))(
    '%s is still released, unchanged',
    (id) => {
      if (!(id in current)) {
        throw new Error(
          `The released exercise definition ${id} is gone. Released versions are kept forever: restore it in registry.ts.`,
        );
      }
      try {
        expect(current[id]).toStrictEqual(recorded[id]);
      } catch (difference) {
        throw new Error(
          `${changedMessage(id)}\n\n${(difference as Error).message}`,
        );
      }
    },
  );

  it('are all recorded in the fixture', () => {
    const unrecorded = Object.keys(current).filter((id) => !(id in recorded));
    if (unrecorded.length > 0 && RECORD) {
      const next = { ...recorded };
      for (const id of unrecorded) {
        next[id] = current[id];
      }
      writeFileSync(FIXTURE, `${JSON.stringify(next, null, 2)}\n`);
      return;
    }
    if (unrecorded.length > 0) {
      throw new Error(
        `Not recorded yet: ${unrecorded.join(', ')}. Once a version is final, record it with\n` +
          '  UPDATE_RELEASED_DEFINITIONS=1 npx jest -c libs/exercises/jest.config.cts released-definitions\n' +
          'and commit the fixture: from then on that version can never change.',
      );
    }
    expect(Object.keys(current).sort()).toEqual(Object.keys(recorded).sort());
  });
});
