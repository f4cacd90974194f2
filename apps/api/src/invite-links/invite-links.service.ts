import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuditActionCode, EmailedInviteLink, IssuedInviteLink } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import { actorOf } from '../audit/audit-record';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { Couple } from '../couples/couple.entity';
import type { Partner } from '../couples/partner.entity';
import { MailOutboxService } from '../mail/mail-outbox.service';
import { PracticesService } from '../practices/practices.service';
import { inviteLinkMail } from './invite-link-mail';
import { issueInviteLink, IssuedLink } from './invite-link-issuer';
import { InviteLinksException } from './invite-links.exception';
import { revokeLiveLinks } from './link-revocation';

/** Partners' personal invite links: issue (the old one dies at once), revoke, and send by email. */
@Injectable()
export class InviteLinksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AccessService,
    private readonly practices: PracticesService,
    private readonly audit: AuditService,
    private readonly mail: MailOutboxService,
    private readonly clock: Clock,
  ) {}

  /** A new link for one partner (expiry from the practice's policy); the previous link and its sessions end now. */
  async issue(auth: AuthContext, coupleId: string, partnerId: string): Promise<IssuedInviteLink> {
    return this.dataSource.transaction(async (manager) => {
      const { couple, partner } = await this.access.partner(auth, coupleId, partnerId, manager, { lock: true });
      const issued = await this.issueFor(manager, auth, couple, partner, 'invite_link.issued');
      return { url: issued.url, expiresAt: issued.link.expiresAt.toISOString() };
    });
  }

  /**
   * Issues a fresh link and queues the mail that carries it (a `mail` job, sent after the answer and retried;
   * the link waits encrypted and is purged once sent). Mail and link exist exactly when the transaction commits.
   */
  async email(auth: AuthContext, coupleId: string, partnerId: string): Promise<EmailedInviteLink> {
    return this.dataSource.transaction(async (manager) => {
      const { couple, partner } = await this.access.partner(auth, coupleId, partnerId, manager, { lock: true });
      if (!partner.email) throw new InviteLinksException('noEmail');
      const to = partner.email;
      const issued = await this.issueFor(manager, auth, couple, partner, 'invite_link.emailed');
      const [names] = await manager.query(
        `SELECT u.display_name AS counselor_name, p.name AS practice_name FROM practice p LEFT JOIN user_account u ON u.id = $2 AND u.practice_id = p.id WHERE p.id = $1`,
        [couple.practiceId, couple.counselorId],
      );
      await this.mail.queue(manager, {
        ...inviteLinkMail({
          to,
          locale: partner.locale,
          partnerName: partner.displayName,
          counselorName: names?.counselor_name || undefined,
          practiceName: names?.practice_name ?? '',
          url: issued.url,
          expiresAt: issued.link.expiresAt,
        }),
        practiceId: couple.practiceId,
        kind: 'invite_link',
        link: issued.url,
      });
      return { sentTo: to, expiresAt: issued.link.expiresAt.toISOString() };
    });
  }

  /** Revokes the partner's live link and every partner session made from it (idempotent). */
  async revoke(auth: AuthContext, coupleId: string, partnerId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { couple, partner } = await this.access.partner(auth, coupleId, partnerId, manager, { lock: true });
      const revoked = await revokeLiveLinks(manager, couple.practiceId, [partner.id], this.clock.now());
      for (const linkId of revoked) {
        await this.audit.record(
          {
            practiceId: couple.practiceId,
            actor: actorOf(auth),
            action: 'invite_link.revoked',
            target: { type: 'invite_link', id: linkId },
            details: { coupleId: couple.id, partnerId: partner.id },
          },
          manager,
        );
      }
    });
  }

  private async issueFor(manager: EntityManager, auth: AuthContext, couple: Couple, partner: Partner, action: Extract<AuditActionCode, `invite_link.${string}`>): Promise<IssuedLink> {
    if (couple.status === 'archived') throw new InviteLinksException('coupleArchived');
    if (partner.erasedAt) throw new InviteLinksException('partnerErased');
    const { inviteLinkDays } = await this.practices.settings(couple.practiceId, manager);
    const issued = await issueInviteLink(manager, {
      practiceId: couple.practiceId,
      partnerId: partner.id,
      createdByUserId: auth.kind === 'staff' ? auth.userId : null,
      days: inviteLinkDays,
      now: this.clock.now(),
      publicUrl: this.config.publicUrl,
    });
    await this.audit.record(
      {
        practiceId: couple.practiceId,
        actor: actorOf(auth),
        action,
        target: { type: 'invite_link', id: issued.link.id },
        details: { coupleId: couple.id, partnerId: partner.id, expiresAt: issued.link.expiresAt.toISOString(), replacedLinkIds: issued.replacedLinkIds },
      },
      manager,
    );
    return issued;
  }
}
