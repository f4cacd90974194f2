import { Client } from 'pg';

/** The role and database the app uses on the embedded engine. */
export const APP_ROLE = 'trp_app';
export const APP_DATABASE = 'trp';

const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Makes the app's role (login, no superuser, no role or database creation) with `password`, and makes it the
 * owner of the app's database and of everything in it that the superuser owned (clusters made before this role
 * existed ran the app as superuser). Idempotent: run at every start. `superuserUrl(db)` connects as superuser.
 */
export async function ensureAppRole(superuserUrl: (database: string) => string, password: string): Promise<void> {
  await withClient(superuserUrl('postgres'), async (client) => {
    const role = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    const verb = role.rowCount === 0 ? 'CREATE' : 'ALTER';
    await client.query(`${verb} ROLE ${APP_ROLE} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${quoteLiteral(password)}`);
    const database = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DATABASE]);
    if (database.rowCount === 0) await client.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${APP_ROLE}`);
    else await client.query(`ALTER DATABASE ${APP_DATABASE} OWNER TO ${APP_ROLE}`);
  });
  await withClient(superuserUrl(APP_DATABASE), async (client) => {
    // Objects of the app's schemas still owned by the superuser (tables, sequences, views, functions, types, schemas).
    await client.query(`
      DO $$
      DECLARE item record;
      BEGIN
        FOR item IN
          SELECT format('ALTER SCHEMA %I OWNER TO ${APP_ROLE}', n.nspname) AS sql
            FROM pg_namespace n
           WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
             AND n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
          UNION ALL
          SELECT format('ALTER %s %I.%I OWNER TO ${APP_ROLE}',
                        CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                        n.nspname, c.relname)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p', 'S', 'v', 'm') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
             AND c.relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i', 'e'))
          UNION ALL
          SELECT format('ALTER ROUTINE %s OWNER TO ${APP_ROLE}', p.oid::regprocedure)
            FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
             AND p.proowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
          UNION ALL
          SELECT format('ALTER TYPE %I.%I OWNER TO ${APP_ROLE}', n.nspname, t.typname)
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
           WHERE t.typtype IN ('e', 'd') AND n.nspname NOT LIKE 'pg\\_%' AND n.nspname <> 'information_schema'
             AND t.typowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
             AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
        LOOP
          EXECUTE item.sql;
        END LOOP;
      END $$`);
  });
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
