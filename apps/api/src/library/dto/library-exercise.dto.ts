import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, Matches } from 'class-validator';
import type { LibraryExercise } from '@trp/contracts';
import type { PracticeExerciseRecord } from '../practice-exercises.store';

/**
 * The body of POST and PATCH: the definition's own parts, checked as a whole by `validateDefinition`
 * (libs/exercises) once the server has set the key and version and appended the closing section — not here, so
 * that every problem is named by its path in the definition (`sections[1].fields[0].max`).
 */
export class LibraryExerciseBodyDto {
  @ApiPropertyOptional({ description: 'Needed on POST.', maxLength: 200 })
  @Allow()
  title?: unknown;

  @ApiPropertyOptional({ description: 'Needed on POST.', maxLength: 1000 })
  @Allow()
  summary?: unknown;

  @ApiPropertyOptional({
    description:
      'Needed on POST: the practice’s own sections (`Section[]`, see DESIGN.md "The exercises"). The closing private-note and safety-check section is appended by the server; a trailing `for-your-counselor` section is replaced by it.',
    type: 'array',
    items: { type: 'object' },
  })
  @Allow()
  sections?: unknown;

  @ApiPropertyOptional({ description: '`{ fields: [{ fieldId, reverse? }], bands?: [{ min, max, label }] }` over scale fields; `null` on PATCH removes it.', type: 'object', additionalProperties: true, nullable: true })
  @Allow()
  scoring?: unknown;

  @ApiPropertyOptional({ description: 'Ignored on POST (an exported definition imports as is). On PATCH, when sent: the version you edited; 409 if a newer one was saved.' })
  @Allow()
  version?: unknown;

  @ApiPropertyOptional({ description: 'Ignored: the server sets it.' })
  @Allow()
  key?: unknown;

  @ApiPropertyOptional({ description: 'Ignored: the server sets it.' })
  @Allow()
  source?: unknown;

  @ApiPropertyOptional({ description: 'Ignored: the server sets it.' })
  @Allow()
  author?: unknown;
}

export class LibraryListQueryDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: '`false`: only exercises in use; `true`: only archived ones; left out: all, each with `archived`.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'archived must be true or false' })
  archived?: 'true' | 'false';
}

export class LibraryKeyParams {
  @Matches(/^custom-[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'key must be a practice exercise key such as custom-my-exercise-ab12cd' })
  @ApiProperty({ example: 'custom-daily-check-in-ab12cd' })
  key!: string;
}

/** The response of every library route: the latest version as an `ExerciseDefinition`, with author and state. */
export function toLibraryExercise(record: PracticeExerciseRecord, canEdit: boolean): LibraryExercise {
  return {
    ...record.definition,
    source: 'practice',
    author: { id: record.authorUserId, name: record.authorName },
    archived: record.archivedAt !== null,
    ...(record.archivedAt && { archivedAt: record.archivedAt.toISOString() }),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    canEdit,
  };
}
