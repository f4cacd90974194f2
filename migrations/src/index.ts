import { CreatePractice1764057600000 } from './1764057600000-CreatePractice';
import { CreateAccounts1764144000000 } from './1764144000000-CreateAccounts';
import { CreateAuditEvent1764144060000 } from './1764144060000-CreateAuditEvent';
import { CreateCaseload1764230400000 } from './1764230400000-CreateCaseload';
import { DashboardIndexes1764230460000 } from './1764230460000-DashboardIndexes';
import { CoupleProgress1764316800000 } from './1764316800000-CoupleProgress';
import { CreatePasswordReset1764925200000 } from './1764925200000-CreatePasswordReset';
import { SafetyReview1764928800000 } from './1764928800000-SafetyReview';
import { CreateRateLimit1764939600000 } from './1764939600000-CreateRateLimit';
import { CreateStaffNotice1764943200000 } from './1764943200000-CreateStaffNotice';
import { EmailPerPractice1764943260000 } from './1764943260000-EmailPerPractice';
import { CreateSession1764950400000 } from './1764950400000-CreateSession';
import { AssignmentOpensAt1764950460000 } from './1764950460000-AssignmentOpensAt';
import { AssignmentSeries1764950520000 } from './1764950520000-AssignmentSeries';
import { ResponseScore1764954000000 } from './1764954000000-ResponseScore';
import { CreateAgreement1764954060000 } from './1764954060000-CreateAgreement';
import { PartnerErasure1764957600000 } from './1764957600000-PartnerErasure';
import { PortalPin1764957660000 } from './1764957660000-PortalPin';
import { DigestIndexes1764961200000 } from './1764961200000-DigestIndexes';
import { CreateMailMessage1764946800000 } from './1764946800000-CreateMailMessage';
import { PartnerReminders1764946860000 } from './1764946860000-PartnerReminders';
import { StaffPreferences1764946920000 } from './1764946920000-StaffPreferences';
import { PartnerSessionPinLock1764964800000 } from './1764964800000-PartnerSessionPinLock';
import { AuditCoupleIndexes1764964860000 } from './1764964860000-AuditCoupleIndexes';
import { CreatePracticeExercise1764966600000 } from './1764966600000-CreatePracticeExercise';
import { DailySummary1764966660000 } from './1764966660000-DailySummary';
import { PartnerLocale1765900001000 } from './1765900001000-PartnerLocale';

/**
 * Every migration, oldest first. Imported as classes (not a glob) so they survive the bundled build.
 * Add a new one at the end; never edit one that has been released.
 */
export const MIGRATIONS = [
  CreatePractice1764057600000,
  CreateAccounts1764144000000,
  CreateAuditEvent1764144060000,
  CreateCaseload1764230400000,
  DashboardIndexes1764230460000,
  CoupleProgress1764316800000,
  CreatePasswordReset1764925200000,
  SafetyReview1764928800000,
  CreateRateLimit1764939600000,
  CreateStaffNotice1764943200000,
  EmailPerPractice1764943260000,
  CreateSession1764950400000,
  AssignmentOpensAt1764950460000,
  AssignmentSeries1764950520000,
  ResponseScore1764954000000,
  CreateAgreement1764954060000,
  PartnerErasure1764957600000,
  PortalPin1764957660000,
  CreateMailMessage1764946800000,
  PartnerReminders1764946860000,
  StaffPreferences1764946920000,
  DigestIndexes1764961200000,
  PartnerSessionPinLock1764964800000,
  AuditCoupleIndexes1764964860000,
  CreatePracticeExercise1764966600000,
  DailySummary1764966660000,
  PartnerLocale1765900001000,
];
