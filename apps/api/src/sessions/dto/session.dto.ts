import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min } from 'class-validator';
import { CreateSessionBody, Session as SessionView, SESSION_DURATION } from '@trp/contracts';
import type { Session } from '../session.entity';

/** An ISO 8601 date-time with its offset: a time without a zone would depend on the server's. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CreateSessionDto implements CreateSessionBody {
  @ApiProperty({ format: 'date-time', example: '2026-12-10T16:00:00+01:00', description: 'When the session begins, with its offset (`Z` or `+01:00`).' })
  @Matches(INSTANT, { message: 'startsAt must be a date-time with its offset, such as 2026-12-10T16:00:00+01:00' })
  @IsISO8601({ strict: true }, { message: 'startsAt must be a real date and time' })
  startsAt!: string;

  @ApiPropertyOptional({ minimum: SESSION_DURATION.min, maximum: SESSION_DURATION.max, default: SESSION_DURATION.default })
  @IsOptional()
  @IsInt({ message: 'durationMinutes must be a whole number of minutes' })
  @Min(SESSION_DURATION.min, { message: `durationMinutes must be at least ${SESSION_DURATION.min}` })
  @Max(SESSION_DURATION.max, { message: `durationMinutes must be at most ${SESSION_DURATION.max}` })
  durationMinutes?: number;
}

export class SessionParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'sessionId must be a UUID' }) sessionId!: string;
}

export class SessionDto implements SessionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) coupleId!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty() durationMinutes!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export function toSessionView(session: Session): SessionView {
  return {
    id: session.id,
    coupleId: session.coupleId,
    startsAt: session.startsAt.toISOString(),
    durationMinutes: session.durationMinutes,
    createdAt: session.createdAt.toISOString(),
  };
}
