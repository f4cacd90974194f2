import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { MatDialog } from '@angular/material/dialog';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { confirm } from './confirm-dialog';

@Component({ template: '' })
class Host {
  readonly dialog = inject(MatDialog);
}

describe('confirm dialog', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [{ provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } }] });
  });

  async function open(choice: 'Deactivate Sam' | 'Cancel'): Promise<{ answer: boolean | undefined; dialog: MatDialogHarness }> {
    const fixture = TestBed.createComponent(Host);
    const loader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    let answer: boolean | undefined;
    confirm(fixture.componentInstance.dialog, {
      title: 'Deactivate Sam?',
      message: ['Sam is signed out everywhere at once.', 'You can reactivate them later.'],
      confirmLabel: 'Deactivate Sam',
      destructive: true,
    }).subscribe((value) => (answer = value));
    const dialog = await loader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Deactivate Sam?');
    expect(await dialog.getContentText()).toContain('Sam is signed out everywhere at once.');
    expect(await dialog.getRole()).toBe('alertdialog');
    await (await dialog.getHarness(MatButtonHarness.with({ text: choice }))).click();
    await fixture.whenStable();
    return { answer, dialog };
  }

  it('answers true when confirmed', async () => {
    expect((await open('Deactivate Sam')).answer).toBe(true);
  });

  it('answers false when cancelled', async () => {
    expect((await open('Cancel')).answer).toBe(false);
  });
});
