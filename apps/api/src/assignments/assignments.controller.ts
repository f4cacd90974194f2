import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { AssignmentView } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentsService } from './assignments.service';
import { AssignmentViewDto, ReopenAssignmentDto, SafetyReviewDto } from './dto/assignment.dto';

@ApiTags('assignments')
@Controller('assignments')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not an assignment of your caseload (or no such assignment).' })
export class AssignmentsController {
  constructor(
    private readonly assignments: AssignmentsService,
    private readonly actions: AssignmentActionsService,
  ) {}

  @Get(':id')
  @ApiOperation({ summary: 'One assignment with each partner’s status and submitted answers (never drafts); each response shown is audited' })
  @ApiOkResponse({ type: AssignmentViewDto })
  get(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AssignmentView> {
    return this.assignments.get(auth, params.id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark reviewed (idempotent); answers the assignment without answers' })
  @ApiOkResponse({ type: AssignmentViewDto })
  @ApiConflictResponse({ description: 'The assignment was cancelled.' })
  review(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AssignmentView> {
    return this.actions.review(auth, params.id);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a submission for edits: `{partnerId}` for one partner, no body for both; back to draft' })
  @ApiOkResponse({ type: AssignmentViewDto })
  @ApiConflictResponse({ description: 'Cancelled, or nothing submitted to reopen.' })
  reopen(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: ReopenAssignmentDto): Promise<AssignmentView> {
    return this.actions.reopen(auth, params.id, dto ?? {});
  }

  @Post(':id/unlock')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Release the answers to both partners (idempotent)',
    description:
      'For a sealed (`in_session`) assignment, and for one a safety flag holds (`release.state` `held`, `after_both_submit` too). ' +
      'Nothing changes, and nothing is audited, when there is nothing to release. Audited as `assignment.unlocked` with the state it released from.',
  })
  @ApiOkResponse({ type: AssignmentViewDto })
  @ApiConflictResponse({ description: 'A `counselor_only` assignment (never shared), or cancelled.' })
  unlock(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AssignmentView> {
    return this.actions.unlock(auth, params.id);
  }

  @Post(':id/stop-repeating')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Stop a repeating assignment (idempotent)',
    description: 'Any occurrence of the series names it. No further occurrence opens; those already open stay. Audited as `assignment.repeat_stopped`.',
  })
  @ApiOkResponse({ type: AssignmentViewDto })
  @ApiConflictResponse({ description: 'The assignment does not repeat.' })
  stopRepeating(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<AssignmentView> {
    return this.actions.stopRepeating(auth, params.id);
  }

  @Post(':id/safety-review')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Acknowledge a safety flag with a note (counselor only, audited without the note); it leaves the dashboard until a later submission flags again',
  })
  @ApiOkResponse({ type: AssignmentViewDto })
  @ApiBadRequestResponse({ description: '`note` missing, empty or longer than 2000 characters, or an unknown field.' })
  @ApiConflictResponse({ description: 'No safety flag from a submitted response, nothing flagged since the last review, or cancelled.' })
  safetyReview(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: SafetyReviewDto): Promise<AssignmentView> {
    return this.actions.safetyReview(auth, params.id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Cancel (idempotent): status cancelled, kept for the record' })
  @ApiNoContentResponse({ description: 'Cancelled.' })
  cancel(@Auth() auth: AuthContext, @Param() params: UuidParamDto): Promise<void> {
    return this.actions.cancel(auth, params.id);
  }
}
