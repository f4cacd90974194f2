import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A counselor's private note about a couple, optionally about one assignment. Never shown to partners. */
@Entity('counselor_note')
export class CounselorNote {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_counselor_note' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  coupleId!: string;

  @Column('uuid', { nullable: true })
  assignmentId!: string | null;

  @Column('uuid', { nullable: true })
  authorUserId!: string | null;

  @Column('text')
  body!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
