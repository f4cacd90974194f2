import { TestBed } from '@angular/core/testing';
import { LockScreen } from './lock-screen';
import { PortalLock, type UnlockResult } from './portal-lock';

describe('LockScreen', () => {
  async function render(result: UnlockResult) {
    const unlock = jest.fn().mockResolvedValue(result);
    TestBed.configureTestingModule({ providers: [{ provide: PortalLock, useValue: { unlock } }] });
    const fixture = TestBed.createComponent(LockScreen);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const enter = async (pin: string) => {
      (el.querySelector('input') as HTMLInputElement).value = pin;
      (el.querySelector('button[type="submit"]') as HTMLButtonElement).click();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { el, unlock, enter };
  }

  it('has one labelled PIN field with a numeric keypad', async () => {
    const { el } = await render({ ok: true });
    const input = el.querySelector('input') as HTMLInputElement;
    expect(el.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('PIN');
    expect([input.type, input.inputMode]).toEqual(['password', 'numeric']);
  });

  it('checks the form of the PIN before asking the server', async () => {
    const { el, unlock, enter } = await render({ ok: true });
    await enter('12');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('4 to 8 digits');
    expect(unlock).not.toHaveBeenCalled();
  });

  it('says how many tries are left after a wrong PIN', async () => {
    const { el, unlock, enter } = await render({ ok: false, remaining: 1 });
    await enter('0000');
    expect(unlock).toHaveBeenCalledWith('0000');
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('1 try left before this page closes');
    expect(el.querySelector('input')?.getAttribute('aria-invalid')).toBe('true');
    expect((el.querySelector('input') as HTMLInputElement).value).toBe(''); // cleared for the next try
  });
});
