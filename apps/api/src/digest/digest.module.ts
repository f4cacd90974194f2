import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { DigestController } from './digest.controller';
import { DigestService } from './digest.service';

/** The pre-session digest (issue 15): reads sessions, assignments and responses; owns no table. */
@Module({
  imports: [AccessModule],
  controllers: [DigestController],
  providers: [DigestService],
})
export class DigestModule {}
