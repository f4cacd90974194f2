import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A practice (tenant). `settings` holds its policies; read them through `resolvePracticeSettings`. */
@Entity('practice')
export class Practice {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_practice' })
  id!: string;

  @Column('text')
  name!: string;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  settings!: Record<string, unknown>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
