import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CounselorNoteView, Page, PAGE_LIMIT } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import { PageQueryDto } from '../common/page-query.dto';
import { CounselorNote } from './counselor-note.entity';
import { CreateNoteDto, toNoteView } from './dto/note.dto';
import { NotesException } from './notes.exception';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A counselor's private notes about a couple: only the couple's counselor reads them; only the author deletes one. */
@Injectable()
export class NotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(auth: AuthContext, coupleId: string, query: PageQueryDto): Promise<Page<CounselorNoteView>> {
    const couple = await this.access.couple(auth, coupleId);
    const limit = query.limit ?? PAGE_LIMIT.default;
    const builder = this.dataSource
      .createQueryBuilder(CounselorNote, 'n')
      .leftJoin('user_account', 'u', 'u.id = n.author_user_id AND u.practice_id = n.practice_id')
      .addSelect('u.display_name', 'author_name')
      .addSelect('n.created_at::text', 'sort_key')
      .where('n.practice_id = :practiceId AND n.couple_id = :coupleId', { practiceId: couple.practiceId, coupleId: couple.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1);
    if (query.cursor) {
      const [value, id] = decodeCursor(query.cursor);
      if (typeof value !== 'string' || !UUID.test(id) || Number.isNaN(Date.parse(value))) throw invalidCursor();
      builder.andWhere('(n.created_at, n.id) < (CAST(:cursorValue AS timestamptz), CAST(:cursorId AS uuid))', { cursorValue: value, cursorId: id });
    }
    const { entities, raw } = await builder.getRawAndEntities<{ author_name: string | null; sort_key: string }>();
    const page = entities.slice(0, limit);
    await this.auditOthersNotesRead(auth, couple.practiceId, couple.id, page);
    const last = page[page.length - 1];
    const lastKey = raw[page.length - 1]?.sort_key;
    return {
      items: page.map((note, i) => toNoteView(note, raw[i]?.author_name ?? null)),
      nextCursor: entities.length > limit && last && lastKey ? encodeCursor([lastKey, last.id]) : null,
    };
  }

  /**
   * Reading notes another counselor wrote (the couple was reassigned) is audited: the admin who moved the couple
   * and the counselor who wrote them can see who read them (docs/privacy.md). One event per page read.
   */
  private async auditOthersNotesRead(auth: AuthContext, practiceId: string, coupleId: string, page: readonly CounselorNote[]): Promise<void> {
    const readerId = this.access.counselor(auth).userId;
    const others = page.filter((note) => note.authorUserId !== readerId);
    if (others.length === 0) return;
    const authorIds = [...new Set(others.map((note) => note.authorUserId).filter((id): id is string => !!id))].sort();
    await this.audit.record({
      practiceId,
      actor: actorOf(auth),
      action: 'notes.viewed',
      target: { type: 'couple', id: coupleId },
      details: { coupleId, notesOfOthers: others.length, authorIds },
    });
  }

  async create(auth: AuthContext, coupleId: string, dto: CreateNoteDto): Promise<CounselorNoteView> {
    return this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, coupleId, manager);
      const caller = this.access.counselor(auth);
      if (dto.assignmentId) {
        const [found] = await manager.query(`SELECT 1 FROM assignment WHERE practice_id = $1 AND couple_id = $2 AND id = $3`, [
          couple.practiceId,
          couple.id,
          dto.assignmentId,
        ]);
        if (!found) throw new NotesException('assignmentNotOfCouple');
      }
      const note = await manager.save(
        manager.create(CounselorNote, { practiceId: couple.practiceId, coupleId: couple.id, assignmentId: dto.assignmentId ?? null, authorUserId: caller.userId, body: dto.body }),
      );
      await this.audit.record(
        { practiceId: couple.practiceId, actor: actorOf(auth), action: 'note.created', target: { type: 'counselor_note', id: note.id }, details: { coupleId: couple.id } },
        manager,
      );
      const [author] = await manager.query(`SELECT display_name FROM user_account WHERE id = $1`, [caller.userId]);
      return toNoteView(note, author?.display_name ?? null);
    });
  }

  /** Deletes a note: the author only (another counselor who now holds the couple gets 403). */
  async delete(auth: AuthContext, coupleId: string, noteId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const couple = await this.access.couple(auth, coupleId, manager);
      const caller = this.access.counselor(auth);
      const note = await manager.findOne(CounselorNote, { where: { id: noteId, practiceId: couple.practiceId, coupleId: couple.id }, lock: { mode: 'pessimistic_write' } });
      if (!note) throw new NotesException('noteNotFound');
      if (note.authorUserId !== caller.userId) throw new NotesException('notAuthor');
      await manager.delete(CounselorNote, { id: note.id });
      await this.audit.record(
        { practiceId: couple.practiceId, actor: actorOf(auth), action: 'note.deleted', target: { type: 'counselor_note', id: note.id }, details: { coupleId: couple.id } },
        manager,
      );
    });
  }
}
