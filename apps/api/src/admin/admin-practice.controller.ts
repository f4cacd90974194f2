import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Practice } from '@trp/contracts';
import type { StaffAuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { PracticeDto, UpdatePracticeDto } from '../practices/dto/practice.dto';
import { PracticesService } from '../practices/practices.service';

@ApiTags('admin')
@Controller('admin/practice')
@Authenticated({ roles: ['admin'] })
export class AdminPracticeController {
  constructor(private readonly practices: PracticesService) {}

  @Get()
  @ApiOperation({ summary: "The practice's name and policies" })
  @ApiOkResponse({ type: PracticeDto })
  get(@Auth() auth: StaffAuthContext): Promise<Practice> {
    return this.practices.get(auth);
  }

  @Patch()
  @ApiOperation({ summary: 'Change the name and policies (session timeouts, invitation lifetime, MFA required); audited' })
  @ApiOkResponse({ type: PracticeDto })
  @ApiBadRequestResponse({ description: 'A value out of range, or an unknown field.' })
  update(@Auth() auth: StaffAuthContext, @Body() dto: UpdatePracticeDto): Promise<Practice> {
    return this.practices.update(auth, dto);
  }
}
