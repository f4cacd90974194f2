import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Perspective } from '@trp/exercises';
import type { Locale } from '@trp/contracts';

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

  /** Set when the partner's data was erased (issue 17): the name is then "Erased partner" and the email gone. */
  @Column('timestamptz', { nullable: true })
  erasedAt!: Date | null;

  /** The argon2id hash of the partner's optional portal PIN (never the PIN). */
  @Column('text', { nullable: true, select: false })
  pinHash!: string | null;

  /** Wrong PIN tries since the last right one. */
  @Column('smallint', { default: 0 })
  pinFailures!: number;
  /** The partner's own switch for reminder emails (portal, or one-click unsubscribe). */
  @Column('boolean', { default: true })
  remindersEnabled!: boolean;

  /** The browser's IANA zone, recorded when they open the portal (quiet hours); null: the practice's. */
  @Column('text', { nullable: true })
  timezone!: string | null;

  /** The language of their portal and mails (CHECK en|es). */
  @Column('text', { default: 'en' })
  locale!: Locale;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
