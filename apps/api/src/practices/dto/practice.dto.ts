import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsTimeZone, Matches, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ARCHIVED_RETENTION_DAYS, CRISIS_RESOURCES_MAX_LENGTH, DEFAULT_PRACTICE_SETTINGS, Locale, LOCALES, Practice as PracticeView, PRACTICE_NAME_MAX_LENGTH, PRACTICE_SETTING_LIMITS, PracticeSettings, TIME_OF_DAY, UpdatePracticeRequest } from '@trp/contracts';
import { Practice } from '../practice.entity';
import { resolvePracticeSettings } from '../practice-settings';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const {
  idleTimeoutMinutes: idle,
  absoluteTimeoutHours: absolute,
  inviteLinkDays: invite,
  reminderHoursBeforeDue: before,
  reminderEveryDaysOverdue: every,
  remindersPerAssignment: cap,
} = PRACTICE_SETTING_LIMITS;
const range = (field: string, { min, max }: { min: number; max: number }, unit: string) => ({ message: `${field} must be a whole number of ${unit} from ${min} to ${max}` });

export class PracticeSettingsDto implements PracticeSettings {
  @ApiProperty({ minimum: idle.min, maximum: idle.max, example: 30 }) idleTimeoutMinutes!: number;
  @ApiProperty({ minimum: absolute.min, maximum: absolute.max, example: 12 }) absoluteTimeoutHours!: number;
  @ApiProperty({ minimum: invite.min, maximum: invite.max, example: 30 }) inviteLinkDays!: number;
  @ApiProperty({ example: false }) mfaRequired!: boolean;
  @ApiProperty({ maxLength: CRISIS_RESOURCES_MAX_LENGTH, example: DEFAULT_PRACTICE_SETTINGS.crisisResources, description: 'Shown to partners under the safety question and in the portal.' })
  crisisResources!: string;
  @ApiProperty({ example: 'Europe/Madrid', description: 'IANA time zone for the practice\'s dates, sessions, reminders and quiet hours.' })
  timezone!: string;
  @ApiProperty({ type: Number, nullable: true, minimum: ARCHIVED_RETENTION_DAYS.min, maximum: ARCHIVED_RETENTION_DAYS.max, description: 'Archived couples are erased this many days after archiving; null keeps them.' })
  archivedRetentionDays!: number | null;

  @ApiProperty({ example: true, description: 'Partners with an email are reminded of exercises waiting for them.' }) remindersEnabled!: boolean;
  @ApiProperty({ minimum: before.min, maximum: before.max, example: 24 }) reminderHoursBeforeDue!: number;
  @ApiProperty({ minimum: every.min, maximum: every.max, example: 2 }) reminderEveryDaysOverdue!: number;
  @ApiProperty({ minimum: cap.min, maximum: cap.max, example: 3 }) remindersPerAssignment!: number;
  @ApiProperty({ type: String, nullable: true, example: '21:00', description: 'Local time (HH:MM) quiet hours start; null with quietHoursEnd: none.' }) quietHoursStart!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '08:00' }) quietHoursEnd!: string | null;
  @ApiProperty({ enum: LOCALES, example: 'en', description: 'The language new partners and new staff invitations start in.' }) defaultLocale!: Locale;
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

  @ApiPropertyOptional({ minLength: 1, maxLength: CRISIS_RESOURCES_MAX_LENGTH, description: 'Shown to partners under the safety question and in the portal.' })
  @ValidateIf((_dto, value) => value !== undefined) @Transform(trim) @IsString({ message: 'crisisResources must be text' }) @IsNotEmpty({ message: 'crisisResources must not be empty' })
  @MaxLength(CRISIS_RESOURCES_MAX_LENGTH, { message: `crisisResources must be at most ${CRISIS_RESOURCES_MAX_LENGTH} characters` })
  crisisResources?: string;

  @ApiPropertyOptional({ example: 'Europe/Madrid', description: 'IANA time zone (e.g. Europe/Madrid, America/New_York, UTC).' })
  @ValidateIf((_dto, value) => value !== undefined)
  @IsString({ message: 'timezone must be text' }) @IsTimeZone({ message: 'timezone must be an IANA time zone such as Europe/Madrid or America/New_York' })
  timezone?: string;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: ARCHIVED_RETENTION_DAYS.min, maximum: ARCHIVED_RETENTION_DAYS.max, description: 'Erase archived couples this many days after archiving; null keeps them.' })
  @ValidateIf((_dto, value) => value !== undefined && value !== null)
  @IsInt({ message: 'archivedRetentionDays must be a whole number of days, or null to keep archived couples' })
  @Min(ARCHIVED_RETENTION_DAYS.min, { message: `archivedRetentionDays must be at least ${ARCHIVED_RETENTION_DAYS.min}` })
  @Max(ARCHIVED_RETENTION_DAYS.max, { message: `archivedRetentionDays must be at most ${ARCHIVED_RETENTION_DAYS.max}` })
  archivedRetentionDays?: number | null;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean({ message: 'remindersEnabled must be true or false' })
  remindersEnabled?: boolean;

  @ApiPropertyOptional({ minimum: before.min, maximum: before.max })
  @IsOptional() @IsInt(range('reminderHoursBeforeDue', before, 'hours')) @Min(before.min, range('reminderHoursBeforeDue', before, 'hours')) @Max(before.max, range('reminderHoursBeforeDue', before, 'hours'))
  reminderHoursBeforeDue?: number;

  @ApiPropertyOptional({ minimum: every.min, maximum: every.max })
  @IsOptional() @IsInt(range('reminderEveryDaysOverdue', every, 'days')) @Min(every.min, range('reminderEveryDaysOverdue', every, 'days')) @Max(every.max, range('reminderEveryDaysOverdue', every, 'days'))
  reminderEveryDaysOverdue?: number;

  @ApiPropertyOptional({ minimum: cap.min, maximum: cap.max })
  @IsOptional() @IsInt(range('remindersPerAssignment', cap, 'reminders')) @Min(cap.min, range('remindersPerAssignment', cap, 'reminders')) @Max(cap.max, range('remindersPerAssignment', cap, 'reminders'))
  remindersPerAssignment?: number;

  @ApiPropertyOptional({ type: String, nullable: true, example: '21:00', description: 'HH:MM, or null together with quietHoursEnd for no quiet hours.' })
  @ValidateIf((_dto, value) => value !== undefined && value !== null)
  @Matches(TIME_OF_DAY, { message: 'quietHoursStart must be a time such as 21:00, or null' })
  quietHoursStart?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '08:00', description: 'HH:MM, or null together with quietHoursStart.' })
  @ValidateIf((_dto, value) => value !== undefined && value !== null)
  @Matches(TIME_OF_DAY, { message: 'quietHoursEnd must be a time such as 08:00, or null' })
  quietHoursEnd?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, description: 'The language new partners and new staff invitations start in.' })
  @IsOptional() @IsIn(LOCALES, { message: `defaultLocale must be one of ${LOCALES.join(', ')}` })
  defaultLocale?: Locale;
}


export function toPracticeDto(practice: Practice): PracticeView {
  return { id: practice.id, name: practice.name, settings: resolvePracticeSettings(practice.settings) };
}
