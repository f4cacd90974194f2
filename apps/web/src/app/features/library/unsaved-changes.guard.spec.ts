import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { firstValueFrom, isObservable, type Observable, of } from 'rxjs';
import { LEAVE_UNSAVED, unsavedChangesGuard } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  const open = jest.fn();
  beforeEach(() => {
    open.mockReset();
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
  });

  function leave(dirty: boolean) {
    const page = { hasUnsavedChanges: () => dirty };
    return TestBed.runInInjectionContext(() => unsavedChangesGuard(page, {} as ActivatedRouteSnapshot, {} as RouterStateSnapshot, {} as RouterStateSnapshot));
  }

  it('lets a page without changes go at once', () => {
    expect(leave(false)).toBe(true);
    expect(open).not.toHaveBeenCalled();
  });

  it.each([
    [true, true],
    [false, false],
    [undefined, false],
  ])('asks before losing changes (closed with %p → leaves: %p)', async (closedWith, leaves) => {
    open.mockReturnValue({ afterClosed: () => of(closedWith) });
    const result = leave(true);
    expect(isObservable(result)).toBe(true);
    expect(await firstValueFrom(result as Observable<boolean>)).toBe(leaves);
    expect(open).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ data: LEAVE_UNSAVED, role: 'alertdialog' }));
  });
});
