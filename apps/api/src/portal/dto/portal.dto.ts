import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsTimeZone, Max, MaxLength, Min } from 'class-validator';
import { LOCALES } from '@trp/contracts';
import type {
  Locale,
  PartnerProgress,
  PortalAssignment,
  PortalAssignmentSummary,
  PortalMe,
  SaveDraftBody,
  SavedDraft,
  SubmitBody,
  UpdatePortalMeRequest,
  Visibility,
} from '@trp/contracts';
import type { Answers, ExerciseDefinition, Perspective } from '@trp/exercises';
import { partnerVisibleAnswers, withoutScoring } from '@trp/exercises';
import type { Assignment } from '../../assignments/assignment.entity';
import { isReleased } from '../../assignments/release-rule';
import type { Response } from '../../assignments/response.entity';

// ---- requests ----

export class ExchangeLinkDto {
  @ApiProperty({ description: 'The token of the invite link (the last part of `/i/<token>`).' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  token!: string;
}

export class SaveDraftDto implements SaveDraftBody {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Answers by field id (partial is fine).' })
  @IsObject({ message: 'answers must be an object' })
  answers!: Answers;

  @ApiProperty({ description: 'The version last read; 0 when there is no draft yet.', minimum: 0 })
  @IsInt() @Min(0) @Max(2_147_483_647)
  version!: number;
}

export class SubmitDto implements SubmitBody {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The final answers; required questions must be answered.' })
  @IsObject({ message: 'answers must be an object' })
  answers!: Answers;
}

// ---- responses (documentation classes + mappers) ----

class PortalMePartnerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['hurt', 'involved', 'unspecified'] }) perspective!: Perspective;
  @ApiProperty({ enum: LOCALES, description: 'The language this partner reads the portal and their mails in.' }) locale!: Locale;
}

class PortalMeCounselorDto {
  @ApiProperty({ description: '"Your counselor" when the counselor account is gone.' }) displayName!: string;
}

/** Who the partner is and who their counselor is. Never the couple's label: that is the counselor's private note. */
export class PortalMeDto implements PortalMe {
  @ApiProperty({ description: 'The practice’s crisis resources, shown under the safety question and in the portal.' }) crisisResources!: string;
  @ApiProperty({ type: PortalMePartnerDto }) partner!: PortalMePartnerDto;
  @ApiProperty({ type: PortalMeCounselorDto }) counselor!: PortalMeCounselorDto;
  @ApiProperty({ description: 'Whether reminder emails are sent to this partner.' }) remindersEnabled!: boolean;
  @ApiProperty({ description: 'Whether the counselor has an email address for this partner (the address is not shown).' }) hasEmail!: boolean;
}

/** PATCH /api/portal/me. */
export class UpdatePortalMeDto implements UpdatePortalMeRequest {
  @ApiPropertyOptional({ description: 'Reminder emails on or off.' })
  @IsOptional()
  @IsBoolean({ message: 'remindersEnabled must be true or false' })
  remindersEnabled?: boolean;

  @ApiPropertyOptional({ example: 'Europe/Madrid', description: "The browser's IANA time zone (quiet hours are kept in it)." })
  @IsOptional()
  @IsString({ message: 'timezone must be text' })
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Europe/Madrid' })
  timezone?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: 'The partner switches their language (the answer sets the trp_locale cookie).' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class PortalAssignmentSummaryDto implements PortalAssignmentSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() exerciseKey!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiPropertyOptional() instructions?: string;
  @ApiPropertyOptional({ format: 'date-time' }) dueAt?: string;
  @ApiProperty({ enum: ['not_started', 'in_progress', 'submitted'] }) status!: PartnerProgress;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class PortalAssignmentListDto {
  @ApiProperty({ type: [PortalAssignmentSummaryDto] }) items!: PortalAssignmentSummary[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: a couple has few assignments, all listed at once.' })
  nextCursor!: null;
}

export class PortalMineDto {
  @ApiProperty({ enum: ['not_started', 'in_progress', 'submitted'] }) status!: PartnerProgress;
  @ApiProperty({ description: '0 when nothing is saved yet.' }) version!: number;
  @ApiProperty({ type: 'object', additionalProperties: true }) answers!: Answers;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
}

export class PortalAssignmentDto implements PortalAssignment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) exercise!: ExerciseDefinition;
  @ApiProperty({ enum: ['hurt', 'involved', 'unspecified'] }) perspective!: Perspective;
  @ApiPropertyOptional() instructions?: string;
  @ApiPropertyOptional({ format: 'date-time' }) dueAt?: string;
  @ApiProperty({ enum: ['counselor_only', 'after_both_submit', 'in_session'] }) visibility!: Visibility;
  @ApiProperty({ type: String, nullable: true, description: "The other partner's display name (to say who may read these answers); null when there is none." })
  partnerDisplayName!: string | null;
  @ApiProperty({ type: PortalMineDto }) mine!: PortalMineDto;
  @ApiProperty({
    nullable: true,
    description:
      "The other partner's answers, only once released (never counselor-only fields). Null until then, whatever the reason: a partner is never told that a safety flag holds them.",
  })
  partner!: { displayName: string; answers: Answers } | null;
}

export class SavedDraftDto implements SavedDraft {
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) savedAt!: string;
}

export function progressOf(response: Pick<Response, 'status'> | null | undefined): PartnerProgress {
  if (!response) return 'not_started';
  return response.status === 'submitted' ? 'submitted' : 'in_progress';
}

export function toSummary(assignment: Assignment, definition: ExerciseDefinition, response: Response | null): PortalAssignmentSummary {
  return {
    id: assignment.id,
    exerciseKey: assignment.exerciseKey,
    title: definition.title,
    summary: definition.summary,
    ...(assignment.instructions && { instructions: assignment.instructions }),
    ...(assignment.dueAt && { dueAt: assignment.dueAt.toISOString() }),
    status: progressOf(response),
    ...(response?.submittedAt && { submittedAt: response.submittedAt.toISOString() }),
    createdAt: assignment.createdAt.toISOString(),
  };
}

export function toMine(response: Response | null): PortalAssignment['mine'] {
  return {
    status: progressOf(response),
    version: response?.version ?? 0,
    answers: response?.answers ?? {},
    ...(response?.submittedAt && { submittedAt: response.submittedAt.toISOString() }),
  };
}

export function toPortalAssignment(
  assignment: Assignment,
  definition: ExerciseDefinition,
  perspective: Perspective,
  mine: Response | null,
  other: { displayName: string; response: Response | null } | null,
): PortalAssignment {
  const released = other !== null && isReleased(assignment, [mine, other.response]);
  return {
    id: assignment.id,
    exercise: withoutScoring(definition), // partners never see scores or bands
    perspective,
    ...(assignment.instructions && { instructions: assignment.instructions }),
    ...(assignment.dueAt && { dueAt: assignment.dueAt.toISOString() }),
    visibility: assignment.visibility,
    partnerDisplayName: other?.displayName ?? null,
    mine: toMine(mine),
    partner:
      released && other?.response
        ? { displayName: other.displayName, answers: partnerVisibleAnswers(definition, other.response.answers) }
        : null,
  };
}
