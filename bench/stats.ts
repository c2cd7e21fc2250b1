import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/** The value at quantile q (0..1) of some timings, by the nearest-rank method. */
export function percentile(values: number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}

/** Milliseconds that fn took, and what it returned. */
export function time<T>(fn: () => T): [number, T] {
  const started = performance.now();
  const value = fn();
  return [performance.now() - started, value];
}

export async function timeAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const value = await fn();
  return [performance.now() - started, value];
}

export function round(value: number, digits = 1): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

/**
 * A ratio of ours to a reference, measured as pairs taken one after the other
 * (A, B, A, B…) so that a busy spell on a shared machine falls on both sides of
 * a pair rather than on one side of the comparison: the median of the pairs'
 * ratios, with their least and greatest as the spread.
 */
export interface PairedRatio {
  median: number;
  min: number;
  max: number;
  ratios: number[];
}

export function pairedRatio(pairs: [ours: number, reference: number][]): PairedRatio {
  const ratios = pairs.map(([ours, reference]) => ours / reference);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios), ratios };
}

/** Runs ours and the reference alternately for `rounds` rounds, starting with ours. */
export async function interleaved<T, R>(
  rounds: number,
  ours: (round: number) => T | Promise<T>,
  reference: (round: number) => R | Promise<R>,
): Promise<{ ours: T[]; reference: R[] }> {
  const a: T[] = [];
  const b: R[] = [];
  for (let round = 0; round < rounds; round++) {
    a.push(await ours(round));
    b.push(await reference(round));
  }
  return { ours: a, reference: b };
}

/** "12.3x (11.0–14.1)": a paired ratio and its spread, for the table. */
export function formatRatio(r: PairedRatio, digits = 1, unit = 'x'): string {
  return `${round(r.median, digits)}${unit} (${round(r.min, digits)}–${round(r.max, digits)})`;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Profiles the main thread (the V8 inspector, as --cpu-prof does) while fn runs
 * when profiling is on; writes the .cpuprofile for Chrome DevTools and returns
 * the functions that took the most time, inclusive of what they called.
 */
export async function profiled<T>(
  name: string,
  dir: string | null,
  fn: () => Promise<T>,
): Promise<{ value: T; summary: string[] }> {
  if (!dir) return { value: await fn(), summary: [] };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  const summary: string[] = [];
  try {
    return { value: await fn(), summary };
  } finally {
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    session.disconnect();
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
    summary.push(...summariseProfile(profile));
  }
}

/** The heaviest functions of a profile, inclusive (with what they call) and by self time. */
export function summariseProfile(profile: CpuProfile, top = 14): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber + 1}`;
  const perNode = new Map<number, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    perNode.set(id, (perNode.get(id) ?? 0) + dt);
    total += dt;
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, dt] of perNode) {
    const node = byId.get(id) as ProfileNode;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = label(byId.get(at) as ProfileNode);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  }
  const format = (map: Map<string, number>) =>
    [...map]
      .filter(([key]) => !/^\((?:root|program|idle)\)|^(?:runMicrotasks|processTicksAndRejections) /.test(key))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, us]) =>
          `${String(Math.round(us / 1000)).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${key}`,
      );
  return [
    `sampled ${Math.round(total / 1000)} ms; inclusive:`,
    ...format(inclusive),
    'self:',
    ...format(self).slice(0, 8),
  ];
}
