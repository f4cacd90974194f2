import type { DataSource } from 'typeorm';

/**
 * Waits until the `mail` queue has nothing left to do: no mail row is `queued` (each one sent or failed). Needs an
 * app with `workers: true`. Use it before asserting that something was NOT mailed, or to let retries run out.
 */
export async function drainMailQueue(dataSource: DataSource, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ waiting }] = await dataSource.query(`SELECT count(*)::int AS waiting FROM mail_message WHERE status = 'queued'`);
    if (waiting === 0) return;
    if (Date.now() > deadline) throw new Error(`${waiting} mail(s) still queued after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
