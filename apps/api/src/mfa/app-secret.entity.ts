import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Installation-wide secrets generated on first use (not tenant-owned). */
@Entity('app_secret')
export class AppSecret {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'pk_app_secret' })
  name!: string;

  @Column('text')
  value!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
