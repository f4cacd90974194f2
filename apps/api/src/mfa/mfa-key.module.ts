import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppSecret } from './app-secret.entity';
import { MfaKeyService } from './mfa-key.service';

/** The one key for secrets at rest (TOTP secrets, links waiting in queued mail), for whoever needs it. */
@Module({
  imports: [TypeOrmModule.forFeature([AppSecret])],
  providers: [MfaKeyService],
  exports: [MfaKeyService],
})
export class MfaKeyModule {}
