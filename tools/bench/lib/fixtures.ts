import { createHash } from 'node:crypto';
import { Client } from 'pg';

/** `name=value` pairs of the Set-Cookie headers of a response, joined for a Cookie header. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
}

/** Signs a staff user in through the product's own endpoint; answers the Cookie header to send. */
export async function signIn(base: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} answered ${response.status}: ${await response.text()}`);
  return cookiesOf(response);
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The review page's subject: the counselor's newest assignment that both partners submitted. */
export async function reviewTarget(url: string, counselorEmail: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT a.id FROM assignment a
         JOIN couple c ON c.id = a.couple_id AND c.practice_id = a.practice_id
         JOIN user_account u ON u.id = c.counselor_id
        WHERE u.email = $1 AND c.status = 'active'
          AND (SELECT count(*) FROM response r WHERE r.assignment_id = a.id AND r.status = 'submitted') = 2
        ORDER BY a.created_at DESC LIMIT 1`,
      [counselorEmail],
    );
    if (!rows[0]) throw new Error(`no assignment submitted by both partners for ${counselorEmail}`);
    return rows[0].id as string;
  });
}

/** The trends page's subject (issue 16): the generator's couple with 150 check-ins submitted by both partners. */
export async function trendsTarget(url: string, label: string): Promise<string> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(`SELECT id FROM couple WHERE label = $1`, [label]);
    if (!rows[0]) throw new Error(`no couple "${label}" in ${url}: run the bench with --reseed`);
    return rows[0].id as string;
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
