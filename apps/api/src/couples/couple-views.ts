import { EntityManager, In } from 'typeorm';
import type { CoupleView } from '@trp/contracts';
import type { LinkFacts } from '../invite-links/link-state';
import { sessionTimes } from '../sessions/session-times';
import type { Couple } from './couple.entity';
import { Partner } from './partner.entity';
import { toCoupleView } from './dto/couple.dto';

interface LinkRow {
  partner_id: string;
  created_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  first_opened_at: Date | null;
  last_opened_at: Date | null;
}

/** Each partner's current link: the live one when there is one, else the newest. One query for all partners. */
export async function currentLinks(manager: EntityManager, practiceId: string, partnerIds: readonly string[]): Promise<Map<string, LinkFacts>> {
  if (partnerIds.length === 0) return new Map();
  const rows: LinkRow[] = await manager.query(
    `SELECT DISTINCT ON (partner_id) partner_id, created_at, expires_at, revoked_at, first_opened_at, last_opened_at
       FROM invite_link
      WHERE practice_id = $1 AND partner_id = ANY($2::uuid[]) AND NOT single_use
      ORDER BY partner_id, (revoked_at IS NULL) DESC, created_at DESC, id DESC`,
    [practiceId, partnerIds],
  );
  return new Map(
    rows.map((row) => [
      row.partner_id,
      {
        createdAt: row.created_at,
        expiresAt: row.expires_at,
        revokedAt: row.revoked_at,
        firstOpenedAt: row.first_opened_at,
        lastOpenedAt: row.last_opened_at,
      },
    ]),
  );
}

/** The views of some couples of one practice, in the given order: three queries whatever their number. */
export async function coupleViews(manager: EntityManager, couples: readonly Couple[], now: Date): Promise<CoupleView[]> {
  const first = couples[0];
  if (!first) return [];
  const partners = await manager.find(Partner, {
    where: { practiceId: first.practiceId, coupleId: In(couples.map((c) => c.id)) },
    order: { position: 'ASC' },
  });
  const links = await currentLinks(manager, first.practiceId, partners.map((p) => p.id));
  const sessions = await sessionTimes(manager, first.practiceId, couples.map((c) => c.id), now);
  const byCouple = new Map<string, Partner[]>();
  for (const partner of partners) byCouple.set(partner.coupleId, [...(byCouple.get(partner.coupleId) ?? []), partner]);
  return couples.map((couple) => toCoupleView(couple, byCouple.get(couple.id) ?? [], links, now, sessions.get(couple.id)));
}

export async function coupleView(manager: EntityManager, couple: Couple, now: Date): Promise<CoupleView> {
  const [view] = await coupleViews(manager, [couple], now);
  return view as CoupleView;
}
