import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StaffNoticeDetails } from '@trp/contracts';

/** A dismissible notice for one staff member (see notices.service.ts). Names and counts only. */
@Entity('staff_notice')
export class StaffNoticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_staff_notice' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  /** The recipient. */
  @Column('uuid')
  userId!: string;

  @Column('text')
  kind!: StaffNoticeDetails['kind'];

  /** The rest of `StaffNoticeDetails` (without `kind`). */
  @Column('jsonb', { default: {} })
  details!: Record<string, unknown>;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  dismissedAt!: Date | null;
}
