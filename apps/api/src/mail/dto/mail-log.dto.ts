import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { MAIL_KINDS, MAIL_STATUSES, MailLogItem, MailLogQuery, MailStatus } from '@trp/contracts';
import { PageQueryDto } from '../../common/page-query.dto';
import { LINK_PLACEHOLDER } from '../mail-outbox.service';
import { MailMessageEntity } from '../mail-message.entity';

export class MailLogQueryDto extends PageQueryDto implements MailLogQuery {
  @ApiPropertyOptional({ enum: MAIL_STATUSES })
  @IsOptional()
  @IsIn(MAIL_STATUSES, { message: `status must be one of ${MAIL_STATUSES.join(', ')}` })
  status?: MailStatus;
}

export class MailLogItemDto implements MailLogItem {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: MAIL_KINDS }) kind!: MailLogItem['kind'];
  @ApiProperty() to!: string;
  @ApiProperty({ enum: MAIL_STATUSES }) status!: MailStatus;
  @ApiProperty({ description: 'Tries so far.' }) attempts!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) sentAt?: string;
  @ApiPropertyOptional({ description: 'Why the last try failed.' }) lastError?: string;
  @ApiPropertyOptional({ description: `Embedded demo without SMTP_URL only: the mail's text, links shown as "${LINK_PLACEHOLDER}".` })
  text?: string;
}

export class MailLogPageDto {
  @ApiProperty({ type: [MailLogItemDto] }) items!: MailLogItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toMailLogItemDto(mail: MailMessageEntity, withText: boolean): MailLogItem {
  return {
    id: mail.id,
    kind: mail.kind,
    to: mail.to,
    status: mail.status,
    attempts: mail.attempts,
    createdAt: mail.createdAt.toISOString(),
    ...(mail.sentAt && { sentAt: mail.sentAt.toISOString() }),
    ...(mail.lastError && { lastError: mail.lastError }),
    ...(withText && { text: mail.text }),
  };
}
