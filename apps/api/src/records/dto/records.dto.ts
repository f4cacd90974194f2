import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export const EXPORT_FORMATS = ['json', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export class ExportQueryDto {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'json' })
  @IsOptional() @IsIn(EXPORT_FORMATS, { message: 'format must be json or html' })
  format?: ExportFormat;
}

export class ErasePartnerDto {
  @ApiProperty({ maxLength: 200, description: "The partner's display name, typed by the counselor to confirm.", example: 'Robin' })
  @IsString({ message: 'confirm must be text' }) @IsNotEmpty({ message: "confirm must be the partner's name" }) @MaxLength(200)
  confirm!: string;
}

/** The name an erased partner shows under. */
export const ERASED_PARTNER_NAME = 'Erased partner';
