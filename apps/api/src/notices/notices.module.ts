import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NoticesController } from './notices.controller';
import { NoticesService } from './notices.service';
import { StaffNoticeEntity } from './staff-notice.entity';

/** Staff notices (issue 13): one table, one service other features call, the recipient's list and dismissal. */
@Module({
  imports: [TypeOrmModule.forFeature([StaffNoticeEntity])],
  controllers: [NoticesController],
  providers: [NoticesService],
  exports: [NoticesService],
})
export class NoticesModule {}
