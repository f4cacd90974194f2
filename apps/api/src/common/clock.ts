import { Global, Injectable, Module } from '@nestjs/common';

/** The time, injectable so tests can move it (lockout windows, session timeouts, TOTP steps). */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class ClockModule {}
