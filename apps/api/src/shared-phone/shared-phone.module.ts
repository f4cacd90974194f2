import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PartnerSessionsModule } from '../auth/partner-sessions/partner-sessions.module';
import { PortalPinController } from './portal-pin.controller';
import { PortalPinService } from './portal-pin.service';

/** Shared phones (DESIGN "Shared phones"): the partner's optional portal PIN. */
@Module({
  imports: [AuditModule, PartnerSessionsModule],
  controllers: [PortalPinController],
  providers: [PortalPinService],
})
export class SharedPhoneModule {}
