import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CreatedInvitation, Invitation, Page } from '@trp/contracts';
import { CreatedInvitationDto, CreateInvitationDto, InvitationDto } from '../accounts/dto/invitation.dto';
import { InvitationsService } from '../accounts/invitations.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParamDto } from '../common/uuid-param.dto';

class InvitationPageDto {
  @ApiProperty({ type: [InvitationDto] }) items!: InvitationDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

@ApiTags('admin')
@Controller('admin/invitations')
@Authenticated({ roles: ['admin'] })
export class AdminInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @ApiOperation({
    summary: 'Invite a person by email with roles',
    description: 'Answers `inviteUrl` once (`${PUBLIC_URL}/invitations/<token>`); give it to the person. Inviting an email that is still `invited` issues a fresh link (the old one dies).',
  })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiConflictResponse({ description: 'An account with this email already exists in this practice (accounts in other practices never count).' })
  invite(@Auth() auth: StaffAuthContext, @Body() dto: CreateInvitationDto): Promise<CreatedInvitation> {
    return this.invitations.invite(auth, dto);
  }

  @Get()
  @ApiOperation({ summary: 'Pending invitations (not accepted, withdrawn or expired), newest first' })
  @ApiOkResponse({ type: InvitationPageDto })
  list(@Auth() auth: StaffAuthContext, @Query() query: PageQueryDto): Promise<Page<Invitation>> {
    return this.invitations.listPending(auth, query);
  }

  @Post(':id/resend')
  @ApiOperation({ summary: 'A new link for an open or expired invitation; the old link dies at once' })
  @ApiCreatedResponse({ type: CreatedInvitationDto })
  @ApiNotFoundResponse({ description: 'No such invitation in this practice.' })
  @ApiConflictResponse({ description: 'Already accepted or withdrawn.' })
  resend(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<CreatedInvitation> {
    return this.invitations.resend(auth, params.id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Withdraw an invitation: its link answers 410 from now on' })
  @ApiNoContentResponse({ description: 'Withdrawn.' })
  @ApiNotFoundResponse({ description: 'No such invitation in this practice.' })
  @ApiConflictResponse({ description: 'Already accepted or withdrawn.' })
  revoke(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.invitations.revoke(auth, params.id);
  }
}
