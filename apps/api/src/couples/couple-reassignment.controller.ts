import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoupleAssignment, CoupleCount, OrphanedCouples, ReassignedCouples } from '@trp/contracts';
import type { AuthContext, StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CoupleReassignmentService } from './couple-reassignment.service';
import { CoupleAssignmentDto, ReassignCoupleDto } from './dto/couple.dto';
import { CoupleCountDto, OrphanedCouplesDto, ReassignAllCouplesDto, ReassignedCouplesDto } from './dto/orphaned-couples.dto';
import { OrphanedCouplesService } from './orphaned-couples.service';

/** Admin: who counsels a couple. Kept with couples (not in admin/) because it is the couples feature's rule. */
@ApiTags('admin')
@Controller('admin/couples')
@Authenticated({ roles: ['admin'] })
export class CoupleReassignmentController {
  constructor(private readonly reassignment: CoupleReassignmentService) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Give a couple to another counselor of the practice (audited; the previous counselor gets a notice); answers no clinical content' })
  @ApiOkResponse({ type: CoupleAssignmentDto })
  @ApiBadRequestResponse({ description: '`counselorId` is not an active counselor of this practice, or an unknown field.' })
  @ApiNotFoundResponse({ description: 'No such couple in this practice.' })
  reassign(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: ReassignCoupleDto): Promise<CoupleAssignment> {
    return this.reassignment.reassign(auth, params.id, dto);
  }

  @Post('reassign-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Give every couple (active and archived) of one account to an active counselor, e.g. when deactivating them (audited per couple; one notice)' })
  @ApiOkResponse({ type: ReassignedCouplesDto })
  @ApiBadRequestResponse({ description: '`toCounselorId` is not an active counselor of this practice, an id is not a UUID, or an unknown field.' })
  @ApiNotFoundResponse({ description: '`fromCounselorId` is not an account of this practice.' })
  reassignAll(@Auth() auth: AuthContext, @Body() dto: ReassignAllCouplesDto): Promise<ReassignedCouples> {
    return this.reassignment.reassignAll(auth, dto);
  }
}

/** Admin: couples nobody can read (their counselor is deactivated or lost the role), and one account's couple count. */
@ApiTags('admin')
@Controller('admin')
@Authenticated({ roles: ['admin'] })
export class OrphanedCouplesController {
  constructor(private readonly orphaned: OrphanedCouplesService) {}

  @Get('orphaned-couples')
  @ApiOperation({ summary: 'Active couples without an active counselor: labels and counselor names only, no clinical content' })
  @ApiOkResponse({ type: OrphanedCouplesDto })
  list(@Auth() auth: StaffAuthContext): Promise<OrphanedCouples> {
    return this.orphaned.list(auth);
  }

  @Get('users/:id/couple-count')
  @ApiOperation({ summary: 'How many couples an account counsels (asked before deactivating a counselor)' })
  @ApiOkResponse({ type: CoupleCountDto })
  @ApiBadRequestResponse({ description: 'The id is not a UUID.' })
  @ApiNotFoundResponse({ description: 'No such account in this practice.' })
  count(@Auth() auth: StaffAuthContext, @Param() params: UuidParamDto): Promise<CoupleCount> {
    return this.orphaned.count(auth, params.id);
  }
}
