import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Digest } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { DigestDto, DigestQueryDto } from './dto/digest.dto';
import { DigestService } from './digest.service';

@ApiTags('digest')
@Controller('digest')
@Authenticated({ roles: ['counselor'] })
export class DigestController {
  constructor(private readonly digest: DigestService) {}

  @Get()
  @ApiOperation({
    summary: 'Pre-session digest: each session of your couples in the window, with what is new since that couple’s last session',
    description: 'Your own active couples only. Default window: the start of today in the practice’s time zone, 7 days on. Ordered by session time.',
  })
  @ApiOkResponse({ type: DigestDto })
  @ApiBadRequestResponse({ description: '`from`/`to` not ISO 8601 date-times, or `to` not after `from` or more than 31 days after it.' })
  get(@Auth() auth: AuthContext, @Query() query: DigestQueryDto): Promise<Digest> {
    return this.digest.get(auth, query);
  }
}
