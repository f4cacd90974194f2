import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A counselling session of a couple: an instant and a length (migration 1764950400000-CreateSession). */
@Entity('session')
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_session' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  coupleId!: string;

  @Column('timestamptz')
  startsAt!: Date;

  @Column('integer')
  durationMinutes!: number;

  @Column('uuid', { nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
