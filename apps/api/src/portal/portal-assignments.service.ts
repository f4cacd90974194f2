import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
import { PAGE_LIMIT, type Page, type PortalAssignment, type PortalAssignmentSummary } from '@trp/contracts';
import { Assignment } from '../assignments/assignment.entity';
import { Response } from '../assignments/response.entity';
import { materializeOccurrences } from '../assignments/series/occurrences';
import type { PartnerAuthContext } from '../auth/auth-context';
import { toPortalAssignment, toSummary } from './dto/portal.dto';
import { definitionOf, ownAssignment, partnersOf, VISIBLE_TO_PARTNER_SQL } from './portal-access';
import { decodeCursor, encodeCursor, invalidCursor } from '../common/cursor';
import type { PageQueryDto } from '../common/page-query.dto';

/** What a partner reads: their couple's assignments, and one with their own answers (and the other's when released). */
@Injectable()
export class PortalAssignmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly exercises: ExercisesService,
  ) {}

  /**
   * The couple's assignments that are not cancelled, each with the caller's own status only, a page at a time. Still to
   * do first (open and not submitted, by due date, undated last), then the rest (submitted or closed), newest first:
   * a partner's first page is what waits for them, and years of history come on demand.
   */
  async list(auth: PartnerAuthContext, query: PageQueryDto = {}): Promise<Page<PortalAssignmentSummary>> {
    const manager = this.dataSource.manager;
    const now = this.clock.now();
    // Repeating assignments: occurrences that have opened are created on read too (exactly once).
    await materializeOccurrences(manager, now, { practiceId: auth.practiceId, coupleId: auth.coupleId });
    const limit = query.limit ?? PAGE_LIMIT.default;
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    if (after && typeof after[0] !== 'string') throw invalidCursor();
    const rows: { id: string; order_key: string }[] = await manager.query(
      `SELECT id, order_key FROM (
         SELECT a.id, ${PORTAL_ORDER_KEY_SQL} AS order_key
           FROM assignment a
           LEFT JOIN response r ON r.assignment_id = a.id AND r.practice_id = a.practice_id AND r.partner_id = $3
          WHERE a.practice_id = $1 AND a.couple_id = $2 AND ${VISIBLE_TO_PARTNER_SQL(4)}
       ) ranked
       WHERE $5::text IS NULL OR (order_key COLLATE "C", id) > ($5::text COLLATE "C", $6::uuid)
       ORDER BY order_key COLLATE "C", id
       LIMIT $7`,
      [auth.practiceId, auth.coupleId, auth.partnerId, now, after?.[0] ?? null, after?.[1] ?? null, limit + 1],
    );
    const pageRows = rows.slice(0, limit);
    const ids = pageRows.map((row) => row.id);
    const [assignments, responses] = ids.length
      ? await Promise.all([
          manager.find(Assignment, { where: { practiceId: auth.practiceId, id: In(ids) } }),
          manager.find(Response, { where: { practiceId: auth.practiceId, partnerId: auth.partnerId, assignmentId: In(ids) } }),
        ])
      : [[], []];
    const byId = new Map(assignments.map((a) => [a.id, a]));
    const byAssignment = new Map(responses.map((r) => [r.assignmentId, r]));
    const definitions = await this.exercises.lookup(auth.practiceId, assignments, manager, auth.locale);
    const items = ids.flatMap((id) => {
      const assignment = byId.get(id);
      const definition = assignment && definitions(assignment.exerciseKey, assignment.exerciseVersion);
      return assignment && definition ? [toSummary(assignment, definition, byAssignment.get(id) ?? null)] : [];
    });
    const last = pageRows.at(-1);
    return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.order_key, last.id]) : null };
  }

  async get(auth: PartnerAuthContext, id: string): Promise<PortalAssignment> {
    const manager = this.dataSource.manager;
    const assignment = await ownAssignment(manager, auth, id, this.clock.now());
    const { me, other } = await partnersOf(manager, auth);
    const definition = await definitionOf(this.exercises, assignment, manager, me.locale);
    const responses = await manager.find(Response, { where: { practiceId: auth.practiceId, assignmentId: assignment.id } });
    const mine = responses.find((r) => r.partnerId === me.id) ?? null;
    const theirs = other ? (responses.find((r) => r.partnerId === other.id) ?? null) : null;
    return toPortalAssignment(assignment, definition, me.perspective, mine, other && { displayName: other.displayName, response: theirs });
  }
}

/**
 * The portal's order as one text key that sorts byte-wise (`COLLATE "C"`), so pages are a keyset: "0" + due (UTC
 * microseconds, undated last) + created for what is still to do; "1" + the inverted submitted-or-created instant for
 * the rest, so newer comes first.
 */
const PORTAL_ORDER_KEY_SQL = `CASE WHEN a.status = 'open' AND r.status IS DISTINCT FROM 'submitted'
  THEN '0' || coalesce(to_char(a.due_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS'), '99999999999999999999')
           || to_char(a.created_at AT TIME ZONE 'UTC', 'YYYYMMDDHH24MISSUS')
  ELSE '1' || lpad((9999999999999999 - floor(extract(epoch FROM coalesce(r.submitted_at, a.created_at)) * 1000000))::bigint::text, 16, '0')
END`;
