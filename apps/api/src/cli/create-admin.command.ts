import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { AccountsException } from '../accounts/accounts.exception';
import { createPracticeWithAdmin, STAFF_ACCOUNT_ENTITIES } from '../accounts/staff-accounts';
import { AppConfig } from '../config/app-config';
import { runMigrations } from '../database/run-migrations';
import { typeOrmOptions } from '../database/typeorm-options';
import { resolveDatabase } from './resolve-database';

const USAGE = 'Usage: npm run create-admin -- --practice "<name>" --email <email> [--name "<display name>"] --password <password> (or ADMIN_PASSWORD)';

export interface CreateAdminInput {
  readonly practiceName: string;
  readonly email: string;
  readonly password: string;
  readonly displayName?: string;
}

export class CreateAdminError extends Error {}

/** Creates a practice and its first admin in one transaction (migrations must be applied). */
export async function createAdmin(databaseUrl: string, input: CreateAdminInput): Promise<{ practiceId: string; userId: string; email: string }> {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim())) throw new CreateAdminError(`"${input.email}" is not an email address.`);
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl, 1), logging: ['error'], entities: STAFF_ACCOUNT_ENTITIES });
  await dataSource.initialize();
  try {
    const { practice, admin } = await dataSource.transaction((manager) => createPracticeWithAdmin(manager, input));
    return { practiceId: practice.id, userId: admin.id, email: admin.email };
  } catch (error) {
    if (error instanceof AccountsException) {
      const code = error.code;
      throw new CreateAdminError(
        code === 'emailTaken' ? `An account with the email ${input.email.trim().toLowerCase()} already exists.` : error.message.replace(/^password: /, 'Password: '),
      );
    }
    throw error;
  } finally {
    await dataSource.destroy();
  }
}

/** `npm run create-admin -- --practice "<name>" --email <e> --password <p>`: one line on success; exit 1 with one line on error. */
export async function createAdminCommand(config: AppConfig, args: string[]): Promise<number> {
  let values: { practice?: string; email?: string; password?: string; name?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { practice: { type: 'string' }, email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
    return 1;
  }
  const password = values.password ?? config.adminPassword;
  if (!values.practice?.trim() || !values.email || !password) {
    console.error(`Missing ${!values.practice?.trim() ? '--practice' : !values.email ? '--email' : '--password (or ADMIN_PASSWORD)'}. ${USAGE}`);
    return 1;
  }
  const database = await resolveDatabase(config, () => undefined);
  try {
    await runMigrations(database.url);
    const created = await createAdmin(database.url, { practiceName: values.practice, email: values.email, password, displayName: values.name });
    console.log(`Created practice "${values.practice.trim()}" with admin ${created.email}: sign in at ${config.publicUrl}`);
    return 0;
  } catch (error) {
    if (error instanceof CreateAdminError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.stop();
  }
}
