import fs from 'node:fs';
import path from 'node:path';
import { decodeHTML } from 'entities';
import { repoRoot, sharedFixtures } from '../helpers/fixture-files';
import { covers, type ExpectedDocument } from './score-minutes';

/**
 * The labelled papers the evaluation reads: a folder of documents with an
 * `expected.json` keyed by file name (the shared corpus of real council papers,
 * and the repository's own shapes when they exist).
 */
export interface EvalSet {
  name: string;
  dir: string;
  documents: EvalDocument[];
}

export interface EvalDocument {
  set: string;
  file: string;
  expected: ExpectedDocument;
}

/** How a paper is evaluated: as published, or printed to PDF by a browser first. */
export type Form = 'published' | 'pdf';
export const FORMS: Form[] = ['published', 'pdf'];

export const SET_DIRS: Record<string, string> = {
  corpus: path.join(sharedFixtures, 'corpus'),
  shapes: path.join(repoRoot, 'tests', 'fixtures', 'shapes'),
  /** A second batch written apart from the rules, and kept back until they were done, to measure them (it has since taught them). */
  'shapes-2': path.join(repoRoot, 'tests', 'fixtures', 'shapes-2'),
  /** A third batch written blind to the rules on 29 November 2026, to measure them on shapes they have not met. */
  'shapes-3': path.join(repoRoot, 'tests', 'fixtures', 'shapes-3'),
  /** A fourth batch written blind to the rules on 29 November 2026 (22 papers after the pages of 21 councils and bodies new to the other sets), to measure whether they generalise; no floor is set for it. */
  'shapes-4': path.join(repoRoot, 'tests', 'fixtures', 'shapes-4'),
  /** A fifth batch written blind on 29 November 2026 after the rules had learnt from shapes-4: the measure of those rules. */
  'shapes-5': path.join(repoRoot, 'tests', 'fixtures', 'shapes-5'),
  /** A sixth batch written blind on 29 November 2026 (26 papers after 26 pages new to the other sets), after the rules had learnt from shapes-5. */
  'shapes-6': path.join(repoRoot, 'tests', 'fixtures', 'shapes-6'),
  /** A seventh batch written blind on 29 November 2026 (24 papers, ten of them scrutiny), after the rules had learnt from shapes-6. */
  'shapes-7': path.join(repoRoot, 'tests', 'fixtures', 'shapes-7'),
  /** An eighth batch written blind on 30 November 2026 (23 papers, nine of them scrutiny), after the rules had learnt from shapes-7. */
  'shapes-8': path.join(repoRoot, 'tests', 'fixtures', 'shapes-8'),
  /** A ninth batch written blind on 30 November 2026 (21 papers, ten of them scrutiny), after the rules had learnt from shapes-8. */
  'shapes-9': path.join(repoRoot, 'tests', 'fixtures', 'shapes-9'),
  /**
   * A tenth batch written blind on 4 December 2026 (14 papers), following the shapes of real pages kept back in the
   * fifteenth session's blind rounds, after the rules had learnt from them.
   */
  'shapes-10': path.join(repoRoot, 'tests', 'fixtures', 'shapes-10'),
};

/**
 * The sets whose folder and key exist, each with the documents whose name contains `only` (all of a set
 * whose name is `only`). `folders`: labelled papers kept elsewhere (a council's own minutes, held back
 * from the project), read in place of the project's sets.
 */
export function loadSets(only?: string, folders: string[] = []): EvalSet[] {
  const dirs =
    folders.length > 0
      ? folders.map((dir): [string, string] => [path.basename(path.resolve(dir)), dir])
      : Object.entries(SET_DIRS);
  return dirs.flatMap(([name, dir]) => {
    const keyFile = path.join(dir, 'expected.json');
    if (!fs.existsSync(keyFile)) return [];
    const key = JSON.parse(fs.readFileSync(keyFile, 'utf8')) as Record<string, unknown>;
    const documents = Object.keys(key)
      .filter((file) => !file.startsWith('_') && (only === undefined || only === name || file.includes(only)))
      .sort()
      .map((file) => {
        if (!fs.existsSync(path.join(dir, file)))
          throw new Error(`${name}: ${file} is in expected.json but not in ${dir}`);
        return { set: name, file, expected: key[file] as ExpectedDocument };
      });
    return [{ name, dir, documents }];
  });
}

export type SourceShape = 'text' | 'html' | 'other';

/** Text and web pages are also printed to PDF; PDFs and Word files are evaluated as published only. */
export function sourceShape(file: string): SourceShape {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.md') return 'text';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'other';
}

export function formsOf(file: string, withPdf: boolean): Form[] {
  return withPdf && sourceShape(file) !== 'other' ? FORMS : ['published'];
}

/**
 * Key phrases that are not in the paper's own text (a web page's with its tags
 * taken out), normalised as predictions are: a phrase no prediction could ever
 * cover. PDFs are not read here; a phrase missing from what the import read of
 * one is marked on the missed outcome instead.
 */
export function phrasesNotInPaper(doc: EvalDocument, data: Uint8Array): string[] {
  const shape = sourceShape(doc.file);
  if (shape === 'other') return [];
  const raw = new TextDecoder().decode(data);
  const text = shape === 'html' ? decodeHTML(raw.replace(/<[^>]*>/g, ' ')) : raw;
  const phrases = [
    ...doc.expected.outcomes.flatMap((o) => [o.key_phrase, ...(o.also_phrases ?? [])]),
    ...doc.expected.optional.map((o) => o.key_phrase),
  ];
  return phrases.filter((p) => !covers(text, p));
}
