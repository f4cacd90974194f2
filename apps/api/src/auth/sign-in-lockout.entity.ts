import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failures per subject (`pair:<email>|<address>`, `email:<normalized email>`, `ip:<address>`,
 * `password-change:<user id>`, `mfa-disable:<user id>`; see sign-in-lockout.ts), kept in PostgreSQL so the lockout
 * holds across instances and restarts. Keyed by email whether or not an account exists, so a lockout reveals nothing.
 */
@Entity('sign_in_lockout')
export class SignInLockout {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_sign_in_lockout' })
  subject!: string;

  @Column('integer')
  failureCount!: number;

  /** The first failure of the current run of failures. */
  @Column('timestamptz')
  windowStartedAt!: Date;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  /** The latest failure. */
  @Column('timestamptz')
  updatedAt!: Date;
}
