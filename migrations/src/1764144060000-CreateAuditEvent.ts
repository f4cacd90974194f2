import { MigrationInterface, QueryRunner } from 'typeorm';

/** The append-only audit log: UPDATE, DELETE and TRUNCATE are refused by triggers. */
export class CreateAuditEvent1764144060000 implements MigrationInterface {
  name = 'CreateAuditEvent1764144060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_event (
        id bigint GENERATED ALWAYS AS IDENTITY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        practice_id uuid,
        actor_kind text NOT NULL,
        actor_id uuid,
        action text NOT NULL,
        target_type text,
        target_id text,
        outcome text NOT NULL,
        request_id text,
        ip text,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        CONSTRAINT pk_audit_event PRIMARY KEY (id),
        CONSTRAINT fk_audit_event_practice FOREIGN KEY (practice_id) REFERENCES practice (id) ON DELETE RESTRICT,
        CONSTRAINT ck_audit_event_actor_kind CHECK (actor_kind IN ('staff', 'partner', 'system', 'anonymous')),
        CONSTRAINT ck_audit_event_outcome CHECK (outcome IN ('success', 'failure', 'denied')),
        CONSTRAINT ck_audit_event_action CHECK (action ~ '^[a-z_]+\\.[a-z_]+$'),
        CONSTRAINT ck_audit_event_target CHECK ((target_type IS NULL) = (target_id IS NULL)),
        CONSTRAINT ck_audit_event_details_object CHECK (jsonb_typeof(details) = 'object')
      )`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice ON audit_event (practice_id, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice_action ON audit_event (practice_id, action, id DESC)`);
    await queryRunner.query(`CREATE INDEX ix_audit_event_practice_actor ON audit_event (practice_id, actor_id, id DESC)`);
    await queryRunner.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only';
      END
      $$`);
    await queryRunner.query(
      `CREATE TRIGGER tg_audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tg_audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE audit_event`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
