import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Dashboard } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { DASHBOARD_PANELS, PanelScope } from './dashboard.queries';
import { AssignmentItemRow, CaseloadRow, toAssignmentItem, toDashboardCouple } from './dto/dashboard.dto';

/** The most items each queue panel shows (the caseload panel lists every active couple). */
export const DASHBOARD_QUEUE_LIMIT = 100;

/** The counselor's home: four panels, one SQL query each (run side by side), scoped to the caller's own couples. */
@Injectable()
export class DashboardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async get(auth: AuthContext): Promise<Dashboard> {
    const caller = this.access.counselor(auth);
    const scope: PanelScope = { practiceId: caller.practiceId, counselorId: caller.userId, now: this.clock.now(), limit: DASHBOARD_QUEUE_LIMIT };
    const run = <T>(panel: keyof typeof DASHBOARD_PANELS): Promise<T[]> =>
      this.dataSource.query(DASHBOARD_PANELS[panel].sql, DASHBOARD_PANELS[panel].parameters(scope));
    const [safetyFlags, readyToReview, overdue, caseload] = await Promise.all([
      run<AssignmentItemRow>('safetyFlags'),
      run<AssignmentItemRow>('readyToReview'),
      run<AssignmentItemRow>('overdue'),
      run<CaseloadRow>('caseload'),
    ]);
    return {
      safetyFlags: safetyFlags.map(toAssignmentItem),
      readyToReview: readyToReview.map(toAssignmentItem),
      overdue: overdue.map(toAssignmentItem),
      caseload: caseload.map(toDashboardCouple),
    };
  }
}
