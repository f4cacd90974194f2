import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Dashboard } from '@trp/contracts';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { Clock } from '../common/clock';
import { ExercisesService } from '../exercises/exercises.service';
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
    private readonly exercises: ExercisesService,
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
    const refs = [...safetyFlags, ...readyToReview, ...overdue].map((row) => ({ exerciseKey: row.exercise_key, exerciseVersion: row.exercise_version }));
    const definitions = await this.exercises.lookup(caller.practiceId, refs, undefined, auth.locale);
    const item = (row: AssignmentItemRow) => toAssignmentItem(row, definitions);
    return {
      safetyFlags: safetyFlags.map(item),
      readyToReview: readyToReview.map(item),
      overdue: overdue.map(item),
      caseload: caseload.map(toDashboardCouple),
    };
  }
}
