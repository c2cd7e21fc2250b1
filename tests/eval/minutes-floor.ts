import { describe, expect, it } from 'vitest';
import floors from './minutes-floor.json';
import { loadSets, type Form } from './minutes-sets';
import { summarise, totalsReport, type Summary } from './report-minutes';
import { runMinutesEval } from './run-minutes-eval';
import type { Metrics } from './score-minutes';

export type FloorMetric = 'recall' | 'precision' | 'date' | 'committee' | 'items';
type Floors = Partial<Record<string, Partial<Record<Form, Partial<Record<FloorMetric, number>>>>>>;

/**
 * The metrics of one form that fell below their floor in tests/eval/minutes-floor.json,
 * as sentences. A metric with nothing to measure (no predictions, say) is not checked.
 */
export function belowFloor(summary: Summary, form: Form): string[] {
  const table = floors as unknown as Floors;
  const below = Object.entries(summary.sets).flatMap(([set, byForm]) => {
    const measured: Metrics = byForm[form];
    return Object.entries(table[set]?.[form] ?? {}).flatMap(([metric, floor]) => {
      const value = measured[metric as FloorMetric];
      return value !== null && value < floor ? [`${set} ${form} ${metric} ${value} is below its floor ${floor}`] : [];
    });
  });
  // The same decision listed twice: the chair would chase it twice.
  const twice = Object.entries(floors._duplicatesAtMost as Record<string, number>).flatMap(([set, most]) => {
    const found = summary.sets[set]?.[form].duplicates;
    return found !== undefined && found > most
      ? [`${set} ${form}: ${found} decisions found twice (at most ${most})`]
      : [];
  });
  // A date given to a paper that prints none: the member would file it under a meeting it does not belong to.
  const invented = Object.values(summary.sets).reduce((sum, byForm) => sum + byForm[form].inventedDates, 0);
  const ceiling = floors._inventedDatesAtMost;
  return invented > ceiling
    ? [...below, ...twice, `${form}: ${invented} papers that print no date were given one (at most ${ceiling})`]
    : [...below, ...twice];
}

/** The floor test of one form: runs the evaluation of every labelled set present and compares. */
export function describeFloors(form: Form): void {
  describe.skipIf(loadSets().length === 0)(`how well the import understands minutes (${form})`, () => {
    it('stays at or above the floors in tests/eval/minutes-floor.json', async () => {
      const run = await runMinutesEval({ forms: [form] });
      expect(run.results.filter((r) => r.failure).map((r) => `${r.file}: ${r.failure}`)).toEqual([]);
      expect(belowFloor(summarise(run), form), totalsReport(run)).toEqual([]);
    }, 420_000);
  });
}
