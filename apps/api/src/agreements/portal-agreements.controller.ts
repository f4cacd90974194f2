import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Page, PortalAgreement } from '@trp/contracts';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { PartnerAuthenticated } from '../auth/partner-authenticated.decorator';
import { AgreementsService } from './agreements.service';
import { PortalAgreementListDto } from './dto/agreement.dto';

@ApiTags('portal')
@Controller('portal/agreements')
@PartnerAuthenticated()
export class PortalAgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOperation({ summary: 'What you agreed: the shared agreements of your couple, the agreed items as last shared, text only' })
  @ApiOkResponse({ type: PortalAgreementListDto })
  list(@Auth() auth: PartnerAuthContext): Promise<Page<PortalAgreement>> {
    return this.agreements.forPartner(auth);
  }
}
