import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import {
  AssignmentRepeat,
  AssignmentRepeatView,
  REPEAT_LIMITS,
  AssignmentPartnerView,
  AssignmentRelease,
  AssignmentStatus,
  AssignmentView,
  CreateAssignmentBody,
  PartnerProgress,
  RELEASE_STATES,
  ReleaseState,
  ReopenAssignmentBody,
  SAFETY_REVIEW_NOTE_MAX_LENGTH,
  SafetyReviewBody,
  SafetyReviewView,
  SubmissionScore,
  Visibility,
  VISIBILITIES,
} from '@trp/contracts';
import { type Answers, scoreBand } from '@trp/exercises';
import type { DefinitionLookup } from '../../exercises/exercises.service';
import type { Partner } from '../../couples/partner.entity';
import type { Assignment } from '../assignment.entity';
import { hasUnreviewedSafetyFlag, partnerProgress } from '../progress-rules';
import { releaseOf } from '../release-rule';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToUndefined = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() === '' ? undefined : trim({ value }));

const { everyDays: EVERY, times: TIMES } = REPEAT_LIMITS;

export class AssignmentRepeatDto implements AssignmentRepeat {
  @ApiProperty({ minimum: EVERY.min, maximum: EVERY.max, description: 'A new occurrence opens every this many days.' })
  @IsInt({ message: 'everyDays must be a whole number of days' })
  @Min(EVERY.min, { message: `everyDays must be at least ${EVERY.min}` })
  @Max(EVERY.max, { message: `everyDays must be at most ${EVERY.max}` })
  everyDays!: number;

  @ApiPropertyOptional({ minimum: TIMES.min, maximum: TIMES.max, description: 'How many occurrences in all (none: until stopped).' })
  @IsOptional()
  @IsInt({ message: 'times must be a whole number' })
  @Min(TIMES.min, { message: `times must be at least ${TIMES.min}` })
  @Max(TIMES.max, { message: `times must be at most ${TIMES.max}` })
  times?: number;
}

export class AssignmentRepeatViewDto extends AssignmentRepeatDto implements AssignmentRepeatView {
  @ApiProperty() occurrence!: number;
  @ApiPropertyOptional({ format: 'date-time' }) stoppedAt?: string;
}

export class CreateAssignmentDto implements CreateAssignmentBody {
  @ApiProperty({ example: 'acknowledge-the-breach', description: 'A built-in exercise; its latest version is assigned.' })
  @IsString() @IsNotEmpty({ message: 'exerciseKey must not be empty' }) @MaxLength(100)
  exerciseKey!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional() @Transform(emptyToUndefined) @IsString() @MaxLength(2000)
  instructions?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'ISO 8601 date-time.' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'dueAt must be an ISO 8601 date-time, e.g. 2026-05-01T18:00:00Z' })
  dueAt?: string;

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'counselor_only' })
  @IsOptional() @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @ApiPropertyOptional({ format: 'date-time', description: 'Partners see nothing of it before then (default now; at most a year ahead; before `dueAt`).' })
  @IsOptional() @IsISO8601({ strict: true, strictSeparator: true }, { message: 'opensAt must be an ISO 8601 date-time, e.g. 2026-05-01T18:00:00Z' })
  opensAt?: string;

  @ApiPropertyOptional({ type: AssignmentRepeatDto, description: 'Repeat: a new occurrence of the same exercise and settings every `everyDays` days.' })
  @IsOptional() @IsObject({ message: 'repeat must be an object such as { "everyDays": 7, "times": 4 }' }) @ValidateNested() @Type(() => AssignmentRepeatDto)
  repeat?: AssignmentRepeatDto;

  @ApiPropertyOptional({ default: true, description: 'Reminder emails to partners who have not submitted (the practice’s cadence).' })
  @IsOptional() @IsBoolean({ message: 'reminders must be true or false' })
  reminders?: boolean;
}

export class ReopenAssignmentDto implements ReopenAssignmentBody {
  @ApiPropertyOptional({ format: 'uuid', description: 'Reopen only this partner’s submission; without it, both.' })
  @IsOptional() @IsUUID('all', { message: 'partnerId must be a UUID' })
  partnerId?: string;
}

