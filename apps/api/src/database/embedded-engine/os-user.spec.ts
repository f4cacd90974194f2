import { isReachableBy } from './os-user';

const postgres = { uid: 101, gid: 104 };

function tree(modes: Record<string, { mode: number; uid?: number; gid?: number }>) {
  return (path: string) => {
    const entry = modes[path];
    if (!entry) throw new Error(`unexpected stat of ${path}`);
    return { mode: entry.mode, uid: entry.uid ?? 0, gid: entry.gid ?? 0 };
  };
}

describe('isReachableBy', () => {
  it('is false below a folder only root can enter (mode 0700)', () => {
    const statOf = tree({ '/': { mode: 0o755 }, '/root': { mode: 0o700 }, '/root/app': { mode: 0o755 } });
    expect(isReachableBy('/root/app/.data', postgres, statOf)).toBe(false);
  });

  it('is true when every ancestor lets others search it', () => {
    const statOf = tree({ '/': { mode: 0o755 }, '/srv': { mode: 0o755 }, '/srv/app': { mode: 0o711 } });
    expect(isReachableBy('/srv/app/.data', postgres, statOf)).toBe(true);
  });

  it('uses the owner and group bits for the folder owner and its group', () => {
    const statOf = tree({
      '/': { mode: 0o755 },
      '/home': { mode: 0o750, gid: 104 },
      '/home/pg': { mode: 0o700, uid: 101 },
    });
    expect(isReachableBy('/home/pg/data', postgres, statOf)).toBe(true);
    expect(isReachableBy('/home/pg/data', { uid: 102, gid: 104 }, statOf)).toBe(false);
  });

  it('is always true for root', () => {
    const statOf = tree({ '/': { mode: 0o755 }, '/root': { mode: 0o700 } });
    expect(isReachableBy('/root/x', { uid: 0, gid: 0 }, statOf)).toBe(true);
  });
});
