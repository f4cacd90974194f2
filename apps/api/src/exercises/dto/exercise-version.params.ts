import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class ExerciseVersionParams {
  @Matches(/^[a-z0-9-]{1,64}$/, { message: 'key must be an exercise key such as acknowledge-the-breach' })
  key!: string;

  @Type(() => Number)
  @IsInt({ message: 'version must be a whole number' })
  @Min(1, { message: 'version must be 1 or more' })
  @Max(10_000, { message: 'version must be 10000 or less' })
  version!: number;
}
