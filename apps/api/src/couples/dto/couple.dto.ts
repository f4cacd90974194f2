import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import type {
  CoupleAssignment,
  CoupleListQuery,
  CoupleStatus,
  CoupleView,
  CreateCoupleBody,
  InviteLinkState,
  InviteLinkSummary,
  NewPartnerBody,
  PartnerView,
  Locale,
  ReassignCoupleBody,
  UpdateCoupleBody,
} from '@trp/contracts';
import { LOCALES } from '@trp/contracts';
import type { Perspective } from '@trp/exercises';
import { PageQueryDto } from '../../common/page-query.dto';
import { inviteLinkState, LinkFacts } from '../../invite-links/link-state';
import type { Couple } from '../couple.entity';
import type { Partner } from '../partner.entity';
import type { SessionTimes } from '../../sessions/session-times';

export const PERSPECTIVES: readonly Perspective[] = ['hurt', 'involved', 'unspecified'];
export const COUPLE_STATUSES: readonly CoupleStatus[] = ['active', 'archived'];
const LINK_STATES: readonly InviteLinkState[] = ['none', 'never_opened', 'opened', 'expired', 'revoked'];

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Emails are stored trimmed and lowercase. */
const normalizeEmail = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

export class NewPartnerDto implements NewPartnerBody {
  @ApiProperty({ minLength: 1, maxLength: 80, example: 'Sam' })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'displayName must not be empty' }) @MaxLength(80)
  displayName!: string;

  @ApiPropertyOptional({ format: 'email', maxLength: 254, description: "'' means none." })
  @IsOptional() @Transform(normalizeEmail) @ValidateIf((o: NewPartnerDto) => o.email !== '') @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: PERSPECTIVES, default: 'unspecified' })
  @IsOptional() @IsIn(PERSPECTIVES)
  perspective?: Perspective;
  @ApiPropertyOptional({ enum: LOCALES, description: "The partner's language; default: the practice's defaultLocale." })
  @IsOptional() @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class CreateCoupleDto implements CreateCoupleBody {
  @ApiProperty({ minLength: 1, maxLength: 120, example: 'Sam & Alex' })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'label must not be empty' }) @MaxLength(120)
  label!: string;

  @ApiProperty({ type: [NewPartnerDto], minItems: 2, maxItems: 2 })
  @IsArray() @ArrayMinSize(2, { message: 'partners must list exactly two partners' }) @ArrayMaxSize(2, { message: 'partners must list exactly two partners' })
  @ValidateNested({ each: true }) @Type(() => NewPartnerDto)
  partners!: [NewPartnerDto, NewPartnerDto];
}

export class UpdatePartnerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;

  @ApiPropertyOptional({ minLength: 1, maxLength: 80 })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'displayName must not be empty' }) @MaxLength(80)
  displayName?: string;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true, description: "'' or null removes the email." })
  @IsOptional() @Transform(normalizeEmail) @ValidateIf((o: UpdatePartnerDto) => o.email !== '') @IsEmail({}, { message: 'email must be an email address' }) @MaxLength(254)
  email?: string;

  @ApiPropertyOptional({ enum: PERSPECTIVES })
  @IsOptional() @IsIn(PERSPECTIVES)
  perspective?: Perspective;
  @ApiPropertyOptional({ enum: LOCALES, description: "The partner's language (the partner can also switch it in the portal)." })
  @IsOptional() @IsIn(LOCALES, { message: `locale must be one of ${LOCALES.join(', ')}` })
  locale?: Locale;
}

export class UpdateCoupleDto implements UpdateCoupleBody {
  @ApiPropertyOptional({ minLength: 1, maxLength: 120 })
  @IsOptional() @Transform(trim) @IsString() @IsNotEmpty({ message: 'label must not be empty' }) @MaxLength(120)
  label?: string;

  @ApiPropertyOptional({ enum: COUPLE_STATUSES, description: '`archived` archives (like POST …/archive); `active` restores.' })
  @IsOptional() @IsIn(COUPLE_STATUSES)
  status?: CoupleStatus;

