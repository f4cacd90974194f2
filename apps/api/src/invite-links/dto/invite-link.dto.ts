import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { EmailedInviteLink, IssuedInviteLink } from '@trp/contracts';

/** `/api/couples/:id/partners/:partnerId/…` */
export class PartnerParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'partnerId must be a UUID' }) partnerId!: string;
}

export class IssuedInviteLinkDto implements IssuedInviteLink {
  @ApiProperty({ example: 'https://practice.example.org/i/…' }) url!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}

export class EmailedInviteLinkDto implements EmailedInviteLink {
  @ApiProperty({ format: 'email' }) sentTo!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
