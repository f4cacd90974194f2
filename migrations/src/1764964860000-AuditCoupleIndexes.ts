import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log filtered by couple (issue 17, "accounting of disclosures": `GET /api/admin/audit?coupleId=` and the
 * CSV): one index per way an event names a couple (`details.coupleId`, `details.partnerId`, its target), newest first
 * per practice like the log's own paging. See `auditOfCoupleSql`.
 */
export class AuditCoupleIndexes1764964860000 implements MigrationInterface {
  name = 'AuditCoupleIndexes1764964860000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice_couple ON audit_event (practice_id, (details->>'coupleId'), id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice_partner ON audit_event (practice_id, (details->>'partnerId'), id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice_target ON audit_event (practice_id, target_type, target_id, id DESC)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX ix_audit_event_practice_target`);
    await queryRunner.query(`DROP INDEX ix_audit_event_practice_partner`);
    await queryRunner.query(`DROP INDEX ix_audit_event_practice_couple`);
  }
}
