import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { EMAIL_MAX_LENGTH, LoginRequest } from '@trp/contracts';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LoginDto implements LoginRequest {
  @ApiProperty({ format: 'email', example: 'amira.haddad@riverside.example' })
  @Transform(trim) @IsString() @MaxLength(EMAIL_MAX_LENGTH) @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiProperty({ example: 'riverside demo practice' })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password!: string;

  @ApiPropertyOptional({ description: 'Once the account has MFA: a 6-digit code or a recovery code.', example: '123456' })
  @IsOptional() @IsString() @MaxLength(32)
  totp?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only after a 409 `auth.choosePractice`: the practice to sign in to, one of the answer’s `practices`.',
  })
  @IsOptional() @IsUUID('all', { message: 'practiceId must be a UUID' })
  practiceId?: string;
}
