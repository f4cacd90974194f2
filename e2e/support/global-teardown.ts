import type { RunningServer } from './server';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__E2E__ as
    | { server: RunningServer; database: { drop(): Promise<void> } }
    | undefined;
  await state?.server.stop();
  await state?.database.drop();
}
