import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Practice as PracticeView, PRACTICE_NAME_MAX_LENGTH, PRACTICE_SETTING_LIMITS, PracticeSettings, UpdatePracticeRequest } from '@trp/contracts';
import { Practice } from '../practice.entity';
import { resolvePracticeSettings } from '../practice-settings';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const { idleTimeoutMinutes: idle, absoluteTimeoutHours: absolute, inviteLinkDays: invite } = PRACTICE_SETTING_LIMITS;

export class PracticeSettingsDto implements PracticeSettings {
  @ApiProperty({ minimum: idle.min, maximum: idle.max, example: 30 }) idleTimeoutMinutes!: number;
  @ApiProperty({ minimum: absolute.min, maximum: absolute.max, example: 12 }) absoluteTimeoutHours!: number;
  @ApiProperty({ minimum: invite.min, maximum: invite.max, example: 30 }) inviteLinkDays!: number;
  @ApiProperty({ example: false }) mfaRequired!: boolean;
}

export class PracticeDto implements PracticeView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: PracticeSettingsDto }) settings!: PracticeSettingsDto;
}

/** PATCH /api/admin/practice: any subset of the name and the policies. */
export class UpdatePracticeDto implements UpdatePracticeRequest {
  @ApiPropertyOptional({ maxLength: PRACTICE_NAME_MAX_LENGTH })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(PRACTICE_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ minimum: idle.min, maximum: idle.max })
  @IsOptional() @IsInt() @Min(idle.min) @Max(idle.max)
  idleTimeoutMinutes?: number;

  @ApiPropertyOptional({ minimum: absolute.min, maximum: absolute.max })
  @IsOptional() @IsInt() @Min(absolute.min) @Max(absolute.max)
  absoluteTimeoutHours?: number;

  @ApiPropertyOptional({ minimum: invite.min, maximum: invite.max })
  @IsOptional() @IsInt() @Min(invite.min) @Max(invite.max)
  inviteLinkDays?: number;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  mfaRequired?: boolean;
}

export function toPracticeDto(practice: Practice): PracticeView {
  return { id: practice.id, name: practice.name, settings: resolvePracticeSettings(practice.settings) };
}
