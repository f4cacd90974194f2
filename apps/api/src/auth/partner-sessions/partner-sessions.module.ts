import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PartnerSession } from './partner-session.entity';
import { PartnerSessionsService } from './partner-sessions.service';

/** Partner sessions, separate from PortalModule so the global access guard (AuthModule) can use them without a cycle. */
@Module({
  imports: [TypeOrmModule.forFeature([PartnerSession])],
  providers: [PartnerSessionsService],
  exports: [PartnerSessionsService],
})
export class PartnerSessionsModule {}
