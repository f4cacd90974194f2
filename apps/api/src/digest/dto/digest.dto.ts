import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import type { Digest, DigestEntry, DigestNews, DigestQuery, DigestScoreChange } from '@trp/contracts';
import type { ScoreReading } from '@trp/exercises';
import { SessionDto } from '../../sessions/dto/session.dto';

export class DigestQueryDto implements DigestQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Start of the window (default: the start of today in the practice’s time zone).' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time, e.g. 2026-12-07T00:00:00Z' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'End of the window, exclusive (default: 7 days after `from`; at most 31 days after it).' })
  @IsOptional() @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date-time, e.g. 2026-12-14T00:00:00Z' })
  to?: string;
}

class DigestCoupleDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
}

class DigestNewsDto implements DigestNews {
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty() text!: string;
}

class ScoreReadingDto implements ScoreReading {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ description: 'The score stored at submit.' }) value!: number;
  @ApiPropertyOptional({ description: 'The band the score falls in, when the exercise names bands.' }) band?: string;
}

class DigestScoreChangeDto implements DigestScoreChange {
  @ApiProperty() exerciseKey!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: ScoreReadingDto, description: 'The partner’s newest score since then; absent when nothing new.' }) latest?: ScoreReadingDto;
  @ApiPropertyOptional({ type: ScoreReadingDto, description: 'The partner’s newest score before then; absent for a first score.' }) before?: ScoreReadingDto;
  @ApiPropertyOptional({ description: '`latest − before`, when both exist.' }) change?: number;
}

export class DigestEntryDto implements DigestEntry {
  @ApiProperty({ type: SessionDto }) session!: SessionDto;
  @ApiProperty({ type: DigestCoupleDto }) couple!: DigestCoupleDto;
  @ApiProperty({ format: 'date-time', description: 'The couple’s latest begun session before this one, else when the couple was added.' }) since!: string;
  @ApiProperty({ type: [DigestNewsDto], description: 'Exercises opened and submissions since then, oldest first.' }) news!: DigestNewsDto[];
  @ApiProperty({ type: [String], description: 'The largest differences between the partners’ scale answers since then.' }) differences!: string[];
  @ApiProperty({ type: [DigestScoreChangeDto], description: 'Per partner and scored exercise: the newest score since then and its change from the newest before then.' })
  scoreChanges!: DigestScoreChangeDto[];
  @ApiProperty({ description: 'Open assignments with a safety flag not yet acknowledged.' }) safetyFlags!: number;
  @ApiProperty({ description: 'Open assignments past due that not both partners submitted.' }) overdue!: number;
  @ApiProperty({ description: 'Open assignments ready to review.' }) readyToReview!: number;
}

export class DigestDto implements Digest {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ type: [DigestEntryDto], description: 'By session time.' }) sessions!: DigestEntryDto[];
}
