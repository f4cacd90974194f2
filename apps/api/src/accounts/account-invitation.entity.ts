import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '@trp/contracts';
import { Practice } from '../practices/practice.entity';
import { UserAccount } from './user-account.entity';

/** An invitation to an `invited` account. Only the sha256 of its token is stored; at most one is open per account. */
@Entity('account_invitation')
export class AccountInvitation {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_account_invitation' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_account_invitation_practice' })
  practice?: Practice;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_account_invitation_user' })
  user?: UserAccount;

  @Column('text')
  email!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('text')
  tokenHash!: string;

  @Column('uuid', { nullable: true })
  invitedByUserId!: string | null;

  @ManyToOne(() => UserAccount, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'fk_account_invitation_invited_by' })
  invitedBy?: UserAccount | null;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  acceptedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
