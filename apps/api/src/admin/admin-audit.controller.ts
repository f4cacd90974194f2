import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuditEvent, Page } from '@trp/contracts';
import { AuditService } from '../audit/audit.service';
import { AuditPageDto, AuditQueryDto } from '../audit/dto/audit.dto';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';

@ApiTags('admin')
@Controller('admin/audit')
@Authenticated({ roles: ['admin'] })
export class AdminAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({ summary: "The practice's audit log, newest first: filter by action, actor and dates; keyset paging" })
  @ApiOkResponse({ type: AuditPageDto })
  list(@Auth() auth: StaffAuthContext, @Query() query: AuditQueryDto): Promise<Page<AuditEvent>> {
    return this.audit.list(auth, query);
  }
}
