import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Locale, Role, UserStatus } from '@trp/contracts';
import { Practice } from '../practices/practice.entity';

/** A staff account. The email is unique per practice (stored lowercase); the same person may have one at each practice. */
@Entity('user_account')
export class UserAccount {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_user_account' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id', foreignKeyConstraintName: 'fk_user_account_practice' })
  practice?: Practice;

  @Column('text')
  email!: string;

  /** '' while invited. */
  @Column('text', { default: '' })
  displayName!: string;

  @Column('text', { array: true })
  roles!: Role[];

  @Column('text', { default: 'invited' })
  status!: UserStatus;

  /** argon2id (PHC string); null while invited. */
  @Column('text', { nullable: true, select: false })
  passwordHash!: string | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;

  /** AES-256-GCM ciphertext of the TOTP secret (see mfa/totp-cipher.ts); set while MFA is on. */
  @Column('text', { nullable: true, select: false })
  totpSecretEncrypted!: string | null;

  /** A secret from /mfa/setup waiting for /mfa/enable to confirm a code. */
  @Column('text', { nullable: true, select: false })
  totpPendingSecretEncrypted!: string | null;

  /** The last TOTP time step accepted: a code is never accepted twice. */
  @Column('bigint', { nullable: true, select: false })
  totpLastTimeStep!: string | null;

  @Column('timestamptz', { nullable: true })
  mfaEnabledAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastSignInAt!: Date | null;

  /** Preferences (GET/PATCH /api/auth/me/preferences). */
  @Column('boolean', { default: true })
  safetyAlerts!: boolean;

  @Column('boolean', { default: false })
  dailySummary!: boolean;

  @Column('text', { default: 'en' })
  locale!: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
