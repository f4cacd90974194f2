import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { AppSecret } from './app-secret.entity';

const SECRET_NAME = 'mfa_encryption_key';

/**
 * The key that encrypts TOTP secrets at rest. MFA_ENCRYPTION_KEY when set (recommended in production: a database
 * dump alone then does not reveal the secrets). Otherwise a random key generated once and kept in `app_secret`,
 * shared by every instance; this still keeps the secrets out of the user table, logs and exports. Never logged.
 */
@Injectable()
export class MfaKeyService {
  private key?: Promise<Buffer>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get(): Promise<Buffer> {
    this.key ??= this.resolve().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async resolve(): Promise<Buffer> {
    if (this.config.mfaEncryptionKey) return this.config.mfaEncryptionKey;
    await this.dataSource.query(`INSERT INTO app_secret (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      SECRET_NAME,
      randomBytes(32).toString('base64'),
    ]);
    const row = await this.dataSource.getRepository(AppSecret).findOneByOrFail({ name: SECRET_NAME });
    return Buffer.from(row.value, 'base64');
  }
}
