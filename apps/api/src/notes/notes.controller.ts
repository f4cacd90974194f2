import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CounselorNoteView, Page } from '@trp/contracts';
import type { AuthContext } from '../auth/auth-context';
import { Auth } from '../auth/auth.decorator';
import { Authenticated } from '../auth/authenticated.decorator';
import { PageQueryDto } from '../common/page-query.dto';
import { UuidParamDto } from '../common/uuid-param.dto';
import { CounselorNotePageDto, CounselorNoteViewDto, CreateNoteDto, NoteParamsDto } from './dto/note.dto';
import { NotesService } from './notes.service';

@ApiTags('notes')
@Controller('couples/:id/notes')
@Authenticated({ roles: ['counselor'] })
@ApiNotFoundResponse({ description: 'Not a couple of your caseload (or no such couple or note).' })
export class NotesController {
  constructor(private readonly notes: NotesService) {}

  @Get()
  @ApiOperation({ summary: 'Your private notes about the couple, newest first (never shown to partners or admins)' })
  @ApiOkResponse({ type: CounselorNotePageDto })
  list(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Query() query: PageQueryDto): Promise<Page<CounselorNoteView>> {
    return this.notes.list(auth, params.id, query);
  }

  @Post()
  @ApiOperation({ summary: 'Add a private note, optionally about one assignment of the couple' })
  @ApiCreatedResponse({ type: CounselorNoteViewDto })
  @ApiBadRequestResponse({ description: 'Empty or too long `body`, an `assignmentId` not of this couple, or an unknown field.' })
  create(@Auth() auth: AuthContext, @Param() params: UuidParamDto, @Body() dto: CreateNoteDto): Promise<CounselorNoteView> {
    return this.notes.create(auth, params.id, dto);
  }

  @Delete(':noteId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a note you wrote' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiForbiddenResponse({ description: 'Another counselor wrote it.' })
  delete(@Auth() auth: AuthContext, @Param() params: NoteParamsDto): Promise<void> {
    return this.notes.delete(auth, params.id, params.noteId);
  }
}
