import type { TrustProxy } from './trust-proxy';

/** Where the per-address rate limits are counted (RATE_LIMIT_STORE). */
export type RateLimitStore = 'postgresql' | 'memory';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** The validated settings of one process. Built once by `loadConfig`; nothing else reads process.env. */
export interface AppConfig {
  readonly production: boolean;
  readonly port: number;
  /** Address to listen on (HOST): 127.0.0.1 by default on the embedded engine with demo data, else 0.0.0.0. */
  readonly host: string;
  /** Peers whose X-Forwarded-* headers are believed (TRUST_PROXY); false: none, the socket's address is the client's. */
  readonly trustProxy: TrustProxy;
  /** Unset: the embedded PostgreSQL under `dataDir` is used. */
  readonly databaseUrl: string | undefined;
  readonly databasePoolSize: number;
  readonly publicUrl: string;
  /** True when PUBLIC_URL is https: cookies get `Secure`, responses get HSTS. */
  readonly secureCookies: boolean;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  /** Load the demo practice at start. Defaults to true on the embedded engine, false otherwise. */
  readonly demoData: boolean;
  readonly logLevel: LogLevel;
  /** Folder for the embedded engine's data. */
  readonly dataDir: string;
  /** Built web app to serve (the folder holding index.html); undefined or missing: API only. */
  readonly webDistDir: string | undefined;
  /** Largest accepted request body, in bytes. */
  readonly bodyLimitBytes: number;
  /** Secret: 32-byte key for TOTP secrets at rest; undefined: a key generated once and stored in `app_secret`. */
  readonly mfaEncryptionKey: Buffer | undefined;
  /** Secret: the create-admin command's password when --password is not given. */
  readonly adminPassword: string | undefined;
  /**
   * Rate limit of the unauthenticated auth routes (sign-in, invitation accept, password reset, invite-token
   * exchange) per client address, in front of the per-account and per-address lockout. Counted in PostgreSQL
   * (table `rate_limit`, shared by every instance) unless `store` is 'memory' (RATE_LIMIT_STORE: per process).
   */
  readonly authRateLimit: { readonly limit: number; readonly windowMs: number; readonly store?: RateLimitStore };
  /** Whether this instance works the job queues (WORKERS, default true); false: it only enqueues (a web-only instance). */
  readonly workers: boolean;
  /** How often due reminders are looked for, in seconds (JOBS_CHECK_SECONDS, default 60). */
  readonly jobsCheckSeconds: number;
  /**
   * Idle time after which a partner with a PIN must enter it again, in seconds (PORTAL_PIN_IDLE_SECONDS, default 300:
   * DESIGN's 5 minutes). A setting only so that browser tests need not wait 5 minutes; leave it unset in production.
   */
  readonly pinIdleSeconds: number;
  /** How often an idle worker asks the queue for work, in seconds (not a setting; tests make it short). */
  readonly jobsPollSeconds: number;
  /** Mail sending retries: `limit` retries after the first try, exponential backoff from `delaySeconds` (not a setting). */
  readonly mailRetry: { readonly limit: number; readonly delaySeconds: number };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
