import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MailKind, MailStatus } from '@trp/contracts';

/** One mail: the admin's mail log and the outbox the `mail` job sends from (see mail-outbox.service.ts). */
@Entity('mail_message')
export class MailMessageEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_mail_message' })
  id!: string;

  @Column('uuid', { nullable: true })
  practiceId!: string | null;

  @Column('text')
  kind!: MailKind;

  @Column('text')
  to!: string;

  @Column('text')
  subject!: string;

  /** Plain text, with LINK_PLACEHOLDER where the link goes: the link itself is never stored in the body. */
  @Column('text')
  text!: string;

  @Column('text')
  html!: string;

  /** The link, encrypted (AES-256-GCM with the MFA key, the mail id as associated data); null once sent. */
  @Column('text', { nullable: true })
  linkCipher!: string | null;

  /** Extra headers (List-Unsubscribe …). */
  @Column('jsonb', { default: {} })
  headers!: Record<string, string>;

  @Column('text', { default: 'queued' })
  status!: MailStatus;

  @Column('int', { default: 0 })
  attempts!: number;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz', { nullable: true })
  sentAt!: Date | null;

  @Column('text', { nullable: true })
  lastError!: string | null;
}
