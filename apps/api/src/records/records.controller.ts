import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Readable } from 'node:stream';
import type { CoupleView } from '@trp/contracts';
import type { AuthContext, PartnerAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { PartnerAuthenticated } from '../auth/partner-authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CoupleViewDto } from '../couples/dto/couple.dto';
import { PartnerParamsDto } from '../invite-links/dto/invite-link.dto';
import { ErasePartnerDto, ExportQueryDto } from './dto/records.dto';
import { ExportStream, RecordsService } from './records.service';

function streamed(stream: ExportStream, disposition: 'inline' | 'attachment'): StreamableFile {
  return new StreamableFile(Readable.from(stream.chunks), { type: stream.contentType, disposition: `${disposition}; filename="${stream.fileName}"` });
}

@ApiTags('records')
@Controller('couples/:id/partners/:partnerId')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a partner of a couple of your caseload (or no such couple or partner).' })
export class PartnerRecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get('export')
  @ApiOperation({
    summary: "Everything held about one partner: profile, link history, each assignment (exercise version) with this partner's answers and draft",
    description: "Never the other partner's answers or your notes. `?format=html` gives a printable document. Streamed; audited as `partner.exported`.",
  })
  @ApiProduces('application/json', 'text/html')
  @ApiOkResponse({ description: 'The export (JSON, or HTML with `format=html`).' })
  @ApiBadRequestResponse({ description: '`format` is not `json` or `html`.' })
  async export(@Auth() auth: AuthContext, @Param() params: PartnerParamsDto, @Query() query: ExportQueryDto): Promise<StreamableFile> {
    const format = query.format ?? 'json';
    return streamed(await this.records.counselorExport(auth, params.id, params.partnerId, format), format === 'html' ? 'inline' : 'attachment');
  }

  @Post('erase')
  @HttpCode(200)
  @ApiOperation({
    summary: "Erase one partner's data: answers, drafts, name, email, links and sessions (one transaction)",
    description: "The partner shows as “Erased partner”; the other partner's data, the assignments and your notes stay. Audited without content.",
  })
  @ApiBody({ type: ErasePartnerDto })
  @ApiOkResponse({ type: CoupleViewDto })
  @ApiBadRequestResponse({ description: "`confirm` is missing or is not the partner's name." })
  @ApiConflictResponse({ description: 'Already erased.' })
  erase(@Auth() auth: AuthContext, @Param() params: PartnerParamsDto, @Body() dto: ErasePartnerDto): Promise<CoupleView> {
    return this.records.erasePartner(auth, params.id, params.partnerId, dto);
  }
}

@ApiTags('records')
@Controller('couples')
@Authenticated({ roles: ['admin'] })
export class CoupleErasureController {
  constructor(private readonly records: RecordsService) {}

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a whole archived couple: partners, answers, links, sessions, assignments and notes (one transaction)', description: 'Audited as `couple.erased`, without content.' })
  @ApiNoContentResponse({ description: 'Erased.' })
  @ApiNotFoundResponse({ description: 'No such couple in this practice.' })
  @ApiConflictResponse({ description: 'The couple is not archived.' })
  erase(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.records.eraseCouple(auth, params.id);
  }
}

@ApiTags('portal')
@Controller('portal')
export class PortalRecordsController {
  constructor(private readonly records: RecordsService) {}

  @Get('export')
  @PartnerAuthenticated()
  @ApiOperation({ summary: "Your own answers and drafts and your shared agreements (text only), as JSON (never your partner's answers)", description: 'Audited as `partner.exported_own`.' })
  @ApiProduces('application/json')
  @ApiOkResponse({ description: 'The export.' })
  async export(@Auth() auth: PartnerAuthContext): Promise<StreamableFile> {
    return streamed(await this.records.partnerExport(auth, 'json'), 'attachment');
  }
}
