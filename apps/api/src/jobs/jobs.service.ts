import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { Job, PgBoss } from 'pg-boss';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** The schema pg-boss creates and migrates for itself at start-up (see docs/database.md). */
export const JOBS_SCHEMA = 'pgboss';

export const JOBS_DATABASE_URL = Symbol('JOBS_DATABASE_URL');

/** One attempt of a job, as a handler sees it. */
export interface JobAttempt<T> {
  readonly id: string;
  readonly data: T;
  /** 0 on the first try, then 1, 2, … */
  readonly retryCount: number;
  /** True when a failure now is final (no retry is left). */
  readonly lastTry: boolean;
}

export interface QueueDefinition<T> {
  readonly name: string;
  /** Retries after the first try, with exponential backoff from `retryDelaySeconds`. */
  readonly retryLimit?: number;
  readonly retryDelaySeconds?: number;
  /**
   * While a job runs, its worker proves it is alive this often (pg-boss heartbeats, at half this interval). A job
   * whose handler ended without pg-boss recording the outcome (PostgreSQL restarting under it) is retried once a
   * heartbeat is missed (checked by pg-boss's monitor, every minute), instead of waiting for the 15-minute expiry.
   */
  readonly heartbeatSeconds?: number;
  /** How many jobs one worker holds at once (run side by side); default 1. */
  readonly batchSize?: number;
  /** Runs one job. Throwing makes it fail (retried while tries are left). */
  readonly handle: (job: JobAttempt<T>) => Promise<void>;
}

export interface PeriodicTask {
  readonly name: string;
  /** Runs every `JOBS_CHECK_SECONDS` on one instance at a time; "now" comes from the Clock. */
  readonly run: () => Promise<void>;
}

/**
 * The one owner of the job queue (pg-boss in PostgreSQL, schema `pgboss`). Features register their queues and
 * periodic tasks here at module init and enqueue through `enqueue`; nothing else talks to pg-boss. Every instance
 * can enqueue; it works the queues unless WORKERS=false. Shutdown (app close) stops the workers gracefully: the
 * job in hand finishes, or goes back to the queue when it cannot finish in time.
 */
@Injectable()
export class JobsService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly queues = new Map<string, QueueDefinition<never>>();
  private readonly periodic: PeriodicTask[] = [];
  private boss?: PgBoss;
  private periodicTimer?: NodeJS.Timeout;
  private periodicRunning?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(JOBS_DATABASE_URL) private readonly databaseUrl: string,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Registers a queue and its handler (call in onModuleInit). */
  defineQueue<T>(definition: QueueDefinition<T>): void {
    if (this.boss) throw new Error(`Queue ${definition.name} registered after the jobs module started.`);
    this.queues.set(definition.name, definition as QueueDefinition<never>);
  }

  /** Registers a task run every JOBS_CHECK_SECONDS by the workers (call in onModuleInit). */
  definePeriodic(task: PeriodicTask): void {
    if (this.boss) throw new Error(`Task ${task.name} registered after the jobs module started.`);
    this.periodic.push(task);
  }

  /** Whether this instance works the queues. */
  get working(): boolean {
    return this.config.workers;
  }

  /**
   * Puts a job on a queue. With `manager`, the job is written in that transaction: it exists exactly when the
   * transaction commits. The data must hold no secret (it stays in `pgboss.job` after completion).
   */
  async enqueue<T extends object>(queue: string, data: T, manager?: EntityManager): Promise<string> {
    const definition = this.queues.get(queue);
    if (!definition) throw new Error(`Unknown queue ${queue}.`);
    const boss = this.started();
    const db = manager && { executeSql: async (text: string, values?: unknown[]) => ({ rows: (await manager.query(text, values)) as unknown[] }) };
    const id = await boss.send(queue, data, {
      retryLimit: definition.retryLimit ?? 2,
      retryDelay: definition.retryDelaySeconds ?? 0,
      retryBackoff: (definition.retryDelaySeconds ?? 0) > 0,
      ...(definition.heartbeatSeconds && { heartbeatSeconds: definition.heartbeatSeconds }),
      ...(db && { db }),
    });
    if (!id) throw new Error(`The job was not queued on ${queue}.`);
    return id;
  }

  /** Runs every periodic task once now (tests drive time with the Clock and call this). */
  async runPeriodicNow(): Promise<void> {
    for (const task of this.periodic) {
      const started = performance.now();
      try {
        await task.run();
        this.logger.debug({ task: task.name, ms: Math.round(performance.now() - started) }, 'periodic task done');
      } catch (error) {
        this.logger.error({ err: error instanceof Error ? error.message : String(error), task: task.name }, 'periodic task failed');
      }
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({
      connectionString: this.databaseUrl,
      schema: JOBS_SCHEMA,
      max: 4,
      application_name: 'trust-repair-jobs',
      supervise: this.config.workers,
      schedule: false,
      migrate: true,
    });
    boss.on('error', (error: Error) => this.logger.error({ err: error.message }, 'job queue error'));
    await boss.start({ attempts: 3 });
    this.boss = boss;
    for (const definition of this.queues.values()) {
      await boss.createQueue(definition.name);
    }
    if (!this.config.workers) return;
    for (const definition of this.queues.values()) {
      const retryLimit = definition.retryLimit ?? 2;
      // Up to `batchSize` jobs per fetch, each settled on its own (one failing mail retries alone); while fetches
      // come back full the worker fetches again at once (a backlog drains at sending speed, not one job per poll).
      const batchSize = definition.batchSize ?? 1;
      await boss.work(
        definition.name,
        { pollingIntervalSeconds: this.config.jobsPollSeconds, batchSize, burstWhenBatchFull: batchSize > 1, perJobResults: true as const },
        (jobs: Job<unknown>[]) =>
          Promise.all(
            jobs.map(async (job) => {
              try {
                await definition.handle({ id: job.id, data: job.data as never, retryCount: job.retryCount, lastTry: job.retryCount >= retryLimit });
                return { id: job.id, status: 'completed' as const };
              } catch (error) {
                return { id: job.id, status: 'failed' as const, output: { message: error instanceof Error ? error.message : String(error) } };
              }
            }),
          ),
      );
    }
    if (this.periodic.length > 0) {
      const tick = () => {
        this.periodicRunning ??= this.runPeriodicLocked().finally(() => (this.periodicRunning = undefined));
      };
      this.periodicTimer = setInterval(tick, this.config.jobsCheckSeconds * 1000);
      this.periodicTimer.unref();
    }
  }

  async onModuleDestroy(): Promise<void> {
    if (this.periodicTimer) clearInterval(this.periodicTimer);
    await this.periodicRunning;
    const boss = this.boss;
    this.boss = undefined;
    // graceful: workers stop fetching, the job in hand finishes within the timeout, else it is failed back to the
    // queue (and retried by another instance).
    await boss?.stop({ graceful: true, timeout: 20_000, close: true });
  }

  private started(): PgBoss {
    if (!this.boss) throw new Error('The job queue is not started yet.');
    return this.boss;
  }

  /** One instance at a time runs the periodic tasks (a session advisory lock held on one connection). */
  private async runPeriodicLocked(): Promise<void> {
    if (!this.boss) return;
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock(hashtext('trp.jobs.periodic')) AS locked`)) as [{ locked: boolean }];
      if (!locked) return;
      try {
        await this.runPeriodicNow();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('trp.jobs.periodic'))`);
      }
    } catch (error) {
      this.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'periodic check skipped');
    } finally {
      await runner.release();
    }
  }
}
