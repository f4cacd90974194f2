import type { EntityManager } from 'typeorm';

/** What a seeder may need besides the database: the app's public address (for links it prints) and the time. */
export interface DemoContext {
  readonly publicUrl: string;
  readonly now: Date;
}

/** One part of the demo practice; answers lines to print at start (e.g. sign-ins). Idempotent: it runs at every start. */
export type DemoSeeder = (manager: EntityManager, context?: DemoContext) => Promise<string[]>;

/**
 * A seeder and the entity classes it uses through the manager (the demo DataSource runs outside Nest, without
 * autoLoadEntities). The ordered list of parts is `DEMO_PARTS` in demo-parts.ts.
 */
export interface DemoPart {
  readonly name: string;
  readonly seed: DemoSeeder;
  readonly entities: readonly (new () => object)[];
}
