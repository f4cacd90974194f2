import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { Locale, LOCALES, StaffPreferences } from '@trp/contracts';
import { UserAccount } from '../user-account.entity';

export class StaffPreferencesDto implements StaffPreferences {
  @ApiProperty({ description: 'A mail within a minute when a client’s safety check raises a flag (no names, no answers).' }) safetyAlerts!: boolean;
  @ApiProperty({ description: 'A morning summary (counts only) at 07:00 practice time.' }) dailySummary!: boolean;
  @ApiProperty({ enum: LOCALES }) locale!: Locale;
}

export class UpdateStaffPreferencesDto implements Partial<StaffPreferences> {
  @ApiPropertyOptional()
  @IsOptional() @IsBoolean({ message: 'safetyAlerts must be true or false' })
  safetyAlerts?: boolean;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean({ message: 'dailySummary must be true or false' })
  dailySummary?: boolean;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional() @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export function toStaffPreferencesDto(user: Pick<UserAccount, 'safetyAlerts' | 'dailySummary' | 'locale'>): StaffPreferences {
  return { safetyAlerts: user.safetyAlerts, dailySummary: user.dailySummary, locale: user.locale };
}
