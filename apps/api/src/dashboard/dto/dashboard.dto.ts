import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { Dashboard, DashboardAssignmentItem, DashboardCouple } from '@trp/contracts';
import type { DefinitionLookup } from '../../exercises/exercises.service';

export class DashboardCoupleDto implements DashboardCouple {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: [String] }) partnerNames!: string[];
  @ApiProperty({ description: 'Assignments submitted by both partners (not cancelled).' }) completed!: number;
  @ApiProperty({ description: 'Assignments not cancelled.' }) assigned!: number;
  @ApiProperty({ description: 'An open assignment has a submitted response that raised a safety flag not yet reviewed.' }) safetyFlag!: boolean;
  @ApiPropertyOptional({ format: 'date-time', description: 'The last assignment made or response submitted.' }) lastActivityAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'The session going on now, else the next one.' }) nextSessionAt?: string;
}

export class DashboardAssignmentItemDto implements DashboardAssignmentItem {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'uuid' }) coupleId!: string;
  @ApiProperty() coupleLabel!: string;
  @ApiProperty() exerciseKey!: string;
  @ApiProperty() exerciseTitle!: string;
  @ApiPropertyOptional({ format: 'date-time' }) dueAt?: string;
  @ApiProperty({ minimum: 0, maximum: 2 }) submittedCount!: number;
  @ApiProperty({ description: 'A submitted response raised a safety flag not yet reviewed (POST /api/assignments/:id/safety-review).' }) safetyFlag!: boolean;
}

export class DashboardDto implements Dashboard {
  @ApiProperty({ type: [DashboardAssignmentItemDto], description: 'Open assignments with a safety concern not yet reviewed, newest first.' }) safetyFlags!: DashboardAssignmentItemDto[];
  @ApiProperty({ type: [DashboardAssignmentItemDto], description: 'Open, submitted by both (or by one when overdue), longest waiting first.' })
  readyToReview!: DashboardAssignmentItemDto[];
  @ApiProperty({ type: [DashboardAssignmentItemDto], description: 'Open, past due, not both submitted; most overdue first.' }) overdue!: DashboardAssignmentItemDto[];
  @ApiProperty({ type: [DashboardCoupleDto], description: 'Active couples by label.' }) caseload!: DashboardCoupleDto[];
}

export interface AssignmentItemRow {
  assignment_id: string;
  couple_id: string;
  couple_label: string;
  exercise_key: string;
  exercise_version: number;
  due_at: Date | null;
  submitted_count: number;
  safety_flag: boolean;
}

export interface CaseloadRow {
  id: string;
  label: string;
  partner_names: string[] | null;
  assigned: number;
  completed: number;
  safety_flag: boolean;
  last_activity_at: Date | null;
  next_session_at: Date | null;
}

export function toAssignmentItem(row: AssignmentItemRow, definitions: DefinitionLookup): DashboardAssignmentItem {
  return {
    assignmentId: row.assignment_id,
    coupleId: row.couple_id,
    coupleLabel: row.couple_label,
    exerciseKey: row.exercise_key,
    exerciseTitle: definitions(row.exercise_key, row.exercise_version)?.title ?? row.exercise_key,
    ...(row.due_at && { dueAt: row.due_at.toISOString() }),
    submittedCount: row.submitted_count,
    safetyFlag: row.safety_flag,
  };
}

export function toDashboardCouple(row: CaseloadRow): DashboardCouple {
  return {
    id: row.id,
    label: row.label,
    partnerNames: row.partner_names ?? [],
    completed: row.completed,
    assigned: row.assigned,
    safetyFlag: row.safety_flag,
    ...(row.last_activity_at && { lastActivityAt: row.last_activity_at.toISOString() }),
    ...(row.next_session_at && { nextSessionAt: row.next_session_at.toISOString() }),
  };
}
