import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Answers } from '@trp/exercises';

/**
 * One partner's answers to one assignment: a draft until submitted. `version` increases on every save
 * (optimistic concurrency between two devices). No row = not started.
 */
@Entity('response')
export class Response {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_response' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  assignmentId!: string;

  @Column('uuid')
  partnerId!: string;

  @Column('text', { default: 'draft' })
  status!: 'draft' | 'submitted';

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  answers!: Answers;

  @Column('integer', { default: 1 })
  version!: number;

  /** A safety-check answer raised a flag (set at submit). */
  @Column('boolean', { default: false })
  safetyFlagged!: boolean;

  /** The score of a scored exercise, computed by `scoreOf` at submit; null when unscored or an item was skipped. */
  @Column('integer', { nullable: true })
  score!: number | null;

  @Column('timestamptz', { nullable: true })
  submittedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  reopenedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
