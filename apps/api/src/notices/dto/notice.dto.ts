import { ApiProperty } from '@nestjs/swagger';
import type { StaffNotice, StaffNoticeDetails } from '@trp/contracts';

export class StaffNoticeDto implements StaffNotice {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({
    description:
      '`kind: couple_reassigned` with `coupleLabel` (null when several moved), `count`, `toCounselorName`, `byName`; or `kind: self_role_change` with `actorName`, `added`, `removed` (roles).',
    example: { kind: 'couple_reassigned', coupleLabel: 'Couple A', count: 1, toCounselorName: 'Sam Lee', byName: 'Ada Admin' },
  })
  details!: StaffNoticeDetails;
}
