import { Controller, Delete, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { EmailedInviteLink, IssuedInviteLink } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { EmailedInviteLinkDto, IssuedInviteLinkDto, PartnerParamsDto } from './dto/invite-link.dto';
import { InviteLinksService } from './invite-links.service';

@ApiTags('couples')
@Controller('couples/:id/partners/:partnerId/invite-link')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a couple of your caseload, or not one of its partners.' })
export class InviteLinksController {
  constructor(private readonly links: InviteLinksService) {}

  @Post()
  @ApiOperation({ summary: 'Issue a new personal link for this partner; the previous one (and sessions made from it) stops working at once' })
  @ApiCreatedResponse({ type: IssuedInviteLinkDto, description: 'The only time the link is shown.' })
  @ApiConflictResponse({ description: 'The couple is archived.' })
  issue(@Auth() auth: AuthContext, @Param() params: PartnerParamsDto): Promise<IssuedInviteLink> {
    return this.links.issue(auth, params.id, params.partnerId);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke this partner’s link and end the partner sessions made from it (idempotent)' })
  @ApiNoContentResponse({ description: 'Revoked (or there was no live link).' })
  revoke(@Auth() auth: AuthContext, @Param() params: PartnerParamsDto): Promise<void> {
    return this.links.revoke(auth, params.id, params.partnerId);
  }

  @Post('email')
  @ApiOperation({ summary: 'Issue a fresh link and email it to the partner (the old link stops working)' })
  @ApiCreatedResponse({ type: EmailedInviteLinkDto })
  @ApiUnprocessableEntityResponse({ description: 'The partner has no email address.' })
  @ApiConflictResponse({ description: 'The couple is archived.' })
  email(@Auth() auth: AuthContext, @Param() params: PartnerParamsDto): Promise<EmailedInviteLink> {
    return this.links.email(auth, params.id, params.partnerId);
  }
}
