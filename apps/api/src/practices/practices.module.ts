import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { Practice } from './practice.entity';
import { PracticesService } from './practices.service';

@Module({
  imports: [TypeOrmModule.forFeature([Practice]), AuditModule],
  providers: [PracticesService],
  exports: [PracticesService],
})
export class PracticesModule {}
