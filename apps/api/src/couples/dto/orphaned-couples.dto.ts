import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import type { CoupleCount, OrphanedCouple, OrphanedCouples, ReassignAllCouplesBody, ReassignedCouples } from '@trp/contracts';

export class ReassignAllCouplesDto implements ReassignAllCouplesBody {
  @ApiProperty({ format: 'uuid', description: 'The account whose couples move (any account of the practice).' })
  @IsUUID('all', { message: 'fromCounselorId must be a UUID' })
  fromCounselorId!: string;

  @ApiProperty({ format: 'uuid', description: 'An active counselor of the same practice.' })
  @IsUUID('all', { message: 'toCounselorId must be a UUID' })
  toCounselorId!: string;
}

export class ReassignedCouplesDto implements ReassignedCouples {
  @ApiProperty({ description: 'How many couples moved.' }) reassigned!: number;
}

export class OrphanedCoupleDto implements OrphanedCouple {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The counselor’s name for the couple.' }) label!: string;
  @ApiProperty({ format: 'uuid' }) counselorId!: string;
  @ApiProperty() counselorName!: string;
  @ApiProperty({ description: '`deactivated`, or `active` when the account lost the counselor role.' }) counselorStatus!: string;
}

export class OrphanedCouplesDto implements OrphanedCouples {
  @ApiProperty({ type: OrphanedCoupleDto, isArray: true }) items!: OrphanedCouple[];
  @ApiProperty({ description: 'All orphaned couples of the practice (items stop at 200).' }) total!: number;
}

export class CoupleCountDto implements CoupleCount {
  @ApiProperty() active!: number;
  @ApiProperty() archived!: number;
}
