import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { AssignmentStatus, Visibility } from '@trp/contracts';

/** An exercise (key + the version it was made with) assigned to a couple. */
@Entity('assignment')
export class Assignment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assignment' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  coupleId!: string;

  @Column('text')
  exerciseKey!: string;

  @Column('integer')
  exerciseVersion!: number;

  @Column('text', { nullable: true })
  instructions!: string | null;

  @Column('timestamptz', { nullable: true })
  dueAt!: Date | null;

  /** Partners see nothing of it before then (portal/portal-access.ts). */
  @Column('timestamptz', { default: () => 'now()' })
  opensAt!: Date;

  /** A repeating assignment's series (assignments/series), and which occurrence this is (1 = the one made). */
  @Column('uuid', { nullable: true })
  seriesId!: string | null;

  @Column('integer', { nullable: true })
  occurrence!: number | null;
  /** Partners who have not submitted are reminded by email (see reminders/). */
  @Column('boolean', { default: true })
  reminders!: boolean;

  @Column('text', { default: 'counselor_only' })
  visibility!: Visibility;

  @Column('text', { default: 'open' })
  status!: AssignmentStatus;

  @Column('timestamptz', { nullable: true })
  unlockedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  reviewedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  /** The latest safety review: when, by whom, and the counselor's note (clinical: counselor only). */
  @Column('timestamptz', { nullable: true })
  safetyReviewedAt!: Date | null;

  @Column('uuid', { nullable: true })
  safetyReviewedByUserId!: string | null;

  @Column('text', { nullable: true })
  safetyReviewNote!: string | null;

  @Column('uuid', { nullable: true })
  createdByUserId!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
