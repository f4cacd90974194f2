import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditActorKind, AuditOutcome } from '@trp/contracts';

/** One line of the append-only audit log (UPDATE/DELETE are refused by a trigger). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'pk_audit_event' })
  id!: string;

  @Column('timestamptz')
  occurredAt!: Date;

  /** Null only for events that belong to no practice (e.g. a failed sign-in with an unknown email). */
  @Column('uuid', { nullable: true })
  practiceId!: string | null;

  @Column('text')
  actorKind!: AuditActorKind;

  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  action!: string;

  @Column('text', { nullable: true })
  targetType!: string | null;

  @Column('text', { nullable: true })
  targetId!: string | null;

  @Column('text')
  outcome!: AuditOutcome;

  @Column('text', { nullable: true })
  requestId!: string | null;

  @Column('text', { nullable: true })
  ip!: string | null;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  details!: Record<string, unknown>;
}
