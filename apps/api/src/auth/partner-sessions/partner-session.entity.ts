import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's session, made by exchanging an invite link; dies with the link (revoked or re-issued). */
@Entity('partner_session')
export class PartnerSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner_session' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('uuid')
  inviteLinkId!: string;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz', { default: () => 'now()' })
  lastSeenAt!: Date;

  /** Never later than the link's own expiry. */
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  /**
   * When a right PIN was last checked on this session (or the PIN first set on it). NULL: locked, if the partner has a
   * PIN (a new session, or 5 minutes without a portal request). See `pinLocked` in partner-session-policy.ts.
   */
  @Column('timestamptz', { nullable: true })
  unlockedAt!: Date | null;
}