  @ApiPropertyOptional({ type: [UpdatePartnerDto], maxItems: 2 })
  @IsOptional() @IsArray() @ArrayMaxSize(2) @ValidateNested({ each: true }) @Type(() => UpdatePartnerDto)
  partners?: UpdatePartnerDto[];
}

export class CoupleListQueryDto extends PageQueryDto implements CoupleListQuery {
  @ApiPropertyOptional({ description: 'Part of the label or of a partner’s name, case-insensitive.' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: COUPLE_STATUSES, description: 'Default: both.' })
  @IsOptional() @IsIn(COUPLE_STATUSES)
  status?: CoupleStatus;
}

export class ReassignCoupleDto implements ReassignCoupleBody {
  @ApiProperty({ format: 'uuid', description: 'An active counselor of the same practice.' })
  @IsUUID('all', { message: 'counselorId must be a UUID' })
  counselorId!: string;
}

class InviteLinkSummaryDto implements InviteLinkSummary {
  @ApiProperty({ enum: LINK_STATES }) state!: InviteLinkState;
  @ApiPropertyOptional({ format: 'date-time' }) expiresAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) lastOpenedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) firstOpenedAt?: string;
  @ApiPropertyOptional({ format: 'date-time' }) createdAt?: string;
}

export class PartnerViewDto implements PartnerView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() displayName!: string;
  @ApiPropertyOptional({ format: 'email' }) email?: string;
  @ApiProperty({ enum: PERSPECTIVES }) perspective!: Perspective;
  @ApiProperty({ type: InviteLinkSummaryDto }) link!: InviteLinkSummaryDto;
  @ApiProperty({ description: "The partner's own switch for reminder emails (they can turn it off in the portal or from a reminder)." }) remindersEnabled!: boolean;
  @ApiProperty({ enum: LOCALES, description: 'The language of their portal and mails.' }) locale!: Locale;
  @ApiPropertyOptional({ format: 'date-time', description: "When this partner's data was erased." }) erasedAt?: string;
}

export class CoupleViewDto implements CoupleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ enum: COUPLE_STATUSES }) status!: CoupleStatus;
  @ApiProperty({ format: 'uuid' }) counselorId!: string;
  @ApiProperty({ type: [PartnerViewDto], minItems: 2, maxItems: 2 }) partners!: PartnerViewDto[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'The earliest session that has not begun yet.' }) nextSessionAt?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'The latest session that has begun.' }) lastSessionAt?: string;
}

export class CouplePageDto {
  @ApiProperty({ type: [CoupleViewDto] }) items!: CoupleViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export class CoupleAssignmentDto implements CoupleAssignment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) counselorId!: string;
}

export function toPartnerView(partner: Partner, link: LinkFacts | undefined, now: Date): PartnerView {
  return {
    id: partner.id,
    displayName: partner.displayName,
    ...(partner.email && { email: partner.email }),
    perspective: partner.perspective,
    link: inviteLinkState(link, now),
    remindersEnabled: partner.remindersEnabled,
    locale: partner.locale,
    ...(partner.erasedAt && { erasedAt: partner.erasedAt.toISOString() }),
  };
}

/** A couple as the API answers it: partners in position order, each with their link state. */
export function toCoupleView(couple: Couple, partners: readonly Partner[], links: ReadonlyMap<string, LinkFacts>, now: Date, sessions: SessionTimes = {}): CoupleView {
  return {
    id: couple.id,
    label: couple.label,
    status: couple.status,
    counselorId: couple.counselorId,
    partners: [...partners].sort((a, b) => a.position - b.position).map((partner) => toPartnerView(partner, links.get(partner.id), now)),
    createdAt: couple.createdAt.toISOString(),
    ...(sessions.nextSessionAt && { nextSessionAt: sessions.nextSessionAt.toISOString() }),
    ...(sessions.lastSessionAt && { lastSessionAt: sessions.lastSessionAt.toISOString() }),
  };
}
