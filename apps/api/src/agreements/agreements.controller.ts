import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AgreementView } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { AgreementsService } from './agreements.service';
import { AgreementItemParamsDto, AgreementViewDto, UpdateAgreementItemDto } from './dto/agreement.dto';

@ApiTags('agreements')
@Controller('assignments/:id/agreement')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not an assignment of your caseload, or not a boundaries exercise.' })
export class AgreementsController {
  constructor(private readonly agreements: AgreementsService) {}

  @Get()
  @ApiOperation({ summary: 'The boundaries agreement: both partners’ list items merged, with your decision on each (drafted on first read)' })
  @ApiOkResponse({ type: AgreementViewDto })
  @ApiConflictResponse({ description: 'Not both partners have submitted yet.' })
  get(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AgreementView> {
    return this.agreements.get(auth, params.id);
  }

  @Patch('items/:itemId')
  @ApiOperation({ summary: 'Decide on one item (agreed, discuss, not agreed) or reword it' })
  @ApiOkResponse({ type: AgreementViewDto })
  @ApiBadRequestResponse({ description: 'A bad `decision`, an empty or too long `text`, neither of them, an unknown field, or a malformed id.' })
  @ApiConflictResponse({ description: 'Not both partners have submitted yet.' })
  updateItem(@Auth() auth: AuthContext, @Param() params: AgreementItemParamsDto, @Body() dto: UpdateAgreementItemDto): Promise<AgreementView> {
    return this.agreements.updateItem(auth, params.id, params.itemId, dto);
  }

  @Post('share')
  @HttpCode(200)
  @ApiOperation({ summary: 'Share the agreed items (text only) with both partners, whatever the visibility; again after changes' })
  @ApiOkResponse({ type: AgreementViewDto })
  @ApiConflictResponse({ description: 'Nothing is marked agreed, or not both partners have submitted yet.' })
  share(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AgreementView> {
    return this.agreements.share(auth, params.id);
  }
}
