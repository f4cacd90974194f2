import { Body, Controller, Get, HttpCode, Inject, Param, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiAcceptedResponse,
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
} from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser, PasswordResetAccepted, StaffPreferences } from '@trp/contracts';
import { AcceptInvitationDto } from '../accounts/dto/invitation.dto';
import { ChangePasswordDto } from '../accounts/dto/password.dto';
import { PasswordResetAcceptedDto, PasswordResetRequestDto, ResetPasswordDto } from '../accounts/dto/password-reset.dto';
import { CurrentUserDto } from '../accounts/dto/user.dto';
import { StaffPreferencesDto, UpdateStaffPreferencesDto } from '../accounts/dto/preferences.dto';
import { PasswordResetService } from '../accounts/password-reset.service';
import { PreferencesService } from '../accounts/preferences.service';
import { UserAccount } from '../accounts/user-account.entity';
import { UsersService } from '../accounts/users.service';
import { LOCALE_COOKIE_HEADER, setLocaleCookie } from '../common/locale/locale-cookie';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { StaffAuthContext } from './auth-context';
import { Auth } from './auth.decorator';
import { AuthService } from './auth.service';
import { Authenticated } from './authenticated.decorator';
import { LoginDto } from './dto/login.dto';
import { LocalAuthGuard } from './local-auth.guard';
import { Public } from './public.decorator';

