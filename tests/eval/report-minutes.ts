import type { EvalRun, PaperResult, TotalsByForm } from './run-minutes-eval';
import { totalsOf } from './run-minutes-eval';
import { metrics, type Metrics, type Totals } from './score-minutes';

/**
 * What the evaluation prints: a block a paper (what was missed and what was
 * wrongly found, for whoever improves the parser), then the totals, then one
 * line of JSON.
 */

const WIDTH = 100;

export function clip(text: string, width = WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

const ratio = (part: number, whole: number) =>
  whole === 0 ? '—' : `${part}/${whole} (${Math.round((part / whole) * 100)}%)`;
const mark = (right: boolean) => (right ? '✓' : '✗');
const shown = (value: string | null) => (value === null ? 'null' : value);
const list = (values: string[]) => clip(`[${values.join(', ')}]`, 60);

export function paperReport(r: PaperResult): string {
  const s = r.score;
  const lines = [`${r.set} / ${r.file}  [${r.form}]  ${(r.ms / 1000).toFixed(1)} s`];
  if (r.failure) lines.push(`  IMPORT FAILED: ${r.failure}`);
  for (const phrase of r.keyProblems) lines.push(`  KEY: phrase not in the paper's text: "${clip(phrase)}"`);
  lines.push(
    `  recall ${ratio(s.detected, s.required)}  precision ${ratio(s.detected, s.predictions - s.neutral)}` +
      `  kind ${ratio(s.kindRight, s.detected)}  item ${ratio(s.attributed, s.attributable)}` +
      `  predictions ${s.predictions} (neutral ${s.neutral}, duplicates ${s.duplicates})`,
  );
  const fact = (name: string, m: { right: boolean; predicted: string | null; expected: string | null }) =>
    m.right ? `${name} ✓` : `${name} ✗ got ${shown(m.predicted)}, want ${shown(m.expected)}`;
  lines.push(
    `  ${fact('date', s.date)}${s.date.invented ? ' (INVENTED)' : ''}  |  ${fact('committee', s.committee)}  |  items ${mark(s.items.right)}` +
      (s.items.right ? '' : ` got ${list(s.items.predicted)}, want ${list(s.items.expected)}`),
  );
  const lost = new Set(r.notInText);
  if (s.missed.length > 0) lines.push('  missed:');
  for (const o of s.missed) {
    const where = o.item_number === null ? '' : ` (item ${o.item_number})`;
    const why = lost.has(o) ? '  [not in the imported text]' : '';
    lines.push(`    - ${o.kind}${where}: "${clip(o.key_phrase)}"${why}`);
  }
  if (s.falsePositiveTexts.length > 0) lines.push('  false positives:');
  for (const text of s.falsePositiveTexts) lines.push(`    + "${clip(text)}"`);
  if (s.duplicateTexts.length > 0) lines.push('  found again (an outcome another prediction matched):');
  for (const text of s.duplicateTexts) lines.push(`    = "${clip(text)}"`);
  for (const w of s.wrongKinds)
    lines.push(`  kind: got ${w.predicted}, want ${w.expected.join('|')}: "${clip(w.phrase, 60)}"`);
  for (const w of s.wrongItems)
    lines.push(`  item: got ${shown(w.predicted)}, want ${w.expected}: "${clip(w.phrase, 60)}"`);
  for (const m of s.merged) lines.push(`  merged: one prediction covers ${m.outcomes} outcomes: "${clip(m.text, 60)}"`);
  return lines.join('\n');
}

function totalsRow(label: string, t: Totals): string {
  const cells = [
    label.padEnd(20),
    String(t.documents).padStart(4),
    ratio(t.detected, t.required).padStart(13),
    ratio(t.detected, t.predictions - t.neutral).padStart(13),
    ratio(t.kindRight, t.detected).padStart(13),
    ratio(t.attributed, t.attributable).padStart(13),
    ratio(t.datesRight, t.documents).padStart(13),
    ratio(t.committeesRight, t.documents).padStart(13),
    ratio(t.itemsRight, t.documents).padStart(13),
    String(t.duplicates).padStart(5),
    String(t.inventedDates).padStart(9),
  ];
  return cells.join(' ');
}

const HEADER = [
  'totals'.padEnd(20),
  'docs'.padStart(4),
  'recall'.padStart(13),
  'precision'.padStart(13),
  'kind'.padStart(13),
  'item attrib.'.padStart(13),
  'date'.padStart(13),
  'committee'.padStart(13),
  'item numbers'.padStart(13),
  'dupl.'.padStart(5),
  'invented'.padStart(9),
].join(' ');

export interface Summary {
  published: Metrics;
  pdf: Metrics;
  all: Metrics;
  sets: Record<string, Record<keyof TotalsByForm, Metrics>>;
}

export function summarise(run: EvalRun): Summary {
  const asMetrics = (t: TotalsByForm) => ({
    published: metrics(t.published),
    pdf: metrics(t.pdf),
    all: metrics(t.all),
  });
  return {
    ...asMetrics(totalsOf(run.results)),
    sets: Object.fromEntries(
      run.sets.map((set) => [set, asMetrics(totalsOf(run.results.filter((r) => r.set === set)))]),
    ),
  };
}

export function totalsReport(run: EvalRun): string {
  const lines = [HEADER];
  const add = (prefix: string, totals: TotalsByForm) => {
    for (const form of ['published', 'pdf', 'all'] as const) {
      if (totals[form].documents > 0) lines.push(totalsRow(`${prefix} ${form}`.trim(), totals[form]));
    }
  };
  if (run.sets.length > 1) for (const set of run.sets) add(set, totalsOf(run.results.filter((r) => r.set === set)));
  add(run.sets.length > 1 ? 'total' : (run.sets[0] ?? ''), totalsOf(run.results));
  const invented = run.results.filter((r) => r.score.date.invented);
  lines.push('', `invented dates (the key says the paper prints no date of its own): ${invented.length}`);
  for (const r of invented) lines.push(`  ${r.set} / ${r.file} [${r.form}]: ${r.score.date.predicted}`);
  lines.push(
    '',
    'recall = required outcomes detected / required; precision = predictions on a required outcome / (predictions - neutral);',
    'kind = detected with an accepted kind / detected; item attrib. = detected under the right item / detected with an item in the key.',
  );
  return lines.join('\n');
}
