import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  AGREEMENT_DECISIONS,
  AGREEMENT_ITEM_MAX_LENGTH,
  type AgreementDecision,
  type AgreementItemView,
  type AgreementView,
  type PortalAgreement,
  type UpdateAgreementItemBody,
} from '@trp/contracts';

/** `:id/agreement/items/:itemId`: both must be UUIDs (400 naming the one that is not). */
export class AgreementItemParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'itemId must be a UUID' })
  itemId!: string;
}

export class UpdateAgreementItemDto implements UpdateAgreementItemBody {
  @ApiPropertyOptional({ enum: AGREEMENT_DECISIONS })
  @IsOptional()
  @IsIn(AGREEMENT_DECISIONS, { message: `decision must be one of ${AGREEMENT_DECISIONS.join(', ')}` })
  decision?: AgreementDecision;

  @ApiPropertyOptional({ maxLength: AGREEMENT_ITEM_MAX_LENGTH, description: 'New wording (e.g. to merge near-duplicates); trimmed.' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value))
  @IsString({ message: 'text must be a string' })
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(AGREEMENT_ITEM_MAX_LENGTH, { message: `text must be at most ${AGREEMENT_ITEM_MAX_LENGTH} characters` })
  text?: string;
}

class AgreementItemViewDto implements AgreementItemView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() fieldId!: string;
  @ApiProperty() text!: string;
  @ApiProperty({ type: [String], description: 'Partner ids of who wrote it (both when both wrote the same). Counselor only.' }) from!: string[];
  @ApiProperty({ enum: AGREEMENT_DECISIONS }) decision!: AgreementDecision;
}

export class AgreementViewDto implements AgreementView {
  @ApiProperty({ enum: ['draft', 'shared'], description: '`draft`: not shared yet, or changed since last shared.' }) status!: 'draft' | 'shared';
  @ApiPropertyOptional({ format: 'date-time', description: 'When it was last shared with the partners.' }) sharedAt?: string;
  @ApiProperty({ type: [AgreementItemViewDto] }) items!: AgreementItemViewDto[];
}

class PortalAgreementItemDto {
  @ApiProperty() fieldId!: string;
  @ApiProperty() heading!: string;
  @ApiProperty() text!: string;
}

class PortalAgreementDto implements PortalAgreement {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date-time' }) sharedAt!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: [PortalAgreementItemDto], description: 'The agreed items, text only.' }) items!: PortalAgreementItemDto[];
}

export class PortalAgreementListDto {
  @ApiProperty({ type: [PortalAgreementDto] }) items!: PortalAgreementDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: a couple has few agreements.' }) nextCursor!: null;
}
