import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AssignmentView, Page } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParamDto } from '../common/uuid-param.dto';
import { AssignmentsService } from './assignments.service';
import { AssignmentPageDto, AssignmentViewDto, CreateAssignmentDto } from './dto/assignment.dto';

@ApiTags('assignments')
@Controller('couples/:id/assignments')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a couple of your caseload (or no such couple).' })
export class CoupleAssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Get()
  @ApiOperation({ summary: 'The couple’s assignments, newest first, with each partner’s status (never answers)' })
  @ApiOkResponse({ type: AssignmentPageDto })
  list(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Query() query: PageQueryDto): Promise<Page<AssignmentView>> {
    return this.assignments.list(auth, params.id, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Assign the latest version of an exercise (built-in, or the practice’s own `custom-…`; the version is pinned), with optional instructions, due date and visibility',
  })
  @ApiCreatedResponse({ type: AssignmentViewDto })
  @ApiBadRequestResponse({
    description:
      'Unknown `exerciseKey` (also an archived practice exercise, or another practice’s: `assignments.unknownExercise` naming `exerciseKey`), a `dueAt` that is not a date-time, a bad `visibility`, or an unknown field.',
  })
  @ApiConflictResponse({ description: 'The couple is archived.' })
  create(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: CreateAssignmentDto): Promise<AssignmentView> {
    return this.assignments.create(auth, params.id, dto);
  }
}
