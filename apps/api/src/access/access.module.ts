import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserAccount } from '../accounts/user-account.entity';
import { Assignment } from '../assignments/assignment.entity';
import { Couple } from '../couples/couple.entity';
import { Partner } from '../couples/partner.entity';
import { AccessService } from './access.service';

/** Record-level access of the counselor workspace (couples, partners, assignments). */
@Module({
  imports: [TypeOrmModule.forFeature([Couple, Partner, Assignment, UserAccount])],
  providers: [AccessService],
  exports: [AccessService],
})
export class AccessModule {}