export class SafetyReviewDto implements SafetyReviewBody {
  @ApiProperty({ minLength: 1, maxLength: SAFETY_REVIEW_NOTE_MAX_LENGTH, description: 'What you did or decided (clinical: counselor only).' })
  @Transform(trim) @IsString({ message: 'note must be text' }) @IsNotEmpty({ message: 'note must not be empty' })
  @MaxLength(SAFETY_REVIEW_NOTE_MAX_LENGTH, { message: `note must be at most ${SAFETY_REVIEW_NOTE_MAX_LENGTH} characters` })
  note!: string;
}

class SafetyReviewerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
}

class SafetyReviewViewDto implements SafetyReviewView {
  @ApiProperty({ description: 'Clinical: counselor only, never in a portal answer.' }) note!: string;
  @ApiProperty({ format: 'date-time' }) reviewedAt!: string;
  @ApiProperty({ type: SafetyReviewerDto }) reviewedBy!: SafetyReviewerDto;
}

class SubmissionScoreDto implements SubmissionScore {
  @ApiProperty() value!: number;
  @ApiPropertyOptional() band?: string;
}

class AssignmentPartnerViewDto implements AssignmentPartnerView {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ enum: ['not_started', 'in_progress', 'submitted'] }) status!: PartnerProgress;
  @ApiPropertyOptional({ format: 'date-time' }) submittedAt?: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Submitted answers only (never drafts), counselor-only fields included; only in GET /api/assignments/:id.' })
  answers?: Answers;
  @ApiPropertyOptional() safetyFlagged?: boolean;
  @ApiPropertyOptional({ type: SubmissionScoreDto, description: 'Staff only: the score of a submitted scored check-in.' })
  score?: SubmissionScoreDto;
}


class AssignmentReleaseDto implements AssignmentRelease {
  @ApiProperty({
    enum: RELEASE_STATES,
    description:
      'Whether the partners can read each other’s answers. `private`: counselor_only, never. `waiting`: not both submitted yet. ' +
      '`shared`: released to both. `held`: both submitted, but a submitted safety check raised a flag, so nothing is shared until the ' +
      'counselor releases it (`POST /api/assignments/:id/unlock`); the partners are never told why. `sealed`: in_session, not released yet.',
  })
  state!: ReleaseState;

  @ApiPropertyOptional({ format: 'date-time', description: 'Only when `shared`: when it became visible (the later of the second submission and the release).' })
  sharedAt?: string;
}

export class AssignmentViewDto implements AssignmentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) coupleId!: string;
  @ApiProperty() exerciseKey!: string;
  @ApiProperty() exerciseVersion!: number;
  @ApiPropertyOptional() instructions?: string;
  @ApiPropertyOptional({ format: 'date-time' }) dueAt?: string;
  @ApiProperty({ format: 'date-time', description: 'Partners see nothing of it before then.' }) opensAt!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The series of a repeating assignment.' }) seriesId?: string;
  @ApiPropertyOptional({ type: AssignmentRepeatViewDto }) repeat?: AssignmentRepeatViewDto;
  @ApiProperty({ enum: VISIBILITIES }) visibility!: Visibility;
  @ApiProperty({ enum: ['open', 'reviewed', 'cancelled'] }) status!: AssignmentStatus;
  @ApiPropertyOptional({ format: 'date-time' }) unlockedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) reviewedAt?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ description: 'Reminder emails to partners who have not submitted.' }) reminders!: boolean;
  @ApiProperty({ type: [AssignmentPartnerViewDto] }) partners!: AssignmentPartnerViewDto[];
  @ApiPropertyOptional({ type: SafetyReviewViewDto, description: 'The latest acknowledgement of a safety flag.' }) safetyReview?: SafetyReviewViewDto;
  @ApiPropertyOptional({ description: 'A submitted response raised a safety flag not acknowledged since.' }) needsSafetyReview?: boolean;
  @ApiProperty({ type: AssignmentReleaseDto }) release!: AssignmentReleaseDto;
}

