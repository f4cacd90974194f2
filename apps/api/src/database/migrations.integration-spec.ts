import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@trp/migrations';
import { createTestDatabase, TestDatabase } from '../test/test-database';
import { revertLastMigration, runMigrations } from './run-migrations';
import { MIGRATIONS_TABLE } from './typeorm-options';

async function schemaOf(url: string): Promise<string[]> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    const rows: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> $1 ORDER BY 1`,
      [MIGRATIONS_TABLE],
    );
    return rows.map((row) => row.table_name);
  } finally {
    await dataSource.destroy();
  }
}

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('apply every migration on an empty database, then report nothing pending', async () => {
    const applied = await runMigrations(database.url);
    expect(applied).toHaveLength(MIGRATIONS.length);
    expect(await schemaOf(database.url)).toContain('practice');
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('round-trip: every down undoes its up, and up again restores the same schema', async () => {
    const before = await schemaOf(database.url);
    for (let i = 0; i < MIGRATIONS.length; i++) await revertLastMigration(database.url);
    expect(await schemaOf(database.url)).toEqual([]);
    expect(await runMigrations(database.url)).toHaveLength(MIGRATIONS.length);
    expect(await schemaOf(database.url)).toEqual(before);
  });
});
