import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { eraseCoupleData } from './records.service';

const DAY_MS = 86_400_000;

/**
 * Retention (DESIGN "A person's data"): couples archived longer than their practice's `archivedRetentionDays` are
 * erased, audited as `couple.erased` by the system. Swept at start-up and then daily; "now" is the Clock's. Safe
 * with many instances: each couple is taken with `FOR UPDATE SKIP LOCKED` and checked again inside its transaction.
 * (When a jobs module lands, the daily timer becomes a scheduled job calling `sweep()`.)
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Retention');
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    const run = () => void this.sweep().catch((error: unknown) => this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'retention sweep failed'));
    setTimeout(run, 0).unref();
    this.timer = setInterval(run, DAY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Erases every couple archived longer than its practice keeps them; answers how many. */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    const due: { id: string; practice_id: string }[] = await this.dataSource.query(
      `SELECT c.id, c.practice_id
         FROM couple c JOIN practice p ON p.id = c.practice_id
        WHERE c.status = 'archived' AND c.archived_at IS NOT NULL
          AND jsonb_typeof(p.settings->'archivedRetentionDays') = 'number'
          AND c.archived_at <= $1::timestamptz - make_interval(days => (p.settings->>'archivedRetentionDays')::int)`,
      [now],
    );
    let erased = 0;
    for (const candidate of due) {
      const done = await this.dataSource.transaction(async (manager) => {
        const [row] = await manager.query(
          `SELECT c.id, c.practice_id, (p.settings->>'archivedRetentionDays')::int AS days
             FROM couple c JOIN practice p ON p.id = c.practice_id
            WHERE c.id = $1 AND c.practice_id = $2 AND c.status = 'archived'
              AND jsonb_typeof(p.settings->'archivedRetentionDays') = 'number'
              AND c.archived_at <= $3::timestamptz - make_interval(days => (p.settings->>'archivedRetentionDays')::int)
            FOR UPDATE OF c SKIP LOCKED`,
          [candidate.id, candidate.practice_id, now],
        );
        if (!row) return false;
        await eraseCoupleData(manager, { id: row.id, practiceId: row.practice_id });
        await this.audit.record(
          { practiceId: row.practice_id, actor: { kind: 'system' }, action: 'couple.erased', target: { type: 'couple', id: row.id }, details: { coupleId: row.id, reason: 'retention', archivedRetentionDays: row.days } },
          manager,
        );
        return true;
      });
      if (done) erased++;
    }
    return erased;
  }
}
