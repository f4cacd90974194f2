import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  AcceptInvitationRequest,
  CreatedInvitation,
  CreateInvitationRequest,
  DISPLAY_NAME_MAX_LENGTH,
  EMAIL_MAX_LENGTH,
  Invitation,
  Role,
  ROLES,
} from '@trp/contracts';
import { AccountInvitation } from '../account-invitation.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty({ format: 'email', maxLength: EMAIL_MAX_LENGTH })
  @Transform(trim) @IsString() @MaxLength(EMAIL_MAX_LENGTH) @IsEmail({}, { message: 'email must be an email address' })
  email!: string;

  @ApiProperty({ enum: ROLES, isArray: true, minItems: 1 })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @ArrayUnique() @IsIn(ROLES, { each: true })
  roles!: Role[];
}

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ maxLength: DISPLAY_NAME_MAX_LENGTH, example: 'Maria Lopez' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(DISPLAY_NAME_MAX_LENGTH)
  displayName!: string;

  @ApiProperty({ description: '12–128 characters, not a common password.', minLength: 12, maxLength: 128 })
  @IsString() @IsNotEmpty() @MaxLength(1024)
  password!: string;
}

class InvitedByDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

export class InvitationDto implements Invitation {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: InvitedByDto, nullable: true }) invitedBy!: InvitedByDto | null;
}

export class CreatedInvitationDto extends InvitationDto implements CreatedInvitation {
  @ApiProperty({ description: '`${PUBLIC_URL}/invitations/<token>`: shown only in this answer.' }) inviteUrl!: string;
}

export function toInvitationDto(invitation: AccountInvitation): Invitation {
  return {
    id: invitation.id,
    userId: invitation.userId,
    email: invitation.email,
    roles: [...invitation.roles].sort(),
    expiresAt: invitation.expiresAt.toISOString(),
    createdAt: invitation.createdAt.toISOString(),
    invitedBy: invitation.invitedBy ? { id: invitation.invitedBy.id, displayName: invitation.invitedBy.displayName } : null,
  };
}

export function toCreatedInvitationDto(invitation: AccountInvitation, inviteUrl: string): CreatedInvitation {
  return { ...toInvitationDto(invitation), inviteUrl };
}
