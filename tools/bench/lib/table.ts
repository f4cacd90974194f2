import { cpus, totalmem } from 'node:os';

export interface Row {
  readonly section: string;
  readonly what: string;
  readonly figure: string;
  readonly target?: string;
  readonly met?: boolean;
}

/** Prints the one table of `npm run bench` (Markdown, so it pastes into docs/performance.md as is). */
export function printTable(rows: readonly Row[], run: { rounds: number; seconds: number; minutes: number }): void {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\n## npm run bench — ${new Date().toISOString().slice(0, 16)}Z`);
  console.log(`${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; API and baseline on CPU 0, load generator on CPU 1, PostgreSQL 18 (embedded, own cluster) unpinned;`);
  console.log(`reads: ${run.rounds} interleaved rounds of ${run.seconds} s, 10 connections, median [min–max]; run took ${run.minutes.toFixed(1)} min\n`);
  console.log('| # | measured | figure | target | met |');
  console.log('|---|---|---|---|---|');
  for (const row of rows) console.log(`| ${row.section} | ${row.what} | ${row.figure} | ${row.target ?? ''} | ${row.met === undefined ? '' : row.met ? 'yes' : '**no**'} |`);
  const missed = rows.filter((r) => r.met === false).length;
  console.log(`\n${rows.filter((r) => r.met !== undefined).length - missed} targets met, ${missed} missed`);
}
