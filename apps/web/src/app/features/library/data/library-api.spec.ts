import { toLibraryExercise, toLibraryList } from './library-api';

describe('reading the library API', () => {
  const raw = { key: 'custom-abc', version: 3, title: 'T', summary: 'S', sections: [], source: 'practice', author: { id: 'u1', displayName: 'Robin' }, archived: false };

  it('reads the list from `items`, or a bare array', () => {
    expect(toLibraryList({ items: [raw] })).toEqual([{ ...raw, author: { id: 'u1', displayName: 'Robin' } }]);
    expect(toLibraryList([raw])).toHaveLength(1);
    expect(toLibraryList({})).toEqual([]);
  });

  it('reads an author given by name only, and an archive date as archived', () => {
    expect(toLibraryExercise({ ...raw, author: 'Robin', archived: undefined, archivedAt: '2026-12-01T00:00:00Z' })).toMatchObject({
      author: { id: null, displayName: 'Robin' },
      archived: true,
    });
  });

  it('keeps the API’s own say on who may edit', () => {
    expect(toLibraryExercise({ ...raw, canEdit: false }).canEdit).toBe(false);
    expect('canEdit' in toLibraryExercise(raw)).toBe(false);
  });
});
