import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The boundaries agreement (issue 16): one `agreement` per set-boundaries assignment, made once both partners have
 * submitted, with its merged `agreement_item`s and the counselor's decision on each. Sharing copies the agreed
 * items' text into `shared_items` (what partners read, text only) and counts `shared_version`; later edits reach
 * partners only when shared again.
 */
export class CreateAgreement1764954060000 implements MigrationInterface {
  name = 'CreateAgreement1764954060000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE agreement (
        assignment_id uuid NOT NULL,
        practice_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        shared_at timestamptz,
        shared_version integer NOT NULL DEFAULT 0,
        shared_items jsonb NOT NULL DEFAULT '[]'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_agreement PRIMARY KEY (assignment_id),
        CONSTRAINT uq_agreement_practice_assignment UNIQUE (practice_id, assignment_id),
        CONSTRAINT fk_agreement_assignment FOREIGN KEY (practice_id, assignment_id) REFERENCES assignment (practice_id, id) ON DELETE CASCADE,
        CONSTRAINT ck_agreement_status CHECK (status IN ('draft', 'shared')),
        CONSTRAINT ck_agreement_shared CHECK ((shared_version = 0) = (shared_at IS NULL))
      )`);
    await queryRunner.query(`
      CREATE TABLE agreement_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        practice_id uuid NOT NULL,
        assignment_id uuid NOT NULL,
        position integer NOT NULL,
        field_id text NOT NULL,
        text text NOT NULL,
        from_partner_ids uuid[] NOT NULL,
        decision text NOT NULL DEFAULT 'undecided',
        CONSTRAINT pk_agreement_item PRIMARY KEY (id),
        CONSTRAINT uq_agreement_item_position UNIQUE (assignment_id, position),
        CONSTRAINT fk_agreement_item_agreement FOREIGN KEY (practice_id, assignment_id) REFERENCES agreement (practice_id, assignment_id) ON DELETE CASCADE,
        CONSTRAINT ck_agreement_item_decision CHECK (decision IN ('undecided', 'agreed', 'discuss', 'not_agreed')),
        CONSTRAINT ck_agreement_item_text CHECK (length(text) BETWEEN 1 AND 300)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE agreement_item`);
    await queryRunner.query(`DROP TABLE agreement`);
  }
}
