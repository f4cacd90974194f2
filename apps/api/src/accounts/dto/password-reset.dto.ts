import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  PASSWORD_RESET_ACCEPTED_MESSAGE,
  PasswordResetAccepted,
  PasswordResetRequest,
  ResetPasswordRequest,
  SentPasswordReset,
} from '@trp/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class PasswordResetRequestDto implements PasswordResetRequest {
  @ApiProperty({ format: 'email', maxLength: EMAIL_MAX_LENGTH, example: 'amira.haddad@riverside.example' })
  @Transform(trim) @IsString() @MaxLength(EMAIL_MAX_LENGTH) @IsEmail({}, { message: 'email must be an email address' })
  email!: string;
}

export class ResetPasswordDto implements ResetPasswordRequest {
  @ApiProperty({ description: 'The new password: 12–128 characters, not a common password (the rules of invitations).', minLength: 12, maxLength: 128 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password!: string;
}

export class PasswordResetAcceptedDto implements PasswordResetAccepted {
  @ApiProperty({ example: PASSWORD_RESET_ACCEPTED_MESSAGE }) message!: string;
}

export class SentPasswordResetDto implements SentPasswordReset {
  @ApiProperty({ format: 'email' }) sentTo!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

/** The one answer of the self-service request, whatever the email. */
export const PASSWORD_RESET_ACCEPTED: PasswordResetAccepted = { message: PASSWORD_RESET_ACCEPTED_MESSAGE };
