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
}
