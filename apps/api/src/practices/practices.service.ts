import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Practice as PracticeView, PracticeSettings } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import { StaffAuthContext } from '../auth/auth-context';
import { errorBody } from '../common/error-body';
import { toPracticeDto, UpdatePracticeDto } from './dto/practice.dto';
import { Practice } from './practice.entity';
import { resolvePracticeSettings } from './practice-settings';
import { PracticesException } from './practices.exception';

/** A practice's name and policies. */
@Injectable()
export class PracticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async settings(practiceId: string, manager: EntityManager = this.dataSource.manager): Promise<PracticeSettings> {
    return resolvePracticeSettings((await this.find(manager, practiceId)).settings);
  }

  async get(auth: StaffAuthContext): Promise<PracticeView> {
    return toPracticeDto(await this.find(this.dataSource.manager, auth.practiceId));
  }

  /** Changes the name and policies in one transaction; audits what changed (old and new values). */
  async update(auth: StaffAuthContext, dto: UpdatePracticeDto): Promise<PracticeView> {
    return this.dataSource.transaction(async (manager) => {
      const practice = await manager.findOne(Practice, {
        where: { id: auth.practiceId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!practice) throw new PracticesException('notFound');
      const before = { name: practice.name, ...resolvePracticeSettings(practice.settings) };
      const { name, ...settings } = dto;
      const after = { ...before, ...(name !== undefined && { name }), ...stripUndefined(settings) };
      assertQuietHours(after);
      const changes = Object.fromEntries(
        (Object.keys(after) as (keyof typeof after)[])
          .filter((key) => after[key] !== before[key])
          .map((key) => [key, { from: before[key], to: after[key] }]),
      );
      if (Object.keys(changes).length === 0) return toPracticeDto(practice);
      const { name: newName, ...newSettings } = after;
      practice.name = newName;
      practice.settings = { ...practice.settings, ...newSettings };
      await manager.save(practice);
      await this.audit.record(
        {
          practiceId: practice.id,
          actor: { kind: 'staff', id: auth.userId },
          action: 'practice.settings_changed',
          target: { type: 'practice', id: practice.id },
          details: { changes },
        },
        manager,
      );
      return toPracticeDto(practice);
    });
  }

  private async find(manager: EntityManager, id: string): Promise<Practice> {
    const practice = await manager.findOne(Practice, { where: { id } });
    if (!practice) throw new PracticesException('notFound');
    return practice;
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Quiet hours are both times (different) or both null. */
function assertQuietHours(settings: { quietHoursStart: string | null; quietHoursEnd: string | null }): void {
  const { quietHoursStart: start, quietHoursEnd: end } = settings;
  if ((start === null) === (end === null) && (start === null || start !== end)) return;
  const field = start === null ? 'quietHoursStart' : 'quietHoursEnd';
  const message = start !== null && start === end ? 'quietHoursEnd must differ from quietHoursStart' : `${field} must be set together with ${field === 'quietHoursStart' ? 'quietHoursEnd' : 'quietHoursStart'} (or both null for no quiet hours)`;
  throw new BadRequestException(errorBody(400, message, { errors: [{ field, message }] }));
}