export class AssignmentPageDto {
  @ApiProperty({ type: [AssignmentViewDto] }) items!: AssignmentViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

/** What a view needs of a response: never a draft's answers (they are not even read from the database). */
export interface ResponseFacts {
  readonly id: string;
  readonly partnerId: string;
  readonly status: 'draft' | 'submitted';
  readonly submittedAt: Date | null;
  readonly safetyFlagged: boolean;
  /** Present only for a submitted response, and only when the view shows answers. */
  readonly answers?: Answers;
  /** The score stored at submit (scored exercises only). */
  readonly score?: number | null;
}

/**
 * An assignment with each partner's status, in partner order; answers only of submitted responses, when given.
 * `reviewerName`: the display name of the staff member of the latest safety review, if there is one.
 * `definitions`: from the exercise resolver (`ExercisesService.lookup`), for the bands of scores.
 */
export function toAssignmentView(
  assignment: Assignment,
  partners: readonly Pick<Partner, 'id' | 'position'>[],
  responses: readonly ResponseFacts[],
  definitions: DefinitionLookup,
  reviewerName: string | null = null,
  series: SeriesFacts | null = null,
): AssignmentView {
  const release = releaseOf(assignment, responses);
  return {
    id: assignment.id,
    coupleId: assignment.coupleId,
    exerciseKey: assignment.exerciseKey,
    exerciseVersion: assignment.exerciseVersion,
    ...(assignment.instructions && { instructions: assignment.instructions }),
    ...(assignment.dueAt && { dueAt: assignment.dueAt.toISOString() }),
    opensAt: (assignment.opensAt ?? assignment.createdAt).toISOString(),
    ...(assignment.seriesId && { seriesId: assignment.seriesId }),
    ...(assignment.seriesId && series && { repeat: toRepeatView(series, assignment.occurrence ?? 1) }),
    visibility: assignment.visibility,
    status: assignment.status,
    ...(assignment.unlockedAt && { unlockedAt: assignment.unlockedAt.toISOString() }),
    ...(assignment.reviewedAt && { reviewedAt: assignment.reviewedAt.toISOString() }),
    createdAt: assignment.createdAt.toISOString(),
    reminders: assignment.reminders,
    partners: [...partners]
      .sort((x, y) => x.position - y.position)
      .map((partner) => {
        const response = responses.find((r) => r.partnerId === partner.id);
        const submitted = response?.status === 'submitted';
        return {
          partnerId: partner.id,
          status: partnerProgress(response?.status),
          ...(submitted && response.submittedAt && { submittedAt: response.submittedAt.toISOString() }),
          ...(submitted && response.answers && { answers: response.answers }),
          ...(submitted && { safetyFlagged: response.safetyFlagged }),
          ...(submitted && typeof response.score === 'number' && { score: scoreView(assignment, response.score, definitions) }),
        };
      }),
    ...(assignment.safetyReviewedAt &&
      assignment.safetyReviewNote !== null &&
      assignment.safetyReviewedByUserId && {
        safetyReview: {
          note: assignment.safetyReviewNote,
          reviewedAt: assignment.safetyReviewedAt.toISOString(),
          reviewedBy: { id: assignment.safetyReviewedByUserId, displayName: reviewerName ?? 'A colleague' },
        },
      }),
    needsSafetyReview: hasUnreviewedSafetyFlag(responses, assignment.safetyReviewedAt),
    release: { state: release.state, ...(release.sharedAt && { sharedAt: release.sharedAt.toISOString() }) },
  };
}

/** A stored score with its band, read from the definition the assignment was made with. */
function scoreView(assignment: Pick<Assignment, 'exerciseKey' | 'exerciseVersion'>, value: number, definitions: DefinitionLookup): SubmissionScore {
  const definition = definitions(assignment.exerciseKey, assignment.exerciseVersion);
  const band = definition ? scoreBand(definition, value) : undefined;
  return band ? { value, band } : { value };
}

/** What an assignment view shows of its series (assignments/series/assignment-series.entity.ts). */
export interface SeriesFacts {
  readonly everyDays: number;
  readonly times: number | null;
  readonly stoppedAt: Date | null;
}

function toRepeatView(series: SeriesFacts, occurrence: number): AssignmentRepeatView {
  return {
    everyDays: series.everyDays,
    ...(series.times !== null && { times: series.times }),
    occurrence,
    ...(series.stoppedAt && { stoppedAt: series.stoppedAt.toISOString() }),
  };
}
