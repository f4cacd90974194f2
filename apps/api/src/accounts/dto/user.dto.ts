import { resolvePracticeSettings } from '../../practices/practice-settings';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CurrentUser, Role, ROLES, UpdateUserRequest, User, USER_SORTS, USER_STATUSES, UserListQuery, UserSort, UserStatus } from '@trp/contracts';
import { PageQueryDto } from '../../common/page-query.dto';
import { Practice } from '../../practices/practice.entity';
import { UserAccount } from '../user-account.entity';

class PracticeRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class UserDto implements User {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'email' }) email!: string;
  @ApiProperty({ description: "'' while the person has not accepted their invitation" }) displayName!: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty({ type: PracticeRefDto }) practice!: PracticeRefDto;
  @ApiProperty() mfaEnabled!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastSignInAt!: string | null;
}

export class CurrentUserDto extends UserDto implements CurrentUser {
  @ApiProperty({ description: 'The practice requires MFA and this user has not enrolled yet.' }) mfaEnrollmentRequired!: boolean;
  @ApiProperty({ description: "The practice's session policy: `{ idleTimeoutMinutes, absoluteTimeoutHours }`." })
  sessionPolicy!: { idleTimeoutMinutes: number; absoluteTimeoutHours: number };
  @ApiProperty({ example: 'Europe/Madrid', description: "The practice's IANA time zone: sessions and schedules are shown and entered in it." }) timezone!: string;
  @ApiProperty({ description: 'The practice sends partners reminder emails (its `remindersEnabled` setting).' }) partnerReminders!: boolean;
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class UserListQueryDto extends PageQueryDto implements UserListQuery {
  @ApiPropertyOptional({ description: 'Part of the name or email, case-insensitive.' })
  @IsOptional() @Transform(trim) @IsString() @MaxLength(100)
  search?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional() @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ enum: USER_STATUSES })
  @IsOptional() @IsIn(USER_STATUSES)
  status?: UserStatus;

  @ApiPropertyOptional({ enum: USER_SORTS, default: 'displayName', description: 'displayName and email ascending, createdAt newest first.' })
  @IsOptional() @IsIn(USER_SORTS)
  sort?: UserSort;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ enum: ROLES, isArray: true, minItems: 1 })
  @IsOptional() @IsArray() @ArrayMinSize(1) @ArrayMaxSize(ROLES.length) @ArrayUnique() @IsIn(ROLES, { each: true })
  roles?: Role[];

  @ApiPropertyOptional({ enum: ['active', 'deactivated'] })
  @IsOptional() @IsIn(['active', 'deactivated'])
  status?: 'active' | 'deactivated';
}

export function toUserDto(user: UserAccount, practice: Pick<Practice, 'id' | 'name'>): User {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    roles: [...user.roles].sort(),
    status: user.status,
    practice: { id: practice.id, name: practice.name },
    mfaEnabled: user.mfaEnabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
  };
}

export function toCurrentUserDto(user: UserAccount, practice: Pick<Practice, 'id' | 'name' | 'settings'>, mfaEnrollmentRequired: boolean): CurrentUser {
  const { idleTimeoutMinutes, absoluteTimeoutHours, timezone, remindersEnabled } = resolvePracticeSettings(practice.settings);
  return {
    ...toUserDto(user, practice),
    mfaEnrollmentRequired,
    sessionPolicy: { idleTimeoutMinutes, absoluteTimeoutHours },
    timezone,
    partnerReminders: remindersEnabled,
  };
}
