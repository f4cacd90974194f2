import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { StaffNotice } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { StaffNoticeDto } from './dto/notice.dto';
import { NoticesService } from './notices.service';

@ApiTags('notices')
@Controller('notices')
@Authenticated()
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get()
  @ApiOperation({ summary: 'Your notices not yet dismissed, newest first (at most 20): couples reassigned away from you, an admin changing their own roles' })
  @ApiOkResponse({ type: StaffNoticeDto, isArray: true })
  list(@Auth() auth: StaffAuthContext): Promise<StaffNotice[]> {
    return this.notices.listMine(auth);
  }

  @Post(':id/dismiss')
  @HttpCode(204)
  @ApiOperation({ summary: 'Dismiss one of your notices' })
  @ApiNoContentResponse({ description: 'Dismissed (also when it already was).' })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such notice of yours.' })
  dismiss(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.notices.dismiss(auth, params.id);
  }
}
