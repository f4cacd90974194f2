import { Body, Controller, Get, HttpCode, Inject, Post, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiForbiddenResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { PartnerAuthenticated } from '../auth/partner-authenticated.decorator';
import { cookieOptions, sessionCookieName } from '../auth/csrf';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PARTNER_SESSION_COOKIE } from '@trp/contracts';
import { CheckPinDto, PinStateDto, SetPinDto } from './dto/portal-pin.dto';
import { PortalPinService } from './portal-pin.service';
import { SharedPhoneException } from './shared-phone.exception';

@ApiTags('portal')
@Controller('portal/pin')
export class PortalPinController {
  constructor(
    private readonly pins: PortalPinService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The fifth wrong try ended the partner's sessions: the browser forgets its session cookie too. */
  private async endingSessionOnLockOut(reply: FastifyReply, work: Promise<void>): Promise<void> {
    try {
      await work;
    } catch (error) {
      if (error instanceof SharedPhoneException && error.code === 'lockedOut') {
        reply.clearCookie(sessionCookieName(this.config, PARTNER_SESSION_COOKIE), cookieOptions(this.config, true));
      }
      throw error;
    }
  }

  @Get()
  @PartnerAuthenticated({ openWhilePinLocked: true })
  @ApiOperation({ summary: 'Whether you have set a PIN for this page' })
  @ApiOkResponse({ type: PinStateDto })
  state(@Auth() auth: PartnerAuthContext): Promise<{ set: boolean }> {
    return this.pins.state(auth);
  }

  @Put()
  @PartnerAuthenticated()
  @HttpCode(204)
  @ApiOperation({ summary: 'Set, change or remove (`pin: null`) your PIN; changing or removing one needs `currentPin`' })
  @ApiBody({ type: SetPinDto })
  @ApiNoContentResponse({ description: 'Saved. Setting the first PIN unlocks this session (other sessions of yours then ask for it).' })
  @ApiBadRequestResponse({ description: '`pin` or `currentPin` is not 4 to 8 digits, or `currentPin` is missing.' })
  @ApiForbiddenResponse({ description: 'Wrong `currentPin` (answers `remaining` tries).' })
  @ApiUnauthorizedResponse({ description: 'The fifth wrong try: the session and the link end.' })
  set(@Auth() auth: PartnerAuthContext, @Body() dto: SetPinDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.endingSessionOnLockOut(reply, this.pins.set(auth, dto));
  }

  @Post('check')
  @PartnerAuthenticated({ openWhilePinLocked: true })
  @HttpCode(204)
  @ApiOperation({ summary: 'Unlock the page with your PIN' })
  @ApiBody({ type: CheckPinDto })
  @ApiNoContentResponse({ description: 'Right (or no PIN is set): this session is unlocked.' })
  @ApiBadRequestResponse({ description: '`pin` is not 4 to 8 digits.' })
  @ApiForbiddenResponse({ description: 'Wrong PIN (answers `remaining` tries).' })
  @ApiUnauthorizedResponse({ description: 'The fifth wrong try: the session and the link end; the counselor re-issues a link.' })
  check(@Auth() auth: PartnerAuthContext, @Body() dto: CheckPinDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.endingSessionOnLockOut(reply, this.pins.check(auth, dto.pin));
  }
}
