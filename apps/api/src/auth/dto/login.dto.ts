import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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
}
