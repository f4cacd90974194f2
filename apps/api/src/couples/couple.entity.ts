import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CoupleStatus } from '@trp/contracts';

/** A client couple in one counselor's caseload. */
@Entity('couple')
export class Couple {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_couple' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  counselorId!: string;

  @Column('text')
  label!: string;

  @Column('text', { default: 'active' })
  status!: CoupleStatus;

  @Column('timestamptz', { nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
