import autocannon from 'autocannon';

export interface LoadFigures {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
}

/** One autocannon run (closed loop, `connections` at once) against `url`; the bench runs on CPU 1. */
export async function hammer(url: string, headers: Record<string, string>, seconds: number, connections: number): Promise<LoadFigures> {
  const result = await autocannon({ url, headers, duration: seconds, connections, timeout: 10 });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.timeouts + result.non2xx };
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { median, min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

export function percentile(sortedValues: readonly number[], p: number): number {
  if (!sortedValues.length) return NaN;
  return sortedValues[Math.min(sortedValues.length - 1, Math.ceil((p / 100) * sortedValues.length) - 1)] as number;
}
