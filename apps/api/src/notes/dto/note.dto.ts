import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CounselorNoteView, CreateNoteBody, NOTE_MAX_LENGTH } from '@trp/contracts';
import type { CounselorNote } from '../counselor-note.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateNoteDto implements CreateNoteBody {
  @ApiProperty({ minLength: 1, maxLength: NOTE_MAX_LENGTH })
  @Transform(trim) @IsString() @IsNotEmpty({ message: 'body must not be empty' }) @MaxLength(NOTE_MAX_LENGTH)
  body!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'An assignment of the same couple the note is about.' })
  @IsOptional() @IsUUID('all', { message: 'assignmentId must be a UUID' })
  assignmentId?: string;
}

export class NoteParamsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'id must be a UUID' }) id!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'noteId must be a UUID' }) noteId!: string;
}

export class CounselorNoteViewDto implements CounselorNoteView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() body!: string;
  @ApiPropertyOptional({ format: 'uuid' }) assignmentId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) authorId?: string;
  @ApiPropertyOptional() authorName?: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiPropertyOptional({ format: 'date-time' }) updatedAt?: string;
}

export class CounselorNotePageDto {
  @ApiProperty({ type: [CounselorNoteViewDto] }) items!: CounselorNoteViewDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

export function toNoteView(note: CounselorNote, authorName: string | null): CounselorNoteView {
  return {
    id: note.id,
    body: note.body,
    ...(note.assignmentId && { assignmentId: note.assignmentId }),
    ...(note.authorUserId && { authorId: note.authorUserId }),
    ...(authorName && { authorName }),
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
  };
}
