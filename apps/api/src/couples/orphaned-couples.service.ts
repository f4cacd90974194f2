import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CoupleCount, OrphanedCouples } from '@trp/contracts';
import { AccessException } from '../access/access.exception';
import type { StaffAuthContext } from '../auth/auth-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LIMIT = 200;

/**
 * The admin's view of who holds couples, without any clinical content: active couples whose counselor is not an
 * active counselor (`isActiveCounselor` in access-rules.ts, mirrored here in SQL) and how many couples one account
 * holds. Labels and counts only — the rule for what an admin may see.
 */
@Injectable()
export class OrphanedCouplesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(auth: StaffAuthContext): Promise<OrphanedCouples> {
    const where = `c.practice_id = $1 AND c.status = 'active' AND NOT (u.status = 'active' AND 'counselor' = ANY(u.roles))`;
    const from = `FROM couple c JOIN user_account u ON u.id = c.counselor_id AND u.practice_id = c.practice_id`;
    const rows: { id: string; label: string; counselor_id: string; display_name: string; status: string }[] = await this.dataSource.query(
      `SELECT c.id, c.label, c.counselor_id, u.display_name, u.status ${from} WHERE ${where} ORDER BY lower(u.display_name), lower(c.label), c.id LIMIT ${LIMIT}`,
      [auth.practiceId],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from} WHERE ${where}`, [auth.practiceId]);
    return {
      items: rows.map((r) => ({ id: r.id, label: r.label, counselorId: r.counselor_id, counselorName: r.display_name, counselorStatus: r.status })),
      total,
    };
  }

  /** How many couples the account `id` of the caller's practice holds; 404 for another practice's account. */
  async count(auth: StaffAuthContext, id: string): Promise<CoupleCount> {
    const [user] = UUID.test(id) ? await this.dataSource.query(`SELECT id FROM user_account WHERE id = $1 AND practice_id = $2`, [id, auth.practiceId]) : [];
    if (!user) throw new AccessException('accountNotFound');
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'active')::int AS active, count(*) FILTER (WHERE status = 'archived')::int AS archived
         FROM couple WHERE practice_id = $1 AND counselor_id = $2`,
      [auth.practiceId, id],
    );
    return { active: row.active, archived: row.archived };
  }
}
