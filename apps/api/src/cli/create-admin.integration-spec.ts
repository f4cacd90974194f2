import { runMigrations } from '../database/run-migrations';
import { loadConfig } from '../config/load-config';
import { DataSource } from 'typeorm';
import { loadDemoData } from '../demo/load-demo-data';
import { DEMO_PASSWORD, DEMO_STAFF } from '../accounts/demo-accounts.seeder';
import { verifyPassword } from '../accounts/passwords';
import { createTestDatabase, TestDatabase } from '../test/test-database';
import { createAdmin, createAdminCommand } from './create-admin.command';

describe('create-admin command', () => {
  let database: TestDatabase;
  let output: { log: string[]; error: string[] };

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  beforeEach(() => {
    output = { log: [], error: [] };
    jest.spyOn(console, 'log').mockImplementation((line: string) => void output.log.push(line));
    jest.spyOn(console, 'error').mockImplementation((line: string) => void output.error.push(line));
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => database.drop());

  const config = (env: Record<string, string> = {}) => loadConfig({ DATABASE_URL: database.url, LOG_LEVEL: 'silent', ...env });

  async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    try {
      return await dataSource.query(sql, params);
    } finally {
      await dataSource.destroy();
    }
  }

  it('runs pending migrations, creates the practice and its admin (argon2id), prints one line, and exits 0', async () => {
    const code = await createAdminCommand(config(), ['--practice', 'Harbour Counselling', '--email', 'Lead@Harbour.example', '--password', 'a long harbour passphrase']);
    expect(code).toBe(0);
    expect(output.log).toEqual([expect.stringContaining('Created practice "Harbour Counselling" with admin lead@harbour.example')]);
    const [user] = await query<{ email: string; roles: string[]; status: string; password_hash: string; name: string }>(
      `SELECT u.email, u.roles, u.status, u.password_hash, p.name FROM user_account u JOIN practice p ON p.id = u.practice_id`,
    );
    expect(user).toMatchObject({ email: 'lead@harbour.example', roles: ['admin'], status: 'active', name: 'Harbour Counselling' });
    expect(user?.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user?.password_hash, 'a long harbour passphrase')).toBe(true);
    expect(await query(`SELECT 1 FROM audit_event WHERE action = 'practice.created'`)).toHaveLength(1);
  });

  it('takes the password from ADMIN_PASSWORD', async () => {
    const code = await createAdminCommand(config({ ADMIN_PASSWORD: 'another long passphrase' }), ['--practice', 'Second', '--email', 'second@harbour.example']);
    expect(code).toBe(0);
  });

  it('refuses a taken email (any case) with one clear line and exit 1, changing nothing', async () => {
    const code = await createAdminCommand(config(), ['--practice', 'Copy', '--email', 'LEAD@harbour.example', '--password', 'a long harbour passphrase']);
    expect(code).toBe(1);
    expect(output.error).toEqual(['An account with the email lead@harbour.example already exists.']);
    expect(await query(`SELECT 1 FROM practice WHERE name = 'Copy'`)).toHaveLength(0);
  });

  it('refuses a weak password with the rule it breaks', async () => {
    expect(await createAdminCommand(config(), ['--practice', 'Weak', '--email', 'weak@harbour.example', '--password', 'short'])).toBe(1);
    expect(output.error).toEqual(['Password: The password must be at least 12 characters long.']);
    expect(await createAdminCommand(config(), ['--practice', 'Weak', '--email', 'weak@harbour.example', '--password', 'password123456'])).toBe(1);
    expect(output.error[1]).toMatch(/too common/);
  });

  it('explains missing or unknown arguments', async () => {
    expect(await createAdminCommand(config(), ['--email', 'x@harbour.example', '--password', 'a long harbour passphrase'])).toBe(1);
    expect(output.error[0]).toMatch(/^Missing --practice\. Usage:/);
    expect(await createAdminCommand(config(), ['--practice', 'P', '--email', 'x@harbour.example'])).toBe(1);
    expect(output.error[1]).toMatch(/^Missing --password \(or ADMIN_PASSWORD\)/);
    expect(await createAdminCommand(config(), ['--practise', 'P'])).toBe(1);
    expect(output.error[2]).toMatch(/Unknown option '--practise'/);
  });

  it('can be called as a function with a database URL', async () => {
    const created = await createAdmin(database.url, { practiceName: 'Direct', email: 'direct@harbour.example', password: 'quiet river morning' });
    expect(created.email).toBe('direct@harbour.example');
    await expect(createAdmin(database.url, { practiceName: 'Bad', email: 'not-an-email', password: 'quiet river morning' })).rejects.toThrow(/not an email/);
  });
});

describe('demo accounts', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    await runMigrations(database.url);
  });
  afterAll(() => database.drop());

  it('seeds Riverside Couples Counselling with an admin, two counselors and one person with both roles, idempotently', async () => {
    const lines = await loadDemoData(database.url);
    // Every start prints the same sign-ins (the demo partner's link is issued afresh at each start).
    const signIns = (printed: string[]) => printed.filter((line) => !line.startsWith('partner portal'));
    expect(signIns(await loadDemoData(database.url))).toEqual(signIns(lines));
    for (const person of DEMO_STAFF) expect(lines).toContainEqual(expect.stringContaining(`${person.email} / ${DEMO_PASSWORD}`));
    const dataSource = new DataSource({ type: 'postgres', url: database.url });
    await dataSource.initialize();
    try {
      const rows: { roles: string[] }[] = await dataSource.query(
        `SELECT u.roles FROM user_account u JOIN practice p ON p.id = u.practice_id WHERE p.name = 'Riverside Couples Counselling' ORDER BY u.email`,
      );
      expect(rows.map((r) => r.roles.sort().join('+'))).toEqual(['admin', 'counselor', 'counselor', 'admin+counselor']);
      expect(await dataSource.query(`SELECT 1 FROM practice`)).toHaveLength(1);
    } finally {
      await dataSource.destroy();
    }
  });
});
