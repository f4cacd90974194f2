import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { AUDIT_ACTOR_KINDS, AUDIT_OUTCOMES, AuditEvent, AuditQuery } from '@trp/contracts';
import { PageQueryDto } from '../../common/page-query.dto';
import { AuditEventEntity } from '../audit-event.entity';

export class AuditQueryDto extends PageQueryDto implements AuditQuery {
  @ApiPropertyOptional({ example: 'auth.sign_in_failed' })
  @IsOptional()
  @Matches(/^[a-z_]+\.[a-z_]+$/, { message: 'action must look like auth.sign_in' })
  action?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Events by this staff user.' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Events about this couple: who viewed, exported, changed or erased its records (an accounting of disclosures).' })
  @IsOptional()
  @IsUUID('all', { message: 'coupleId must be a UUID' })
  coupleId?: string;

  @ApiPropertyOptional({ description: 'ISO date or date-time, inclusive.', example: '2025-01-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date (the whole day) or date-time, inclusive.', example: '2025-02-28' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;
}

class AuditActorDto {
  @ApiProperty({ enum: AUDIT_ACTOR_KINDS }) kind!: string;
  @ApiProperty({ type: String, nullable: true }) id!: string | null;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
}

class AuditTargetCoupleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The display name of the couple’s counselor.' }) counselorName!: string | null;
}

class AuditTargetDto {
  @ApiProperty() type!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'For user and invitation targets: the staff member’s display name (or the invited address).' })
  name!: string | null;
  @ApiProperty({ type: AuditTargetCoupleDto, nullable: true, description: 'For what belongs to a couple. Never the couple’s label or a partner’s name.' })
  couple!: AuditTargetCoupleDto | null;
}

export class AuditEventDto implements AuditEvent {
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: AuditActorDto }) actor!: AuditActorDto & AuditEvent['actor'];
  @ApiProperty() action!: string;
  @ApiProperty({ type: AuditTargetDto, nullable: true }) target!: AuditTargetDto | null;
  @ApiProperty({ enum: AUDIT_OUTCOMES }) outcome!: AuditEvent['outcome'];
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
  @ApiProperty({ type: String, nullable: true }) ip!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details!: Record<string, unknown>;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items!: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** The names the audit query joins to an event (raw columns). */
export interface AuditEventNames {
  readonly actor_display_name?: string | null;
  readonly target_name?: string | null;
  readonly target_couple_id?: string | null;
  readonly target_couple_counselor?: string | null;
}

export function toAuditEventDto(event: AuditEventEntity, names: AuditEventNames): AuditEvent {
  return {
    id: String(event.id),
    occurredAt: event.occurredAt.toISOString(),
    actor: { kind: event.actorKind, id: event.actorId, displayName: names.actor_display_name || null },
    action: event.action,
    target:
      event.targetType && event.targetId
        ? {
            type: event.targetType,
            id: event.targetId,
            name: names.target_name || null,
            couple: names.target_couple_id ? { id: names.target_couple_id, counselorName: names.target_couple_counselor || null } : null,
          }
        : null,
    outcome: event.outcome,
    requestId: event.requestId,
    ip: event.ip,
    details: event.details,
  };
}
