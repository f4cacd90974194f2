import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A staff session: only the sha256 of its token is stored. */
@Entity('staff_session')
export class StaffSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_session' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  userId!: string;

  @Column('text')
  tokenHash!: string;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  lastSeenAt!: Date;

  /** The absolute end, fixed at sign-in from the practice policy. */
  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('text', { nullable: true })
  userAgent!: string | null;
}
