import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { AuditModule } from '../audit/audit.module';
import { CounselorNote } from './counselor-note.entity';
import { NotesController } from './notes.controller';
import { NotesService } from './notes.service';

@Module({
  imports: [TypeOrmModule.forFeature([CounselorNote]), AccessModule, AuditModule],
  controllers: [NotesController],
  providers: [NotesService],
})
export class NotesModule {}
