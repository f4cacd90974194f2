import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Session } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CreateSessionDto, SessionDto, SessionParamsDto } from './dto/session.dto';
import { SessionsService } from './sessions.service';

@ApiTags('sessions')
@Controller('couples/:id/sessions')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a couple of your caseload (or no such couple or session).' })
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Get()
  @ApiOperation({ summary: "The couple's sessions, earliest first" })
  @ApiOkResponse({ type: [SessionDto] })
  list(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<Session[]> {
    return this.sessions.list(auth, params.id);
  }

  @Post()
  @ApiOperation({ summary: 'Schedule (or record) a session of the couple' })
  @ApiCreatedResponse({ type: SessionDto })
  @ApiBadRequestResponse({ description: 'A `startsAt` without an offset or not a date, a `durationMinutes` outside 10–480, or an unknown field.' })
  create(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: CreateSessionDto): Promise<Session> {
    return this.sessions.create(auth, params.id, dto);
  }

  @Delete(':sessionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a session of the couple' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  delete(@Auth() auth: AuthContext, @Param() params: SessionParamsDto): Promise<void> {
    return this.sessions.delete(auth, params.id, params.sessionId);
  }
}
