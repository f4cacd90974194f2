import { DataSource, EntityManager } from 'typeorm';
import { typeOrmOptions } from '../database/typeorm-options';

/** What a seeder may need besides the database: the app's public address (for links it prints) and the time. */
export interface DemoContext {
  readonly publicUrl: string;
  readonly now: Date;
}

/** One part of the demo practice; answers lines to print at start (e.g. sign-ins). */
export type DemoSeeder = (manager: EntityManager, context?: DemoContext) => Promise<string[]>;

/** Filled by the features, in order. Each seeder must be idempotent: it runs at every start. */
export const DEMO_SEEDERS: DemoSeeder[] = [];

/**
 * The entity classes the seeders use through the manager. The demo DataSource runs outside Nest (no
 * autoLoadEntities), so a feature that pushes a seeder also pushes the entities it touches.
 */
export const DEMO_ENTITIES: (new () => object)[] = [];

/** Loads the demo practice in one transaction; answers what to print. */
export async function loadDemoData(databaseUrl: string, context: Partial<DemoContext> = {}): Promise<string[]> {
  const full: DemoContext = { publicUrl: context.publicUrl ?? 'http://localhost:3000', now: context.now ?? new Date() };
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl, 1), logging: ['error'], entities: [...new Set(DEMO_ENTITIES)] });
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      const lines: string[] = [];
      for (const seed of DEMO_SEEDERS) lines.push(...(await seed(manager, full)));
      return lines;
    });
  } finally {
    await dataSource.destroy();
  }
}
