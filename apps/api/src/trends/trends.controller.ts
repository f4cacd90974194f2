import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoupleTrends } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CoupleTrendsDto } from './dto/trends.dto';
import { TrendsService } from './trends.service';

@ApiTags('trends')
@Controller('couples/:id/trends')
@Authenticated({ roles: ['counselor'] })
export class TrendsController {
  constructor(private readonly trends: TrendsService) {}

  @Get()
  @ApiOperation({
    summary: 'Change over time: scale and emotions fields and scores of submitted answers, per partner, oldest first',
  })
  @ApiOkResponse({ type: CoupleTrendsDto })
  @ApiNotFoundResponse({ description: 'Not a couple of your caseload (or no such couple).' })
  get(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<CoupleTrends> {
    return this.trends.forCouple(auth, params.id);
  }
}
