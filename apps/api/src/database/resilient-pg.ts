import pg from 'pg';
import { connectWithRetry, ConnectRetryPolicy, currentConnectRetry, DEFAULT_CONNECT_RETRY } from './connect-retry';

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, done: (release?: unknown) => void) => void;

/**
 * The `pg` module TypeORM is given (`DataSourceOptions.driver`): `pg` itself, with a Pool whose `connect()` waits
 * and tries again while PostgreSQL is unreachable (refused, restarting, shutting down), within `policy`.
 *
 * `Pool.connect` is the one place a connection is acquired: by TypeORM for every query runner (a single query, a
 * transaction, a migration) and by `pool.query`. Retrying there is always safe: a failed attempt sent no
 * statement. Nothing else is retried: a statement, or a COMMIT, that fails because the connection dropped may have
 * run, so its error goes up unchanged (the API answers 503 and the client decides: portal submits are idempotent,
 * draft saves are versioned).
 */
export function resilientPg(policy: ConnectRetryPolicy = DEFAULT_CONNECT_RETRY): typeof pg {
  class ResilientPool extends pg.Pool {
    override connect(): Promise<pg.PoolClient>;
    override connect(callback: ConnectCallback): void;
    override connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
      const connecting = connectWithRetry(() => super.connect(), currentConnectRetry(policy));
      if (!callback) return connecting;
      connecting.then(
        (client) => callback(undefined, client, (release) => client.release(release as boolean | Error | undefined)),
        (error: Error) => callback(error, undefined, () => undefined),
      );
    }
  }
  return { ...pg, Pool: ResilientPool };
}
