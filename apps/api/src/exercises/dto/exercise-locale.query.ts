import { ApiPropertyOptional } from '@nestjs/swagger';
import { type Locale, LOCALES } from '@trp/contracts';
import { IsIn, IsOptional } from 'class-validator';

/** `?locale=`: the language of the definitions' words; without it, the caller's own language (their preference). */
export class ExerciseLocaleQuery {
  @ApiPropertyOptional({ enum: LOCALES, description: 'The language of the exercises’ words (ids, values and limits never change). Default: your language preference.' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}
