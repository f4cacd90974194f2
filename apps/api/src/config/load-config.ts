import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { EnvironmentVariables } from './environment-variables';
import { parseTrustProxy, TRUST_PROXY_HINT } from './trust-proxy';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Validates the environment and builds the configuration; throws ConfigError listing every bad setting. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): AppConfig {
  const raw = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, raw, { excludeExtraneousValues: true });
  const problems = validateSync(vars, { skipMissingProperties: false }).flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${error.property}: ${message}`),
  );
  const trustProxy = parseTrustProxy(vars.TRUST_PROXY);
  if (trustProxy === undefined) problems.push(`TRUST_PROXY: ${TRUST_PROXY_HINT}`);
  if (problems.length > 0 || trustProxy === undefined) throw new ConfigError(problems);

  const port = vars.PORT ?? 3000;
  const publicUrl = (vars.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const embedded = vars.DATABASE_URL === undefined;
  return {
    production: vars.NODE_ENV === 'production',
    port,
    // The demo practice's passwords are published: on the embedded engine with demo data, this machine only.
    host: vars.HOST ?? (embedded && (vars.DEMO_DATA ?? embedded) ? '127.0.0.1' : '0.0.0.0'),
    trustProxy,
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? 10,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    smtpUrl: vars.SMTP_URL,
    mailFrom: vars.MAIL_FROM ?? 'Trust Repair Practice <no-reply@localhost>',
    demoData: vars.DEMO_DATA ?? embedded,
    logLevel: vars.LOG_LEVEL ?? 'info',
    dataDir: resolve(cwd, vars.DATA_DIR ?? '.data'),
    webDistDir: resolve(cwd, vars.WEB_DIST_DIR ?? 'dist/apps/web/browser'),
    bodyLimitBytes: 512 * 1024,
    mfaEncryptionKey: vars.MFA_ENCRYPTION_KEY ? Buffer.from(vars.MFA_ENCRYPTION_KEY, 'base64') : undefined,
    adminPassword: vars.ADMIN_PASSWORD,
    authRateLimit: { limit: 30, windowMs: 60_000, store: vars.RATE_LIMIT_STORE ?? 'postgresql' },
    workers: vars.WORKERS ?? true,
    jobsCheckSeconds: vars.JOBS_CHECK_SECONDS ?? 60,
    pinIdleSeconds: vars.PORTAL_PIN_IDLE_SECONDS ?? 300,
    jobsPollSeconds: 2,
    // 6 tries in all: after 2, 4, 8, 16 and 32 minutes (about an hour and a quarter), then `failed`.
    mailRetry: { limit: 5, delaySeconds: 120 },
  };
}
