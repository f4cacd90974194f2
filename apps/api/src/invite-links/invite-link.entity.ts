import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A partner's personal link. Only the sha256 of its token is stored; at most one live (not revoked) per partner. */
@Entity('invite_link')
export class InviteLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_invite_link' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('text')
  tokenHash!: string;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  firstOpenedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastOpenedAt!: Date | null;

  @Column('integer', { default: 0 })
  useCount!: number;

  /** A reminder's sign-in link: works once, and lives beside the partner's own link instead of replacing it. */
  @Column('boolean', { default: false })
  singleUse!: boolean;
}
