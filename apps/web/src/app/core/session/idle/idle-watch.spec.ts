import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { Subject } from 'rxjs';
import { SessionStore } from '../session.store';
import { aUser } from '../session.testing';
import { IdleWatch } from './idle-watch';
import { idleDeadlines } from './idle-policy';

describe('idle timeout', () => {
  it('warns a minute before the end, which comes a minute early for the server clock resolution', () => {
    expect(idleDeadlines(0, 30)).toEqual({ signOutAt: 29 * 60_000, warnAt: 28 * 60_000 });
  });

  describe('IdleWatch', () => {
    let closed: Subject<'stay' | 'sign-out' | undefined>;
    let open: jest.Mock;
    let session: { user: jest.Mock; signedIn: jest.Mock; refresh: jest.Mock; signOut: jest.Mock };
    let navigate: jest.Mock;
    let watch: IdleWatch;

    beforeEach(() => {
      jest.useFakeTimers();
      closed = new Subject();
      open = jest.fn(() => ({ afterClosed: () => closed, close: () => closed.next(undefined) }));
      const user = aUser();
      let signedIn = true;
      session = {
        user: jest.fn(() => (signedIn ? user : null)),
        signedIn: jest.fn(() => signedIn),
        refresh: jest.fn(() => Promise.resolve(user)),
        signOut: jest.fn(() => {
          signedIn = false;
          return Promise.resolve();
        }),
      };
      navigate = jest.fn().mockResolvedValue(true);
      TestBed.configureTestingModule({
        providers: [
          { provide: SessionStore, useValue: session },
          { provide: MatDialog, useValue: { open } },
          { provide: Router, useValue: { navigate, url: '/admin/audit' } },
        ],
      });
      watch = TestBed.inject(IdleWatch);
      watch.noteRequest();
    });

    afterEach(() => jest.useRealTimers());

    it('opens the warning 28 minutes after the last request (30-minute policy)', async () => {
      await jest.advanceTimersByTimeAsync(28 * 60_000 - 1000);
      expect(open).not.toHaveBeenCalled();
      await jest.advanceTimersByTimeAsync(1000);
      expect(open).toHaveBeenCalledTimes(1);
      expect(open).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ disableClose: true, role: 'alertdialog' }));
    });

    it('a request in between moves the deadline', async () => {
      await jest.advanceTimersByTimeAsync(20 * 60_000);
      watch.noteRequest();
      await jest.advanceTimersByTimeAsync(20 * 60_000);
      expect(open).not.toHaveBeenCalled();
    });

    it('a request while the warning is loading keeps it from showing', async () => {
      jest.advanceTimersByTime(28 * 60_000);
      watch.noteRequest();
      await jest.advanceTimersByTimeAsync(0);
      expect(open).not.toHaveBeenCalled();
    });

    it('"Stay signed in" asks the server again (which refreshes the session)', async () => {
      await jest.advanceTimersByTimeAsync(28 * 60_000);
      expect(open).toHaveBeenCalledTimes(1);
      closed.next('stay');
      expect(session.refresh).toHaveBeenCalled();
      expect(session.signOut).not.toHaveBeenCalled();
    });

    it('without an answer, signs out and goes to sign-in with a way back', async () => {
      await jest.advanceTimersByTimeAsync(29 * 60_000);
      expect(session.signOut).toHaveBeenCalledWith(expect.stringMatching(/signed out after 30 minutes without activity/));
      expect(navigate).toHaveBeenCalledWith(['/sign-in'], { queryParams: { returnUrl: '/admin/audit' } });
    });

    it('keyboard or pointer activity keeps the server session alive, at most once a minute', () => {
      jest.advanceTimersByTime(30_000);
      watch.noteActivity();
      expect(session.refresh).not.toHaveBeenCalled();
      jest.advanceTimersByTime(31_000);
      watch.noteActivity();
      expect(session.refresh).toHaveBeenCalledTimes(1);
    });
  });
});
