// The baseline for `GET /api/dashboard`: bare Fastify + `pg`, no Nest, no TypeORM, running the same SQL the
// product runs for that page (the staff-session lookup, then the dashboard's four panel queries side by side)
// with the same pool size. Not part of the product: `npm run bench` starts it on CPU 0 beside the API.
// Env: DATABASE_URL, PORT, DATABASE_POOL_SIZE (10).
import { createHash } from 'node:crypto';
import Fastify from 'fastify';
import { Pool } from 'pg';
import { DASHBOARD_PANELS } from '../../apps/api/src/dashboard/dashboard.queries';

const pool = new Pool({ connectionString: process.env['DATABASE_URL'], max: Number(process.env['DATABASE_POOL_SIZE'] ?? 10) });
pool.on('error', () => undefined);
const app = Fastify({ logger: false });

const SESSION_SQL = `SELECT s.id, s.user_id, s.practice_id, s.created_at, s.last_seen_at, s.expires_at, s.revoked_at,
        u.status, u.roles, (u.mfa_enabled_at IS NOT NULL) AS mfa_enabled, p.settings
   FROM staff_session s
   JOIN user_account u ON u.id = s.user_id AND u.practice_id = s.practice_id
   JOIN practice p ON p.id = s.practice_id
  WHERE s.token_hash = $1`;

function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

app.get('/api/health', async () => ({ status: 'ok' }));

app.get('/api/dashboard', async (request, reply) => {
  const token = cookie(request.headers.cookie, 'trp_session');
  if (!token) return reply.code(401).send({ statusCode: 401, message: 'Sign in first', error: 'Unauthorized' });
  const session = (await pool.query(SESSION_SQL, [createHash('sha256').update(token).digest('hex')])).rows[0];
  if (!session || session.revoked_at || session.status !== 'active') return reply.code(401).send({ statusCode: 401, message: 'Sign in first', error: 'Unauthorized' });
  const scope = { practiceId: session.practice_id, counselorId: session.user_id, now: new Date(), limit: 100 };
  const run = (panel: keyof typeof DASHBOARD_PANELS) => pool.query(DASHBOARD_PANELS[panel].sql, DASHBOARD_PANELS[panel].parameters(scope)).then((r) => r.rows);
  const [safetyFlags, readyToReview, overdue, caseload] = await Promise.all([run('safetyFlags'), run('readyToReview'), run('overdue'), run('caseload')]);
  reply.header('cache-control', 'no-store');
  return { safetyFlags, readyToReview, overdue, caseload };
});

app.listen({ port: Number(process.env['PORT'] ?? 3999), host: '127.0.0.1' }).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
