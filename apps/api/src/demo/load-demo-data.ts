import { DataSource } from 'typeorm';
import { typeOrmOptions } from '../database/typeorm-options';
import type { DemoContext } from './demo-data';
import { DEMO_PARTS } from './demo-parts';

/** Loads the demo practice in one transaction, every part of `DEMO_PARTS` in order; answers what to print. */
export async function loadDemoData(databaseUrl: string, context: Partial<DemoContext> = {}): Promise<string[]> {
  const full: DemoContext = { publicUrl: context.publicUrl ?? 'http://localhost:3000', now: context.now ?? new Date() };
  const entities = [...new Set(DEMO_PARTS.flatMap((part) => part.entities))];
  const dataSource = new DataSource({ ...typeOrmOptions(databaseUrl, 1), logging: ['error'], entities });
  await dataSource.initialize();
  try {
    return await dataSource.transaction(async (manager) => {
      const lines: string[] = [];
      for (const part of DEMO_PARTS) lines.push(...(await part.seed(manager, full)));
      return lines;
    });
  } finally {
    await dataSource.destroy();
  }
}
