import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, IsUUID } from 'class-validator';

export class AuditCsvQueryDto {
  @ApiPropertyOptional({ description: 'ISO date or date-time, inclusive.', example: '2026-01-01' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO date or date-time' })
  from?: string;

  @ApiPropertyOptional({ description: 'ISO date (the whole day) or date-time, inclusive.', example: '2026-01-31' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO date or date-time' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only the events about this couple (an accounting of disclosures).' })
  @IsOptional() @IsUUID('all', { message: 'coupleId must be a UUID' })
  coupleId?: string;
}
