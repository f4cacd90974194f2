import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MfaCodeRequest, MfaEnableResponse, MfaSetupResponse } from '@trp/contracts';

export class MfaCodeDto implements MfaCodeRequest {
  @ApiProperty({ description: 'A 6-digit code from the authenticator app (or, to disable, a recovery code).', example: '123456' })
  @IsString() @IsNotEmpty() @MaxLength(32)
  code!: string;
}

export class MfaSetupDto implements MfaSetupResponse {
  @ApiProperty({ description: 'Base32 secret, to type in by hand.' }) secret!: string;
  @ApiProperty({ example: 'otpauth://totp/Trust%20Repair%20Practice:maria%40example.org?secret=…' }) otpauthUrl!: string;
  @ApiProperty({ description: 'PNG QR code of otpauthUrl, as a data: URL.' }) qrCodeDataUrl!: string;
}

export class MfaEnableDto implements MfaEnableResponse {
  @ApiProperty({ type: [String], description: 'Ten single-use recovery codes, shown only now.' }) recoveryCodes!: string[];
}
