import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per subject (`email:<normalized email>` or `ip:<address>`), kept in PostgreSQL so the lockout
 * holds across instances and restarts. Keyed by email whether or not an account exists, so a lockout reveals nothing.
 */
@Entity('sign_in_lockout')
export class SignInLockout {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_sign_in_lockout' })
  subject!: string;

  @Column('integer')
  failureCount!: number;

  @Column('timestamptz')
  windowStartedAt!: Date;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Column('timestamptz')
  updatedAt!: Date;
}
