import { DOCUMENT } from '@angular/common';
import { ApplicationInitStatus } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { PortalSessionStore } from './data/portal-session.store';
import { portalConfig } from './portal.config';

describe('portalConfig', () => {
  async function start(pathname: string): Promise<jest.Mock> {
    const load = jest.fn(() => Promise.resolve());
    TestBed.configureTestingModule({
      providers: [
        ...portalConfig.providers,
        provideHttpClientTesting(),
        { provide: PortalSessionStore, useValue: { load } },
        { provide: DOCUMENT, useValue: { ...document, location: { pathname } } },
      ],
    });
    await TestBed.inject(ApplicationInitStatus).donePromise;
    return load;
  }

  it('asks who the partner is at start-up on /portal pages', async () => {
    expect(await start('/portal')).toHaveBeenCalledTimes(1);
  });

  it('does not on /i/… (the link page exchanges the token first)', async () => {
    expect(await start('/i/some-token')).not.toHaveBeenCalled();
  });
});
