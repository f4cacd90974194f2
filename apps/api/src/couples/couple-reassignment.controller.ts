import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CoupleAssignment } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CoupleReassignmentService } from './couple-reassignment.service';
import { CoupleAssignmentDto, ReassignCoupleDto } from './dto/couple.dto';

/** Admin: who counsels a couple. Kept with couples (not in admin/) because it is the couples feature's rule. */
@ApiTags('admin')
@Controller('admin/couples')
@Authenticated({ roles: ['admin'] })
export class CoupleReassignmentController {
  constructor(private readonly reassignment: CoupleReassignmentService) {}

  @Patch(':id')
  @ApiOperation({ summary: 'Give a couple to another counselor of the practice (audited); answers no clinical content' })
  @ApiOkResponse({ type: CoupleAssignmentDto })
  @ApiBadRequestResponse({ description: '`counselorId` is not an active counselor of this practice, or an unknown field.' })
  @ApiNotFoundResponse({ description: 'No such couple in this practice.' })
  reassign(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: ReassignCoupleDto): Promise<CoupleAssignment> {
    return this.reassignment.reassign(auth, params.id, dto);
  }
}
