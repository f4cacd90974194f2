import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SessionsService } from './sessions.service';
import { StaffSession } from './staff-session.entity';

/** Staff sessions, separate from AuthModule so that accounts and MFA can end sessions without a cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([StaffSession])],
  providers: [SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
