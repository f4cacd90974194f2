import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CoupleTrends, ExerciseTrend, ScorePoint, TrendField, TrendPartnerSeries, TrendPoint } from '@trp/contracts';
import { EMOTION_KEYS, type EmotionKey } from '@trp/exercises';

class TrendPointDto implements TrendPoint {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiPropertyOptional({ description: 'A scale field: the value given.' }) value?: number;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer', minimum: 0, maximum: 10 },
    description: `An emotions field: intensity per emotion (${EMOTION_KEYS.join(', ')}), only those the partner set.`,
  })
  emotions?: Partial<Record<EmotionKey, number>>;
}

class TrendPartnerSeriesDto implements TrendPartnerSeries {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ type: [TrendPointDto] }) points!: TrendPointDto[];
}

class TrendFieldDto implements TrendField {
  @ApiProperty() fieldId!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: ['scale', 'emotions'] }) type!: 'scale' | 'emotions';
  @ApiPropertyOptional() min?: number;
  @ApiPropertyOptional() max?: number;
  @ApiProperty({ type: [TrendPartnerSeriesDto] }) partners!: TrendPartnerSeriesDto[];
}

class ScorePointDto implements ScorePoint {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty() value!: number;
  @ApiPropertyOptional() band?: string;
}

class ScoreSeriesDto {
  @ApiProperty({ format: 'uuid' }) partnerId!: string;
  @ApiProperty({ type: [ScorePointDto] }) points!: ScorePointDto[];
}

class ScoreTrendDto {
  @ApiProperty({ type: [ScoreSeriesDto] }) partners!: ScoreSeriesDto[];
}

class ExerciseTrendDto implements ExerciseTrend {
  @ApiProperty() exerciseKey!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: [TrendFieldDto] }) fields!: TrendFieldDto[];
  @ApiPropertyOptional({ type: ScoreTrendDto, description: 'Only for a scored exercise.' }) score?: ScoreTrendDto;
}

export class CoupleTrendsDto implements CoupleTrends {
  @ApiProperty({ type: [ExerciseTrendDto] }) exercises!: ExerciseTrendDto[];
}
