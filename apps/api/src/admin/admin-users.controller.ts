import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { Page, SentPasswordReset, User } from '@trp/contracts';
import { SentPasswordResetDto } from '../accounts/dto/password-reset.dto';
import { UpdateUserDto, UserDto, UserListQueryDto, UserPageDto } from '../accounts/dto/user.dto';
import { PasswordResetService } from '../accounts/password-reset.service';
import { UsersService } from '../accounts/users.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { MfaService } from '../mfa/mfa.service';

@ApiTags('admin')
@Controller('admin/users')
@Authenticated({ roles: ['admin'] })
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly mfa: MfaService,
    private readonly passwordReset: PasswordResetService,
  ) {}

  @Get()
  @ApiOperation({ summary: "The practice's staff accounts: search, filter by role and status, sort, keyset paging" })
  @ApiOkResponse({ type: UserPageDto })
  list(@Auth() auth: StaffAuthContext, @Query() query: UserListQueryDto): Promise<Page<User>> {
    return this.users.list(auth, query);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change roles and/or status (active, deactivated); ends the user’s sessions on a role change or deactivation' })
  @ApiOkResponse({ type: UserDto })
  @ApiBadRequestResponse({ description: 'Bad roles or status, or an unknown field.' })
  @ApiNotFoundResponse({ description: 'No such user in this practice.' })
  @ApiConflictResponse({ description: "The practice's last active admin would lose the role or be deactivated; or the person has not accepted their invitation." })
  update(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto, @Body() dto: UpdateUserDto): Promise<User> {
    return this.users.update(auth, params.id, dto);
  }

  @Post(':id/reset-mfa')
  @HttpCode(204)
  @ApiOperation({ summary: "Clear a user's MFA (lost phone); ends their sessions" })
  @ApiNoContentResponse({ description: 'Reset.' })
  @ApiNotFoundResponse({ description: 'No such user in this practice.' })
  resetMfa(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.mfa.reset(auth, params.id);
  }

  @Post(':id/password-reset')
  @HttpCode(202)
  @ApiOperation({ summary: 'Mail the user a password reset link (the same mail as “Forgot your password?”); audited with the admin as actor' })
  @ApiAcceptedResponse({ type: SentPasswordResetDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such user in this practice.' })
  @ApiConflictResponse({ description: 'The account is deactivated, or the invitation was not accepted yet.' })
  @ApiTooManyRequestsResponse({ description: 'Three reset mails were already sent to this account within the hour.' })
  sendPasswordReset(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<SentPasswordReset> {
    return this.passwordReset.send(auth, params.id);
  }
}
