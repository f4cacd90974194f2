import type { Answers } from '@trp/exercises';
import { Autosave, AutosaveDeps, AUTOSAVE_DELAY_MS, RETRY_BASE_MS } from './autosave';
import type { PortalFailure } from './portal-errors';

function setup(start: { answers?: Answers; version?: number; dirty?: boolean } = {}) {
  let online = true;
  const saves: { answers: Answers; version: number; resolve: (v: { version: number }) => void; reject: (f: PortalFailure) => void }[] = [];
  const local: { answers: Answers | null; baseVersion: number } = { answers: null, baseVersion: 0 };
  const deps: AutosaveDeps = {
    save: (answers, version) => new Promise((resolve, reject) => saves.push({ answers, version, resolve, reject })),
    saveOnExit: jest.fn(),
    keepLocal: (answers, baseVersion) => Object.assign(local, { answers, baseVersion }),
    forgetLocal: () => Object.assign(local, { answers: null }),
    onConflict: jest.fn(),
    onStale: jest.fn(),
    isOnline: () => online,
  };
  const autosave = new Autosave(deps, { answers: start.answers ?? {}, version: start.version ?? 0, dirty: start.dirty });
  return { autosave, deps, saves, local, setOnline: (value: boolean) => (online = value) };
}

/** Lets awaited promises settle under fake timers. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('Autosave', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('saves a moment after typing stops, once, with the last version; keeps a local copy until confirmed', async () => {
    const { autosave, saves, local } = setup({ version: 3 });
    autosave.change({ a: 'h' });
    jest.advanceTimersByTime(500);
    autosave.change({ a: 'he' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(saves).toHaveLength(0);
    expect(local).toEqual({ answers: { a: 'he' }, baseVersion: 3 });
    expect(autosave.status()).toBe('pending');
    jest.advanceTimersByTime(1);
    expect(saves.map((s) => [s.answers, s.version])).toEqual([[{ a: 'he' }, 3]]);
    expect(autosave.status()).toBe('saving');
    saves[0]?.resolve({ version: 4 });
    await settle();
    expect(autosave.status()).toBe('saved');
    expect(local.answers).toBeNull();
    autosave.change({ a: 'hey' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saves[1]?.version).toBe(4);
  });

  it('sends one request at a time: changes made while saving are saved next, on the new version', async () => {
    const { autosave, saves, local } = setup();
    autosave.change({ a: '1' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    autosave.change({ a: '12' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(1);
    saves[0]?.resolve({ version: 1 });
    await settle();
    expect(local).toEqual({ answers: { a: '12' }, baseVersion: 1 });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saves.map((s) => [s.answers, s.version])).toEqual([
      [{ a: '1' }, 0],
      [{ a: '12' }, 1],
    ]);
  });

  it('offline: says so, keeps the copy, retries with backoff, and at once when the browser is back online', async () => {
    const { autosave, saves, local, setOnline } = setup({ version: 2 });
    autosave.change({ a: 'x' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saves[0]?.reject({ kind: 'offline' });
    await settle();
    expect(autosave.status()).toBe('offline');
    expect(local.answers).toEqual({ a: 'x' });
    jest.advanceTimersByTime(RETRY_BASE_MS);
    expect(saves).toHaveLength(2);
    saves[1]?.reject({ kind: 'offline' });
    await settle();
    jest.advanceTimersByTime(RETRY_BASE_MS); // backoff: now 4 s
    expect(saves).toHaveLength(2);
    setOnline(false);
    autosave.change({ a: 'xy' }); // typing offline: kept locally, no request
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(2);
    expect(local.answers).toEqual({ a: 'xy' });
    setOnline(true);
    autosave.online();
    expect(saves).toHaveLength(3);
    expect(saves[2]?.answers).toEqual({ a: 'xy' });
    saves[2]?.resolve({ version: 3 });
    await settle();
    expect(autosave.status()).toBe('saved');
    expect(local.answers).toBeNull();
  });

  it('a conflict stops saving and asks; the choice continues from the server version', async () => {
    const { autosave, deps, saves } = setup({ version: 1 });
    autosave.change({ a: 'mine' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saves[0]?.reject({ kind: 'conflict', current: { version: 5, answers: { a: 'theirs' } } });
    await settle();
    expect(autosave.status()).toBe('conflict');
    expect(deps.onConflict).toHaveBeenCalledWith({ version: 5, answers: { a: 'theirs' } });
    autosave.change({ a: 'mine2' });
    jest.advanceTimersByTime(10 * AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(1); // never overwrites while the partner decides
    autosave.resolve({ a: 'mine2' }, 5, true);
    jest.advanceTimersByTime(0);
    expect(saves[1]).toMatchObject({ answers: { a: 'mine2' }, version: 5 });
  });

  it('a "conflict" with exactly the answers being saved is not one (e.g. the keepalive save got there first)', async () => {
    const { autosave, deps, saves } = setup({ version: 1 });
    autosave.change({ a: 'same' });
    jest.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    saves[0]?.reject({ kind: 'conflict', current: { version: 2, answers: { a: 'same' } } });
    await settle();
    expect(autosave.status()).toBe('saved');
    expect(autosave.currentVersion).toBe(2);
    expect(deps.onConflict).not.toHaveBeenCalled();
  });

  it('restored local changes are saved right away; leaving hands the rest to a keepalive save', async () => {
    const { autosave, deps, saves } = setup({ answers: { a: 'restored' }, version: 2, dirty: true });
    jest.advanceTimersByTime(0);
    expect(saves[0]).toMatchObject({ answers: { a: 'restored' }, version: 2 });
    saves[0]?.resolve({ version: 3 });
    await settle();
    autosave.change({ a: 'last words' });
    autosave.flushOnExit();
    expect(deps.saveOnExit).toHaveBeenCalledWith({ a: 'last words' }, 3);
  });

  it('pauses while submitting and stops after', async () => {
    const { autosave, saves } = setup();
    autosave.change({ a: 'x' });
    autosave.pause();
    jest.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(0);
    autosave.resume();
    jest.advanceTimersByTime(0);
    expect(saves).toHaveLength(1);
    autosave.stop();
    autosave.change({ a: 'y' });
    jest.advanceTimersByTime(5 * AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(1);
  });
});
