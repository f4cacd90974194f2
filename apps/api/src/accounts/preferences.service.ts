import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { StaffPreferences } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { toStaffPreferencesDto, UpdateStaffPreferencesDto } from './dto/preferences.dto';
import { UserAccount } from './user-account.entity';

/** A staff member's own preferences: safety alert mails, the morning summary, the language. */
@Injectable()
export class PreferencesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(auth: StaffAuthContext): Promise<StaffPreferences> {
    return toStaffPreferencesDto(await this.dataSource.getRepository(UserAccount).findOneByOrFail({ id: auth.userId, practiceId: auth.practiceId }));
  }

  async update(auth: StaffAuthContext, dto: UpdateStaffPreferencesDto): Promise<StaffPreferences> {
    const changes = Object.fromEntries(Object.entries({ safetyAlerts: dto.safetyAlerts, dailySummary: dto.dailySummary, locale: dto.locale }).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) await this.dataSource.getRepository(UserAccount).update({ id: auth.userId, practiceId: auth.practiceId }, changes);
    return this.get(auth);
  }
}
