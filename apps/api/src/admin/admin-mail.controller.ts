import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MailLogItem, Page } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { MailLogItemDto, MailLogPageDto, MailLogQueryDto } from '../mail/dto/mail-log.dto';
import { MailLogService } from '../mail/mail-log.service';

@ApiTags('admin')
@Controller('admin/mail')
@Authenticated({ roles: ['admin'] })
export class AdminMailController {
  constructor(private readonly mailLog: MailLogService) {}

  @Get()
  @ApiOperation({ summary: "The practice's mail log, newest first: status, tries, last error; filter by status; keyset paging" })
  @ApiOkResponse({ type: MailLogPageDto })
  list(@Auth() auth: StaffAuthContext, @Query() query: MailLogQueryDto): Promise<Page<MailLogItem>> {
    return this.mailLog.list(auth, query);
  }

  @Post(':id/retry')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send a failed mail again (it goes back on the queue)' })
  @ApiOkResponse({ type: MailLogItemDto })
  @ApiNotFoundResponse({ description: 'No such mail in this practice.' })
  @ApiConflictResponse({ description: 'The mail did not fail (it is queued or sent).' })
  retry(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<MailLogItem> {
    return this.mailLog.retry(auth, params.id);
  }
}
