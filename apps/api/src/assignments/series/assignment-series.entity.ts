import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A repeating assignment's rhythm (migration 1764950520000-AssignmentSeries); its occurrences are assignments. */
@Entity('assignment_series')
export class AssignmentSeries {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_assignment_series' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  coupleId!: string;

  @Column('integer')
  everyDays!: number;

  /** How many occurrences in all; null: until stopped. */
  @Column('integer', { nullable: true })
  times!: number | null;

  @Column('timestamptz', { nullable: true })
  stoppedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
