import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiGoneResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Page, PortalAssignment, PortalAssignmentSummary, PortalMe, SavedDraft } from '@trp/contracts';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { PartnerAuthenticated } from '../auth/partner-authenticated.decorator';
import { Public } from '../auth/public.decorator';
import { LOCALE_COOKIE_HEADER, setLocaleCookie } from '../common/locale/locale-cookie';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParamDto } from '../common/uuid-param.dto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import {
  ExchangeLinkDto,
  PortalAssignmentDto,
  PortalAssignmentListDto,
  PortalMeDto,
  PortalMineDto,
  SaveDraftDto,
  SavedDraftDto,
  SubmitDto,
  UpdatePortalMeDto,
} from './dto/portal.dto';
import { PortalAssignmentsService } from './portal-assignments.service';
import { PortalResponsesService } from './portal-responses.service';
import { PortalSessionService } from './portal-session.service';

const NOT_FOUND = 'Not an assignment of your couple (another couple, another practice, cancelled, or absent).';

@ApiTags('portal')
@Controller('portal')
export class PortalController {
  constructor(
    private readonly sessions: PortalSessionService,
    private readonly assignments: PortalAssignmentsService,
    private readonly responses: PortalResponsesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('session')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Exchange an invite-link token for the partner session cookie (`trp_partner`, httpOnly) and the `trp_locale` cookie (the partner\'s language)',
    description: 'Rate limited per client address. Opening another link in the same browser ends the previous partner session.',
  })
  @ApiBody({ type: ExchangeLinkDto })
  @ApiOkResponse({ type: PortalMeDto, headers: LOCALE_COOKIE_HEADER })
  @ApiUnauthorizedResponse({ description: 'Unknown token.' })
  @ApiGoneResponse({ description: 'The link expired, was revoked or re-issued, or the couple was archived.' })
  @ApiTooManyRequestsResponse({ description: 'Rate limited.' })
  async exchange(@Body() dto: ExchangeLinkDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<PortalMe> {
    const me = await this.sessions.exchange(dto.token, request, reply);
    setLocaleCookie(reply, this.config, me.partner.locale);
    return me;
  }

  @Post('logout')
  @HttpCode(204)
  @PartnerAuthenticated({ openWhilePinLocked: true })
  @ApiOperation({ summary: 'End the partner session (for shared devices); the cookie is cleared' })
  @ApiNoContentResponse({ description: 'Signed out.' })
  logout(@Auth() auth: PartnerAuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.sessions.logout(auth, reply);
  }

  @Get('me')
  @PartnerAuthenticated()
  @ApiOperation({ summary: "The partner and their counselor (never the couple's label: that is the counselor's private note)" })
  @ApiOkResponse({ type: PortalMeDto })
  me(@Auth() auth: PartnerAuthContext): Promise<PortalMe> {
    return this.sessions.me(auth);
  }

  @Patch('me')
  @PartnerAuthenticated()
  @ApiOperation({
    summary: "Turn the partner's reminder emails on or off; record the browser's time zone (for quiet hours); switch the partner's language (a `locale` also sets the `trp_locale` cookie)",
  })
  @ApiOkResponse({ type: PortalMeDto, headers: LOCALE_COOKIE_HEADER })
  @ApiBadRequestResponse({ description: 'A malformed field (named in `errors`), or an unknown field.' })
  async updateMe(@Auth() auth: PartnerAuthContext, @Body() dto: UpdatePortalMeDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<PortalMe> {
    const me = await this.sessions.updateMe(auth, dto);
    if (dto.locale !== undefined) setLocaleCookie(reply, this.config, me.partner.locale);
    return me;
  }

  @Get('assignments')
  @PartnerAuthenticated()
  @ApiOperation({ summary: "The couple's assignments (not cancelled), a page at a time (`?limit=&cursor=`): still to do first by due date, then the rest newest first; each with the caller's own status only" })
  @ApiOkResponse({ type: PortalAssignmentListDto })
  list(@Auth() auth: PartnerAuthContext, @Query() query: PageQueryDto): Promise<Page<PortalAssignmentSummary>> {
    return this.assignments.list(auth, query);
  }

  @Get('assignments/:id')
  @PartnerAuthenticated()
  @ApiOperation({ summary: "One assignment: definition, own perspective, own draft or submission, the other partner's answers when released" })
  @ApiOkResponse({ type: PortalAssignmentDto })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  get(@Auth() auth: PartnerAuthContext, @Param() params: UuidParamDto): Promise<PortalAssignment> {
    return this.assignments.get(auth, params.id);
  }

  @Put('assignments/:id/draft')
  @PartnerAuthenticated()
  @ApiOperation({ summary: 'Save a draft (optimistic version: 0 before the first save)' })
  @ApiBody({ type: SaveDraftDto })
  @ApiOkResponse({ type: SavedDraftDto })
  @ApiBadRequestResponse({ description: 'Malformed body or unknown field.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'Stale version (answers `current: {version, answers}`), already submitted, or the assignment is closed.' })
  @ApiUnprocessableEntityResponse({ description: 'Answers that break the exercise definition; `errors` names each field.' })
  saveDraft(@Auth() auth: PartnerAuthContext, @Param() params: UuidParamDto, @Body() dto: SaveDraftDto): Promise<SavedDraft> {
    return this.responses.saveDraft(auth, params.id, dto);
  }

  @Post('assignments/:id/submit')
  @HttpCode(200)
  @PartnerAuthenticated()
  @ApiOperation({ summary: 'Submit; repeating it changes nothing and answers the same (idempotent)' })
  @ApiBody({ type: SubmitDto })
  @ApiOkResponse({ type: PortalMineDto })
  @ApiBadRequestResponse({ description: 'Malformed body or unknown field.' })
  @ApiNotFoundResponse({ description: NOT_FOUND })
  @ApiConflictResponse({ description: 'The assignment is closed.' })
  @ApiUnprocessableEntityResponse({ description: 'Missing required answers or answers that break the definition; `errors` names each field.' })
  submit(@Auth() auth: PartnerAuthContext, @Param() params: UuidParamDto, @Body() dto: SubmitDto): Promise<PortalAssignment['mine']> {
    return this.responses.submit(auth, params.id, dto);
  }
}
