import { Expose, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUrl, Matches, Max, Min } from 'class-validator';
import { LogLevel, RateLimitStore } from './app-config';

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value;
const toBool = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const v = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  return value;
};

/** Every environment variable the app reads, with its rule. Documented in the README's settings table. */
export class EnvironmentVariables {
  @Expose() @IsOptional() @IsIn(['development', 'production', 'test'], { message: 'must be development, production or test' })
  NODE_ENV?: string;

  @Expose() @IsOptional() @Transform(toInt) @IsInt({ message: 'must be a whole number from 1 to 65535' }) @Min(1, { message: 'must be a whole number from 1 to 65535' }) @Max(65535, { message: 'must be a whole number from 1 to 65535' })
  PORT?: number;

  @Expose() @IsOptional() @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a PostgreSQL URL such as postgres://user:password@host:5432/database' })
  DATABASE_URL?: string;

  @Expose() @IsOptional() @Transform(toInt) @IsInt({ message: 'must be a whole number from 1 to 100' }) @Min(1, { message: 'must be a whole number from 1 to 100' }) @Max(100, { message: 'must be a whole number from 1 to 100' })
  DATABASE_POOL_SIZE?: number;

  @Expose() @IsOptional() @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { message: 'must be an http(s) URL such as https://practice.example.org' })
  PUBLIC_URL?: string;

  @Expose() @IsOptional() @Matches(/^smtps?:\/\/\S+$/, { message: 'must be an SMTP URL such as smtp://user:password@mail.example.org:587' })
  SMTP_URL?: string;

  @Expose() @IsOptional() @IsString() @Matches(/@/, { message: 'must be an email address, optionally with a name: Practice <no-reply@example.org>' })
  MAIL_FROM?: string;

  @Expose() @IsOptional() @Transform(toBool) @IsBoolean({ message: 'must be true or false' })
  DEMO_DATA?: boolean;

  @Expose() @IsOptional() @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { message: 'must be one of fatal, error, warn, info, debug, trace, silent' })
  LOG_LEVEL?: LogLevel;

  @Expose() @IsOptional() @Matches(/^(\d{1,3}(\.\d{1,3}){3}|[0-9A-Fa-f:]+|localhost)$/, { message: 'must be an IP address to listen on, such as 0.0.0.0 (every interface) or 127.0.0.1 (this machine only)' })
  HOST?: string;

  /** Proxies whose X-Forwarded-* headers are believed (a hop count or addresses/CIDRs); unset: none. Checked by parseTrustProxy. */
  @Expose() @IsOptional() @IsString()
  TRUST_PROXY?: string;

  /** Where the per-address rate limits are counted: postgresql (default, shared by every instance) or memory (per process). */
  @Expose() @IsOptional() @IsIn(['postgresql', 'memory'], { message: 'must be postgresql (shared by every instance) or memory (per process)' })
  RATE_LIMIT_STORE?: RateLimitStore;

  @Expose() @IsOptional() @IsString()
  DATA_DIR?: string;

  @Expose() @IsOptional() @IsString()
  WEB_DIST_DIR?: string;

  /** Secret. 32 random bytes, base64: encrypts TOTP secrets at rest (AES-256-GCM). Unset: a key generated once and kept in the database. */
  @Expose() @IsOptional() @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64 (44 characters), e.g. from `openssl rand -base64 32`' })
  MFA_ENCRYPTION_KEY?: string;

  /** false: this instance enqueues jobs but does not work them (run workers elsewhere). */
  @Expose() @IsOptional() @Transform(toBool) @IsBoolean({ message: 'must be true or false' })
  WORKERS?: boolean;

  @Expose() @IsOptional() @Transform(toInt) @IsInt({ message: 'must be a whole number of seconds from 5 to 3600' }) @Min(5, { message: 'must be a whole number of seconds from 5 to 3600' }) @Max(3600, { message: 'must be a whole number of seconds from 5 to 3600' })
  JOBS_CHECK_SECONDS?: number;

  /** How long a portal session of a partner with a PIN may go without a request before the PIN is asked again. */
  @Expose() @IsOptional() @Transform(toInt) @IsInt({ message: 'must be a whole number of seconds from 5 to 3600' }) @Min(5, { message: 'must be a whole number of seconds from 5 to 3600' }) @Max(3600, { message: 'must be a whole number of seconds from 5 to 3600' })
  PORTAL_PIN_IDLE_SECONDS?: number;

  /** Secret. Read only by the create-admin command, instead of --password. */
  @Expose() @IsOptional() @IsString()
  ADMIN_PASSWORD?: string;
}
