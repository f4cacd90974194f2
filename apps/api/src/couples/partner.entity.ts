import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Perspective } from '@trp/exercises';

/** One of the two partners of a couple (`position` 1 or 2). Partners have no account: they use invite links. */
@Entity('partner')
export class Partner {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_partner' })
  id!: string;

  @Column('uuid')
  practiceId!: string;

  @Column('uuid')
  coupleId!: string;

  @Column('smallint')
  position!: 1 | 2;

  @Column('text')
  displayName!: string;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { default: 'unspecified' })
  perspective!: Perspective;

  /** The partner's own switch for reminder emails (portal, or one-click unsubscribe). */
  @Column('boolean', { default: true })
  remindersEnabled!: boolean;

  /** The browser's IANA zone, recorded when they open the portal (quiet hours); null: the practice's. */
  @Column('text', { nullable: true })
  timezone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
