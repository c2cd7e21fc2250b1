import { Worker } from 'node:worker_threads';
import { bundleWorker } from '../fixture-files';
import type { FuzzCase } from './fuzz-cases';
import type { FuzzReply } from './fuzz-worker';

export type FuzzResult = FuzzReply | { index: number; outcome: 'hang' | 'crash'; message: string; ms: number };

export interface FuzzLimits {
  /** A case still parsing after this is a hang. */
  perCaseMs: number;
  /** The worker's heap; running out is a failure. */
  memoryMb: number;
}

/** Bundles tests/helpers/fuzz/fuzz-worker.ts as the app's build bundles its import worker. */
export function buildFuzzWorker(): Promise<{ file: string; remove(): void }> {
  return bundleWorker('tests/helpers/fuzz/fuzz-worker.ts');
}

/**
 * Parses each case in one long-lived worker, one at a time, with a watchdog:
 * a case that overruns is recorded as a hang and the worker replaced; one that
 * ends the worker (out of memory, a native crash) is recorded as a crash.
 */
export async function runFuzzCases(
  workerFile: string,
  cases: Iterable<FuzzCase>,
  limits: FuzzLimits,
  onResult: (fuzzCase: FuzzCase, result: FuzzResult) => void,
): Promise<void> {
  let worker: Worker | null = null;
  const start = () => new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb } });
  try {
    for (const fuzzCase of cases) {
      worker ??= start();
      const current: Worker = worker;
      const started = performance.now();
      const result = await new Promise<FuzzResult>((resolve) => {
        const finish = (r: FuzzResult) => {
          clearTimeout(timer);
          current.off('message', onMessage).off('error', onError).off('exit', onExit);
          resolve(r);
        };
        const fail = (outcome: 'hang' | 'crash', message: string) =>
          finish({ index: fuzzCase.index, outcome, message, ms: performance.now() - started });
        const onMessage = (reply: FuzzReply) => finish(reply);
        const onError = (error: Error) => fail('crash', error.message);
        const onExit = (code: number) => fail('crash', `the worker exited with code ${code}`);
        const timer = setTimeout(() => fail('hang', `still parsing after ${limits.perCaseMs} ms`), limits.perCaseMs);
        current.on('message', onMessage).on('error', onError).on('exit', onExit);
        current.postMessage({ index: fuzzCase.index, name: fuzzCase.name, data: fuzzCase.data });
      });
      if (result.outcome === 'hang' || result.outcome === 'crash') {
        await current.terminate();
        worker = null;
      }
      onResult(fuzzCase, result);
    }
  } finally {
    await worker?.terminate();
  }
}
