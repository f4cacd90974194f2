import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from '../accounts/passwords';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { PartnerAuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { Partner } from '../couples/partner.entity';
import { revokeLiveLinks } from '../invite-links/link-revocation';
import { PartnerSessionsService } from '../auth/partner-sessions/partner-sessions.service';
import { PIN_MAX_FAILURES, SetPinDto } from './dto/portal-pin.dto';
import { SharedPhoneException } from './shared-phone.exception';

/**
 * The partner's optional portal PIN (DESIGN "Shared phones"): stored as an argon2id hash; the portal asks for it after
 * 5 minutes idle or on reopening (the API enforces it: PartnerSessionsService.authenticate locks the session, a right
 * PIN here unlocks it). Five wrong tries in a row end the partner session and revoke the link: the counselor re-issues one.
 */
@Injectable()
export class PortalPinService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly sessions: PartnerSessionsService,
  ) {}

  async state(auth: PartnerAuthContext): Promise<{ set: boolean }> {
    const partner = await this.load(this.dataSource.manager, auth, false);
    return { set: Boolean(partner.pinHash) };
  }

  /**
   * Sets, changes (`currentPin` required) or removes (`pin: null`) the PIN. A wrong `currentPin` counts as a wrong try.
   * Setting the first PIN unlocks the session it is set on; the partner's other sessions ask for it from then on.
   */
  async set(auth: PartnerAuthContext, dto: SetPinDto): Promise<void> {
    const hash = dto.pin === null ? null : await hashPassword(dto.pin);
    await this.withPartner(auth, async (manager, partner) => {
      if (partner.pinHash) {
        if (!dto.currentPin) throw new SharedPhoneException('currentPinRequired');
        await this.verifyOrCount(manager, auth, partner, dto.currentPin);
      } else if (hash === null) {
        return; // no PIN, none wanted: nothing changes
      } else {
        await this.sessions.unlock(auth, manager); // the first PIN, set on this session: it stays open here
      }
      await manager.update(Partner, { id: partner.id, practiceId: partner.practiceId }, { pinHash: hash, pinFailures: 0 });
      await this.audit.record(
        { practiceId: auth.practiceId, actor: actorOf(auth), action: hash ? 'partner.pin_set' : 'partner.pin_removed', target: { type: 'partner', id: partner.id }, details: { coupleId: auth.coupleId, partnerId: partner.id } },
        manager,
      );
    });
  }

  /** Right: 204 and the count of wrong tries starts again. Wrong: 403 with `remaining`; the fifth ends the session (401). */
  async check(auth: PartnerAuthContext, pin: string): Promise<void> {
    await this.withPartner(auth, async (manager, partner) => {
      if (!partner.pinHash) return;
      await this.verifyOrCount(manager, auth, partner, pin);
      await this.sessions.unlock(auth, manager);
      if (partner.pinFailures > 0) await manager.update(Partner, { id: partner.id, practiceId: partner.practiceId }, { pinFailures: 0 });
    });
  }

  /**
   * Runs `work` with the partner row locked. A wrong PIN is counted in its own committed transaction (so a failing
   * request still counts), and the fifth ends every session of the partner and their link.
   */
  private async withPartner(auth: PartnerAuthContext, work: (manager: EntityManager, partner: Partner) => Promise<void>): Promise<void> {
    let lockedOut = false;
    let wrong: { remaining: number } | null = null;
    await this.dataSource.transaction(async (manager) => {
      const partner = await this.load(manager, auth, true);
      try {
        await work(manager, partner);
      } catch (error) {
        if (!(error instanceof WrongPin)) throw error;
        const failures = partner.pinFailures + 1;
        if (failures >= PIN_MAX_FAILURES) {
          await this.lockOut(manager, auth, partner);
          lockedOut = true;
        } else {
          await manager.update(Partner, { id: partner.id, practiceId: partner.practiceId }, { pinFailures: failures });
          wrong = { remaining: PIN_MAX_FAILURES - failures };
        }
      }
    });
    if (lockedOut) throw new SharedPhoneException('lockedOut'); // the controller clears the session cookie
    if (wrong) throw new SharedPhoneException('wrongPin', wrong);
  }

  private async verifyOrCount(_manager: EntityManager, _auth: PartnerAuthContext, partner: Partner, pin: string): Promise<void> {
    if (!(await verifyPassword(partner.pinHash, pin))) throw new WrongPin();
  }

  private async lockOut(manager: EntityManager, auth: PartnerAuthContext, partner: Partner): Promise<void> {
    const now = this.clock.now();
    await revokeLiveLinks(manager, partner.practiceId, [partner.id], now);
    await this.sessions.revokeAllOf(partner.practiceId, partner.id, manager);
    await manager.update(Partner, { id: partner.id, practiceId: partner.practiceId }, { pinFailures: 0 });
    await this.audit.record(
      { practiceId: auth.practiceId, actor: actorOf(auth), action: 'partner.pin_locked_out', target: { type: 'partner', id: partner.id }, outcome: 'denied', details: { coupleId: auth.coupleId, partnerId: partner.id } },
      manager,
    );
  }

  private async load(manager: EntityManager, auth: PartnerAuthContext, lock: boolean): Promise<Partner> {
    const query = manager
      .createQueryBuilder(Partner, 'p')
      .addSelect('p.pinHash')
      .where('p.id = :id AND p.practice_id = :practiceId AND p.couple_id = :coupleId', { id: auth.partnerId, practiceId: auth.practiceId, coupleId: auth.coupleId });
    if (lock) query.setLock('pessimistic_write');
    return query.getOneOrFail();
  }
}

class WrongPin extends Error {}
