import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Dashboard } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardDto } from './dto/dashboard.dto';

@ApiTags('dashboard')
@Controller('dashboard')
@Authenticated({ roles: ['counselor'] })
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'Your home: safety flags first, the ready-to-review queue, overdue work (up to 100 each) and your active caseload with progress' })
  @ApiOkResponse({ type: DashboardDto })
  get(@Auth() auth: AuthContext): Promise<Dashboard> {
    return this.dashboard.get(auth);
  }
}
