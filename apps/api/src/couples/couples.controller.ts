import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoupleView, Page } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CouplesService } from './couples.service';
import { CoupleListQueryDto, CouplePageDto, CoupleViewDto, CreateCoupleDto, UpdateCoupleDto } from './dto/couple.dto';

@ApiTags('couples')
@Controller('couples')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a couple of your caseload (or no such couple).' })
export class CouplesController {
  constructor(private readonly couples: CouplesService) {}

  @Get()
  @ApiOperation({ summary: 'Your caseload, newest first: search by label or partner name, filter by status, keyset paging' })
  @ApiOkResponse({ type: CouplePageDto })
  list(@Auth() auth: AuthContext, @Query() query: CoupleListQueryDto): Promise<Page<CoupleView>> {
    return this.couples.list(auth, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a couple (a label and exactly two partners) to your caseload' })
  @ApiCreatedResponse({ type: CoupleViewDto })
  @ApiBadRequestResponse({ description: 'A missing or bad field (named), not exactly two partners, or an unknown field.' })
  create(@Auth() auth: AuthContext, @Body() dto: CreateCoupleDto): Promise<CoupleView> {
    return this.couples.create(auth, dto);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One couple of your caseload, with each partner’s invite-link state' })
  @ApiOkResponse({ type: CoupleViewDto })
  get(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<CoupleView> {
    return this.couples.get(auth, params.id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the label, the status (`active` restores an archived couple) or partners’ names, emails and perspectives' })
  @ApiOkResponse({ type: CoupleViewDto })
  @ApiBadRequestResponse({ description: 'A bad field (named), a partner listed twice, or an unknown field.' })
  update(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: UpdateCoupleDto): Promise<CoupleView> {
    return this.couples.update(auth, params.id, dto);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @ApiOperation({ summary: 'Archive a couple (idempotent): off the dashboard, partners’ links and sessions revoked. Restore with PATCH `{status: "active"}`' })
  @ApiOkResponse({ type: CoupleViewDto })
  archive(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<CoupleView> {
    return this.couples.archive(auth, params.id);
  }
}
