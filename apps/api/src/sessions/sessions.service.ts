import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Session as SessionView, SESSION_DURATION } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { CreateSessionDto, toSessionView } from './dto/session.dto';
import { Session } from './session.entity';
import { SessionsException } from './sessions.exception';

/** A couple's sessions: the couple's counselor schedules, lists and deletes them (access: AccessService.couple). */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, coupleId: string): Promise<SessionView[]> {
    const couple = await this.access.couple(auth, coupleId);
    const sessions = await this.dataSource.manager.find(Session, {
      where: { practiceId: couple.practiceId, coupleId: couple.id },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
    return sessions.map(toSessionView);
  }

  async create(auth: AuthContext, coupleId: string, dto: CreateSessionDto): Promise<SessionView> {
    return this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, coupleId, manager);
      const caller = this.access.counselor(auth);
      const session = await manager.save(
        manager.create(Session, {
          practiceId: couple.practiceId,
          coupleId: couple.id,
          startsAt: new Date(dto.startsAt),
          durationMinutes: dto.durationMinutes ?? SESSION_DURATION.default,
          createdBy: caller.userId,
        }),
      );
      await this.audit.record(
        { practiceId: couple.practiceId, actor: actorOf(auth), action: 'session.created', target: { type: 'session', id: session.id }, details: { coupleId: couple.id } },
        manager,
      );
      return toSessionView(session);
    });
  }

  async delete(auth: AuthContext, coupleId: string, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, coupleId, manager);
      const session = await manager.findOne(Session, { where: { id: sessionId, practiceId: couple.practiceId, coupleId: couple.id }, lock: { mode: 'pessimistic_write' } });
      if (!session) throw new SessionsException('sessionNotFound');
      await manager.delete(Session, { id: session.id });
      await this.audit.record(
        { practiceId: couple.practiceId, actor: actorOf(auth), action: 'session.deleted', target: { type: 'session', id: session.id }, details: { coupleId: couple.id } },
        manager,
      );
    });
  }
}
