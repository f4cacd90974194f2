import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PortalPinController } from './portal-pin.controller';
import { PortalPinService } from './portal-pin.service';

/** Shared phones (DESIGN "Shared phones"): the partner's optional portal PIN. */
@Module({
  imports: [AuditModule],
  controllers: [PortalPinController],
  providers: [PortalPinService],
})
export class SharedPhoneModule {}