const RATE_LIMIT_NOTE =
  'Rate limited per client address (30 a minute, counted in PostgreSQL across instances; 429 with Retry-After). ' +
  'Sign-in failures lock out, in PostgreSQL: 5 for one email from one address lock that address out of it for 1 minute, ' +
  'doubling with each further failure up to 15 minutes; from the 20th failure on one email from all addresses, each failure ' +
  'holds the account back 2 s, doubling up to 30 s; 50 from one address lock the address for 15 minutes. A locked attempt ' +
  'answers 429 with Retry-After and `retryAfterSeconds`.';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
    private readonly passwordReset: PasswordResetService,
    private readonly preferences: PreferencesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('me/preferences')
  @Authenticated()
  @ApiOperation({ summary: 'The own preferences: safety alert mails, morning summary, language' })
  @ApiOkResponse({ type: StaffPreferencesDto })
  getPreferences(@Auth() auth: StaffAuthContext): Promise<StaffPreferences> {
    return this.preferences.get(auth);
  }

  @Patch('me/preferences')
  @Authenticated()
  @ApiOperation({ summary: 'Change the own preferences (any subset); a `locale` also sets the `trp_locale` cookie' })
  @ApiOkResponse({ type: StaffPreferencesDto, headers: LOCALE_COOKIE_HEADER })
  async updatePreferences(
    @Auth() auth: StaffAuthContext,
    @Body() dto: UpdateStaffPreferencesDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StaffPreferences> {
    const preferences = await this.preferences.update(auth, dto);
    if (dto.locale !== undefined) setLocaleCookie(reply, this.config, preferences.locale);
    return preferences;
  }

  @Post('login')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard, LocalAuthGuard)
  @ApiOperation({ summary: 'Sign in: sets the httpOnly `trp_session` cookie and the readable `trp_locale` (the user\'s language)', description: RATE_LIMIT_NOTE })
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ type: CurrentUserDto, headers: LOCALE_COOKIE_HEADER })
  @ApiBadRequestResponse({ description: 'A field is missing or malformed, or an unknown field was sent.' })
  @ApiUnauthorizedResponse({
    description: 'Wrong email or password (the same answer for both), or `mfaRequired: true` when a TOTP or recovery code is needed or wrong.',
  })
  @ApiConflictResponse({
    description:
      '`code: auth.choosePractice`: the password matches accounts of this email at more than one practice; `practices: [{id, name}]` lists them — send the same request again with `practiceId`.',
  })
  @ApiTooManyRequestsResponse({ description: 'Locked out after repeated failures, or rate limited.' })
  async login(@Req() request: FastifyRequest & { user: UserAccount }, @Res({ passthrough: true }) reply: FastifyReply): Promise<CurrentUser> {
    const { user, locale } = await this.auth.signIn(request.user, request, reply);
    setLocaleCookie(reply, this.config, locale);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @Authenticated({ allowDuringMfaEnrollment: true })
  @ApiOperation({ summary: 'End the session' })
  @ApiNoContentResponse({ description: 'Signed out; the cookie is cleared.' })
  logout(@Auth() auth: StaffAuthContext, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    return this.auth.signOut(auth, reply);
  }

  @Get('me')
  @Authenticated({ allowDuringMfaEnrollment: true })
  @ApiOperation({ summary: 'The signed-in user, with roles, practice and `mfaEnrollmentRequired`' })
  @ApiOkResponse({ type: CurrentUserDto })
  me(@Auth() auth: StaffAuthContext): Promise<CurrentUser> {
    return this.users.me(auth);
  }

  @Post('password')
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Change the own password; ends every other session of the user' })
  @ApiNoContentResponse({ description: 'Changed.' })
  @ApiBadRequestResponse({ description: 'The current password is wrong, or the new one breaks the password rules (12–128 characters, not common).' })
  @ApiTooManyRequestsResponse({ description: '5 wrong current passwords within 15 minutes: refused for 15 minutes (Retry-After). Failures are audited.' })
  changePassword(@Auth() auth: StaffAuthContext, @Body() dto: ChangePasswordDto): Promise<void> {
    return this.users.changePassword(auth, dto);
  }

  @Post('invitations/:token/accept')
  @HttpCode(200)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Accept a staff invitation: activates the account and signs the person in (sets `trp_session` and `trp_locale`)', description: RATE_LIMIT_NOTE })
  @ApiOkResponse({ type: CurrentUserDto, headers: LOCALE_COOKIE_HEADER })
  @ApiBadRequestResponse({ description: 'Missing name, or a password that breaks the rules.' })
  @ApiNotFoundResponse({ description: 'Unknown invitation.' })
  @ApiGoneResponse({ description: 'The invitation expired, was withdrawn, or was already used.' })
  @ApiTooManyRequestsResponse({ description: 'Rate limited.' })
  async acceptInvitation(
    @Param('token') token: string,
    @Body() dto: AcceptInvitationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CurrentUser> {
    const { user, locale } = await this.auth.acceptInvitation(token, dto, request, reply);
    setLocaleCookie(reply, this.config, locale);
    return user;
  }

  @Post('password-reset')
  @HttpCode(202)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Forgot password: mails a reset link to an active account; the same 202 whatever the email',
    description:
      'For an active account, mails `${PUBLIC_URL}/password-reset/<token>` (works for 1 hour, once; a newer link replaces it). ' +
      'At most 3 mails per account per hour: further requests still answer 202 and send nothing. ' +
      'Rate limited per client address like sign-in (429).',
  })
  @ApiAcceptedResponse({ type: PasswordResetAcceptedDto, description: 'The same answer for a known, unknown or deactivated email.' })
  @ApiBadRequestResponse({ description: 'The email is missing, not an email address or too long, or an unknown field was sent.' })
  @ApiTooManyRequestsResponse({ description: 'Rate limited (too many requests from this address).' })
  requestPasswordReset(@Body() dto: PasswordResetRequestDto): Promise<PasswordResetAccepted> {
    return this.passwordReset.request(dto);
  }

  @Post('password-reset/:token')
  @HttpCode(204)
  @Public()
  @UseGuards(ThrottlerGuard)
  @ApiOperation({
    summary: 'Set a new password with a reset link; ends every session of the user and clears a sign-in lockout',
    description: 'The password rules are those of invitations (12–128 characters, not common, not the email). ' + RATE_LIMIT_NOTE,
  })
  @ApiNoContentResponse({ description: 'The password is set; sign in with it.' })
  @ApiBadRequestResponse({ description: 'A password that breaks the rules (`password` is named), or an unknown field.' })
  @ApiNotFoundResponse({ description: 'Unknown reset link.' })
  @ApiGoneResponse({ description: 'The link expired, was replaced by a newer one, or was already used.' })
  @ApiTooManyRequestsResponse({ description: 'Rate limited.' })
  resetPassword(@Param('token') token: string, @Body() dto: ResetPasswordDto): Promise<void> {
    return this.passwordReset.reset(token, dto);
  }
}
