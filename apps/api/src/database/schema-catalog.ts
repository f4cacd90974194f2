import { DataSource } from 'typeorm';
import { MIGRATIONS_TABLE } from './typeorm-options';

/**
 * Everything the migrations own in schema `public`, as sorted lines of text: tables, columns (type, null, default),
 * indexes, constraints, functions, triggers, sequences and enum types. Two databases with equal catalogs have the same
 * schema; the migration round trip compares them. pg-boss's own schema is pg-boss's, and an extension's functions
 * (pgcrypto) are the extension's: neither belongs to the migrations. A function body is compared with its whitespace
 * folded: a down that restores the previous body may indent it differently.
 */
export interface SchemaCatalog {
  tables: string[];
  columns: string[];
  indexes: string[];
  constraints: string[];
  functions: string[];
  triggers: string[];
  sequences: string[];
  types: string[];
}

const CATALOG_QUERIES: Record<keyof SchemaCatalog, string> = {
  tables: `SELECT c.relname AS line FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND c.relname <> $1`,
  columns: `SELECT table_name || '.' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || CASE WHEN is_nullable = 'NO' THEN ' not null' ELSE '' END || coalesce(' default ' || column_default, '') AS line
              FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> $1`,
  indexes: `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename <> $1`,
  constraints: `SELECT rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid) AS line
                  FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace n ON n.oid = rel.relnamespace
                 WHERE n.nspname = 'public' AND rel.relname <> $1`,
  functions: `SELECT regexp_replace(pg_get_functiondef(p.oid), '[[:space:]]+', ' ', 'g') AS line FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
               WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') AND $1 = $1
                 AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')`,
  triggers: `SELECT pg_get_triggerdef(t.oid) AS line FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND NOT t.tgisinternal AND c.relname <> $1`,
  sequences: `SELECT sequence_name || ' ' || data_type || ' ' || increment AS line FROM information_schema.sequences
               WHERE sequence_schema = 'public' AND sequence_name NOT LIKE $1 || '%'`,
  types: `SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
           WHERE n.nspname = 'public' AND $1 = $1 GROUP BY t.typname`,
};

export async function schemaCatalogOf(url: string): Promise<SchemaCatalog> {
  const dataSource = new DataSource({ type: 'postgres', url });
  await dataSource.initialize();
  try {
    const catalog = {} as SchemaCatalog;
    for (const [part, sql] of Object.entries(CATALOG_QUERIES) as [keyof SchemaCatalog, string][]) {
      const rows: { line: string }[] = await dataSource.query(`${sql} ORDER BY 1`, [MIGRATIONS_TABLE]);
      catalog[part] = rows.map((row) => row.line);
    }
    return catalog;
  } finally {
    await dataSource.destroy();
  }
}

export function isEmptyCatalog(catalog: SchemaCatalog): boolean {
  return Object.values(catalog).every((lines) => lines.length === 0);
}
