import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { MfaEnableResponse, MfaSetupResponse } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { MfaCodeDto, MfaEnableDto, MfaSetupDto } from './dto/mfa.dto';
import { MfaService } from './mfa.service';

@ApiTags('auth')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @Post('setup')
  @HttpCode(200)
  @Authenticated({ allowDuringMfaEnrollment: true })
  @ApiOperation({ summary: 'Start TOTP enrolment: a new secret and its QR code (not on until /enable confirms a code)' })
  @ApiOkResponse({ type: MfaSetupDto })
  @ApiConflictResponse({ description: 'MFA is already on.' })
  setup(@Auth() auth: StaffAuthContext): Promise<MfaSetupResponse> {
    return this.mfa.setup(auth);
  }

  @Post('enable')
  @HttpCode(200)
  @Authenticated({ allowDuringMfaEnrollment: true })
  @ApiOperation({ summary: 'Confirm enrolment with a code from the app; answers ten single-use recovery codes' })
  @ApiOkResponse({ type: MfaEnableDto })
  @ApiBadRequestResponse({ description: 'The code is not correct.' })
  @ApiConflictResponse({ description: 'MFA is already on, or /setup was not called.' })
  enable(@Auth() auth: StaffAuthContext, @Body() dto: MfaCodeDto): Promise<MfaEnableResponse> {
    return this.mfa.enable(auth, dto.code);
  }

  @Post('disable')
  @HttpCode(204)
  @Authenticated({ allowDuringMfaEnrollment: true })
  @ApiOperation({ summary: 'Turn MFA off, proven with a current code or a recovery code' })
  @ApiNoContentResponse({ description: 'MFA is off; the recovery codes are gone.' })
  @ApiBadRequestResponse({ description: 'The code is not correct.' })
  @ApiConflictResponse({ description: 'MFA is not on.' })
  @ApiTooManyRequestsResponse({ description: '5 wrong codes within 15 minutes: refused for 15 minutes (Retry-After). Failures are audited.' })
  disable(@Auth() auth: StaffAuthContext, @Body() dto: MfaCodeDto): Promise<void> {
    return this.mfa.disable(auth, dto.code);
  }
}
