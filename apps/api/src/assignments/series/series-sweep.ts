import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { materializeOccurrences } from './occurrences';

/** How often every API instance looks for occurrences that have opened (each is created once: see occurrences.ts). */
export const SERIES_SWEEP_MS = 60_000;

/**
 * The periodic side of repeating assignments: occurrences also open when nobody reads (so the dashboard and
 * reminders see them). Every instance runs it; the unique key keeps each occurrence single.
 */
@Injectable()
export class SeriesSweep implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SeriesSweep.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), SERIES_SWEEP_MS);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** One pass over every practice; answers how many occurrences it created. */
  async sweep(): Promise<number> {
    if (this.running) return 0;
    const pass = materializeOccurrences(this.dataSource.manager, this.clock.now(), null).then(
      (created) => created.length,
      (error: unknown) => {
        this.logger.warn(`repeating assignments: sweep failed (${error instanceof Error ? error.message : String(error)})`);
        return 0;
      },
    );
    this.running = pass;
    try {
      return await pass;
    } finally {
      this.running = null;
    }
  }
}
