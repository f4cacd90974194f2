import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Practice } from '../practices/practice.entity';
import { UserAccount } from './user-account.entity';

/** A password reset link that was mailed. Only the sha256 of its token is stored; at most one is open per account. */
@Entity('password_reset')
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_password_reset' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_password_reset_practice' })
  practice?: Practice;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_password_reset_user' })
  user?: UserAccount;

  @Column('text')
  tokenHash!: string;

  /** The admin who sent it; null when the person asked for it themselves. */
  @Column('uuid', { nullable: true })
  requestedByUserId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'requested_by_user_id', foreignKeyConstraintName: 'fk_password_reset_requested_by' })
  requestedBy?: UserAccount | null;

  /** From the Clock (the per-account limit counts these). */
  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;

  /** A newer link was sent, or the password was reset with another link. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
