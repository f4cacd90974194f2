import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withoutConnectRetry } from '../database/connect-retry';

const TIMEOUT_MS = 2_000;

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * One attempt, answered within 2 s: a load balancer must learn at once that the database is gone, so the check
   * does not wait for it the way requests do (withoutConnectRetry).
   */
  async databaseUp(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), TIMEOUT_MS)));
    try {
      const query = withoutConnectRetry(() => this.dataSource.query('SELECT 1')).then(() => true as const);
      return await Promise.race([query, timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
