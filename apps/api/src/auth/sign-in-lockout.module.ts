import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SignInLockout } from './sign-in-lockout.entity';
import { SignInLockoutService } from './sign-in-lockout.service';

/** The sign-in lockout, separate from AuthModule so that accounts (password reset) can clear it without a cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([SignInLockout])],
  providers: [SignInLockoutService],
  exports: [SignInLockoutService],
})
export class SignInLockoutModule {}
