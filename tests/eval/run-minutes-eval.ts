import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/fixture-files';
import { importPaper } from './import-paper';
import { formsOf, loadSets, phrasesNotInPaper, type Form } from './minutes-sets';
import { printToPdf } from './print-paper-pdf';
import {
  addScore,
  covers,
  emptyTotals,
  scoreDocument,
  sumTotals,
  type DocumentScore,
  type ExpectedOutcome,
  type Totals,
} from './score-minutes';

export interface PaperResult {
  set: string;
  file: string;
  form: Form;
  score: DocumentScore;
  /** Why the import refused the file, if it did. */
  failure: string | null;
  /** Required outcomes none of whose phrases is in the imported text at all: lost before outcomes were looked for. */
  notInText: ExpectedOutcome[];
  /** Key phrases that are not in the paper at all (a fault in the key), told with the published form. */
  keyProblems: string[];
  ms: number;
}

export interface EvalOptions {
  /** Only the documents whose file name contains this. */
  only?: string;
  /** Folders of labelled papers to read instead of the project's sets. */
  folders?: string[];
  /** Which forms to evaluate (default both). */
  forms?: Form[];
  /** Told of each paper as it is done. */
  onResult?: (result: PaperResult) => void;
}

export interface EvalRun {
  sets: string[];
  results: PaperResult[];
}

/** Imports every labelled paper (and its printed PDF) into a fresh library and scores it against its key. */
export async function runMinutesEval(options: EvalOptions = {}): Promise<EvalRun> {
  const forms = options.forms ?? ['published', 'pdf'];
  const sets = loadSets(options.only, options.folders);
  const results: PaperResult[] = [];
  let browser: Browser | null = null;
  try {
    for (const set of sets) {
      for (const doc of set.documents) {
        const original = new Uint8Array(fs.readFileSync(path.join(set.dir, doc.file)));
        for (const form of formsOf(doc.file, forms.includes('pdf')).filter((f) => forms.includes(f))) {
          const started = performance.now();
          let data = original;
          let name = doc.file;
          if (form === 'pdf') {
            browser ??= await launchChromium();
            data = await printToPdf(browser, doc.file, original);
            name = 'paper.pdf';
          }
          const imported = await importPaper(name, data);
          const result: PaperResult = {
            set: set.name,
            file: doc.file,
            form,
            score: scoreDocument(doc.expected, imported.meeting),
            failure: imported.failure,
            notInText: doc.expected.outcomes.filter(
              (o) =>
                !covers(imported.text, o.key_phrase) && !(o.also_phrases ?? []).some((p) => covers(imported.text, p)),
            ),
            keyProblems: form === 'published' ? phrasesNotInPaper(doc, original) : [],
            ms: performance.now() - started,
          };
          results.push(result);
          options.onResult?.(result);
        }
      }
    }
  } finally {
    await browser?.close();
  }
  return { sets: sets.map((s) => s.name), results };
}

export type TotalsByForm = Record<Form | 'all', Totals>;

/** Totals of the results of one set (or all), per form and for both forms together. */
export function totalsOf(results: PaperResult[]): TotalsByForm {
  const byForm = (form: Form) =>
    results.filter((r) => r.form === form).reduce((t, r) => addScore(t, r.score), emptyTotals());
  const published = byForm('published');
  const pdf = byForm('pdf');
  return { published, pdf, all: sumTotals([published, pdf]) };
}
