import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@trp/migrations';
import { createTestDatabase, TestDatabase } from '../test/test-database';
import { revertLastMigration, runMigrations } from './run-migrations';
import { schemaCatalogOf } from './schema-catalog';
import { typeOrmOptions } from './typeorm-options';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('apply every migration on an empty database, then report nothing pending', async () => {
    const applied = await runMigrations(database.url);
    expect(applied).toHaveLength(MIGRATIONS.length);
    const catalog = await schemaCatalogOf(database.url);
    expect(catalog.tables).toContain('practice');
    expect(catalog.triggers.length).toBeGreaterThan(0);
    expect(catalog.functions.length).toBeGreaterThan(0);
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('round-trip: every down undoes its up, and up again restores the same catalog', async () => {
    const before = await schemaCatalogOf(database.url);
    for (let i = 0; i < MIGRATIONS.length; i++) await revertLastMigration(database.url);
    expect(await schemaCatalogOf(database.url)).toEqual({ tables: [], columns: [], indexes: [], constraints: [], functions: [], triggers: [], sequences: [], types: [] });
    expect(await runMigrations(database.url)).toHaveLength(MIGRATIONS.length);
    expect(await schemaCatalogOf(database.url)).toEqual(before);
  });

  it('each migration alone: its down restores the catalog before it, its up again the catalog after it', async () => {
    // A forward walk, one migration at a time, so a down that forgets an index, a constraint or a trigger is named.
    for (let i = 0; i < MIGRATIONS.length; i++) await revertLastMigration(database.url);
    let before = await schemaCatalogOf(database.url);
    for (let k = 1; k <= MIGRATIONS.length; k++) {
      const name = MIGRATIONS[k - 1].name;
      const firstK = (work: (dataSource: DataSource) => Promise<unknown>) => withMigrations(database.url, MIGRATIONS.slice(0, k), work);
      await firstK((dataSource) => dataSource.runMigrations({ transaction: 'each' }));
      const after = await schemaCatalogOf(database.url);
      await firstK((dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
      expect({ name, catalog: await schemaCatalogOf(database.url) }).toEqual({ name, catalog: before });
      await firstK((dataSource) => dataSource.runMigrations({ transaction: 'each' }));
      expect({ name, catalog: await schemaCatalogOf(database.url) }).toEqual({ name, catalog: after });
      before = after;
    }
  });
});

async function withMigrations(url: string, migrations: typeof MIGRATIONS, work: (dataSource: DataSource) => Promise<unknown>): Promise<void> {
  const dataSource = new DataSource({ ...typeOrmOptions(url, 1), migrations: [...migrations], logging: ['error'] });
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
