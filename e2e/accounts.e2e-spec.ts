import { spawnSync } from 'node:child_process';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, DESKTOP, hasHorizontalScroll, launchBrowser, newPage, PHONE, screenshot } from './support/browser';
import { API_MAIN, ROOT } from './support/server';

const ADMIN = { email: 'alex.admin@example.com', password: 'quiet harbour lantern 42', name: 'Alex Admin' };
const COUNSELOR = { email: 'casey.counselor@example.com', password: 'morning tide over stones', name: 'Casey Counselor' };

/** Screenshots at both sizes (phone first), with no sideways scrolling and no axe violations at either. */
async function checkPage(page: Page, name: string): Promise<void> {
  for (const viewport of [PHONE, DESKTOP]) {
    await page.setViewportSize(viewport);
    await page.waitForTimeout(150);
    expect({ name, width: viewport.width, horizontalScroll: await hasHorizontalScroll(page) }).toEqual({
      name,
      width: viewport.width,
      horizontalScroll: false,
    });
    await screenshot(page, name);
    expect(await accessibilityViolations(page)).toEqual([]);
  }
}

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('accounts: an admin invites a counselor, who joins, and is deactivated', () => {
  let browser: Browser;
  let admin: { context: BrowserContext; page: Page };
  let counselor: { context: BrowserContext; page: Page };
  let inviteUrl = '';

  beforeAll(async () => {
    const created = spawnSync(
      process.execPath,
      [API_MAIN, 'create-admin', '--practice', 'Riverside Counseling', '--email', ADMIN.email, '--name', ADMIN.name, '--password', ADMIN.password],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, LOG_LEVEL: 'warn' }, encoding: 'utf8', timeout: 60_000 },
    );
    if (created.status !== 0) throw new Error(`create-admin failed (${created.status}): ${created.stderr}${created.stdout}`);
    browser = await launchBrowser();
    admin = await newPage(browser, DESKTOP);
    counselor = await newPage(browser, PHONE);
  });

  afterAll(async () => {
    await admin?.context.close();
    await counselor?.context.close();
    await browser?.close();
  });

  it('sends a visitor of an admin page to sign-in, and back there after signing in', async () => {
    const { page } = admin;
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/admin/users');
    await expect(page.title()).resolves.toBe('Sign in · Trust Repair Practice');
    expect(await page.getByRole('navigation', { name: 'Main' }).count()).toBe(0);
    await checkPage(page, 'sign-in');

    await signIn(page, ADMIN.email, 'not the password at all');
    await page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' }).waitFor();
    await screenshot(page, 'sign-in-error');

    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/users');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link').allTextContents()).resolves.toEqual(['Accounts', 'Practice settings', 'Audit log', 'Mail']);
    await page.getByRole('row').filter({ hasText: `${ADMIN.name} (you)` }).waitFor();
  });

  it('invites a counselor and shows the link to pass on', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'Invite a person' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Invite a person' }).waitFor();
    await dialog.getByLabel('Email').fill(COUNSELOR.email);
    expect(await dialog.getByRole('checkbox', { name: 'Counselor' }).isChecked()).toBe(true);
    await checkPage(page, 'invite-dialog');
    await dialog.getByRole('button', { name: 'Create invitation' }).click();
    await dialog.getByRole('heading', { name: 'Invitation ready' }).waitFor();
    inviteUrl = await dialog.getByLabel('Invitation link').inputValue();
    expect(inviteUrl).toMatch(/\/invitations\/[\w-]{20,}$/);
    await checkPage(page, 'invite-link-dialog');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('listitem').filter({ hasText: COUNSELOR.email }).waitFor();
    await checkPage(page, 'accounts');
  });

  it('shows the practice settings and the audit log', async () => {
    const { page } = admin;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice settings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Practice settings' }).waitFor();
    await expect(page.getByLabel('Practice name').inputValue()).resolves.toBe('Riverside Counseling');
    await expect(page.title()).resolves.toBe('Practice settings · Trust Repair Practice');
    await checkPage(page, 'practice-settings');

    await page.goto('/admin/audit');
    await page.getByRole('heading', { level: 1, name: 'Audit log' }).waitFor();
    await page.getByRole('cell', { name: 'Invited a staff member' }).first().waitFor();
    await checkPage(page, 'audit-log');

    // The invitation went out as a job: the mail log lists it, sent (without SMTP_URL: written to the log).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mail' }).waitFor();
    await expect(page.title()).resolves.toBe('Mail · Trust Repair Practice');
    const row = page.getByRole('row').filter({ hasText: 'Staff invitation' }).first();
    await row.waitFor();
    for (let i = 0; i < 20 && !(await row.textContent())?.includes('Sent'); i++) {
      await page.waitForTimeout(500);
      await page.reload();
      await row.waitFor();
    }
    await expect(row.textContent()).resolves.toContain('Sent');
    await checkPage(page, 'mail-log');
  });

  it("shows the admin's own account pages: two-step sign-in set-up and password change", async () => {
    const { page } = admin;
    await page.getByRole('button', { name: `Account: ${ADMIN.name}` }).click();
    await page.getByRole('menuitem', { name: 'Two-step sign-in (MFA)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Two-step sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    await page.getByText(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/).waitFor();
    await checkPage(page, 'mfa-setup');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('Two-step sign-in is off.').waitFor();

    await page.goto('/account/password');
    await page.getByRole('heading', { level: 1, name: 'Change password' }).waitFor();
    await checkPage(page, 'change-password');
  });

  it('lets the counselor accept the invitation in their own browser and sign in', async () => {
    const { page } = counselor;
    await page.goto(inviteUrl);
    await page.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();
    await expect(page.title()).resolves.toBe('Accept your invitation · Trust Repair Practice');
    await checkPage(page, 'invitation');

    await page.getByLabel('Your name').fill(COUNSELOR.name);
    await page.getByLabel('Password', { exact: true }).fill('password1234');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByText('This password is too common').waitFor();
    await screenshot(page, 'invitation-error');

    await page.getByLabel('Password', { exact: true }).fill(COUNSELOR.password);
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.getByRole('heading', { level: 1, name: `Welcome, ${COUNSELOR.name}` }).waitFor();
    await checkPage(page, 'invitation-welcome');

    // Sign out from the account menu and back in with the new password.
    await page.getByRole('button', { name: `Account: ${COUNSELOR.name}` }).click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await signIn(page, COUNSELOR.email, COUNSELOR.password);
    await page.getByRole('heading', { level: 1, name: 'Your caseload' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');

    // The same link cannot be used twice.
    const second = await newPage(browser, PHONE);
    try {
      await second.page.goto(inviteUrl);
      await second.page.getByLabel('Your name').fill('Someone Else');
      await second.page.getByLabel('Password', { exact: true }).fill('another long passphrase');
      await second.page.getByRole('button', { name: 'Create my account' }).click();
      await second.page.getByText('This invitation has expired or was already used. Ask your practice admin for a new one.').waitFor();
      await checkPage(second.page, 'invitation-used');
    } finally {
      await second.context.close();
    }
  });

  it('lets the admin deactivate the counselor after naming them in a confirmation', async () => {
    const { page } = admin;
    await page.goto('/admin/users');
    await page.getByRole('row').filter({ hasText: COUNSELOR.name }).getByText('Active').waitFor();
    await page.getByRole('button', { name: `Actions for ${COUNSELOR.name}` }).click();
    await page.getByRole('menuitem', { name: 'Deactivate…' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('heading', { name: `Deactivate ${COUNSELOR.name}?` }).waitFor();
    await dialog.getByText('signed out everywhere at once').waitFor();
    await checkPage(page, 'deactivate-confirm');
    await dialog.getByRole('button', { name: `Deactivate ${COUNSELOR.name}` }).click();
    await page.getByRole('row').filter({ hasText: COUNSELOR.name }).getByText('Deactivated').waitFor();
  });

  it("sends the counselor's open page to sign-in on their next action", async () => {
    const { page } = counselor;
    await page.getByRole('button', { name: /^Account:/ }).click();
    await page.getByRole('menuitem', { name: 'Two-step sign-in (MFA)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Two-step sign-in' }).waitFor();
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Your session has ended. Please sign in again.' }).waitFor();
    expect(new URL(page.url()).searchParams.get('returnUrl')).toBe('/account/mfa');
    await checkPage(page, 'session-ended');

    // And a deactivated account cannot sign in again (the same answer as a wrong password).
    await signIn(page, COUNSELOR.email, COUNSELOR.password);
    await page.getByRole('alert').filter({ hasText: 'The email or password is not correct.' }).waitFor();
  });

  it('lets someone who forgot their password ask for a link, and explains a link that cannot be used', async () => {
    const visitor = await newPage(browser, PHONE);
    try {
      const { page } = visitor;
      await page.goto('/sign-in');
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Forgot your password?' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/password-reset');
      await expect(page.title()).resolves.toBe('Forgot your password? · Trust Repair Practice');
      await checkPage(page, 'password-reset-request');

      await page.getByLabel('Email', { exact: true }).fill(ADMIN.email);
      await page.getByRole('button', { name: 'Send me a link' }).click();
      await page.getByRole('heading', { level: 1, name: 'Check your email' }).waitFor();
      await page.getByRole('status').filter({ hasText: 'If an account exists for that address, we have sent a link. It works for one hour.' }).waitFor();
      await checkPage(page, 'password-reset-sent');

      await page.goto('/password-reset/not-a-real-link');
      await page.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
      await checkPage(page, 'password-reset-choose');
      await page.getByLabel('New password', { exact: true }).fill('a long and quiet passphrase');
      await page.getByRole('button', { name: 'Save new password' }).click();
      await page.getByRole('heading', { level: 1, name: "This link can't be used" }).waitFor();
      await checkPage(page, 'password-reset-unknown-link');
    } finally {
      await visitor.context.close();
    }
  });
});
