import { Component, Injector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { openLazyDialog } from './lazy-dialog';

@Component({ selector: 'app-test-dialog', template: '<p i18n="@@core.test.dialog">Hello</p>' })
class TestDialog {}

async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

describe('openLazyDialog', () => {
  it('loads the component, opens it with the config and emits what it closed with', async () => {
    const load = jest.fn(() => Promise.resolve(TestDialog));
    const open = jest.spyOn(TestBed.inject(MatDialog), 'open');

    const closed = firstValueFrom(openLazyDialog<TestDialog, { name: string }, string>(TestBed.inject(Injector), load, { data: { name: 'Sam' }, width: '640px' }));
    expect(load).toHaveBeenCalledTimes(1);
    await settle();

    expect(open).toHaveBeenCalledWith(TestDialog, { data: { name: 'Sam' }, width: '640px' });
    const ref = open.mock.results[0]?.value as MatDialogRef<TestDialog, string>;
    ref.close('saved');
    await expect(closed).resolves.toBe('saved');
  });
});
