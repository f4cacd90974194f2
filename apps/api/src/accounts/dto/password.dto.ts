import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { ChangePasswordRequest } from '@trp/contracts';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty()
  @IsString() @IsNotEmpty() @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ description: '12–128 characters, not a common password, not the email.', minLength: 12, maxLength: 128 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  newPassword!: string;
}
