import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../electron/importing/parse-document';
import { sharedFixtureFiles } from '../tests/helpers/shared-fixtures';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * What the generated library is made of: the sentences, list items, headings and
 * outcomes of the real council papers in ../shared/fixtures (minutes/ and kent-pdf/),
 * as the app itself reads them (the PDFs through pdf.js, the text through the
 * plain-text reader).
 */
export interface Corpus {
  sentences: string[];
  listItems: string[];
  headings: string[];
  outcomes: string[];
  /** How many words the fixtures hold, for the note. */
  words: number;
  files: string[];
}

const PLACE_NAMES = /\b(?:Coventry|Kent|Coventry's|Kent's)\b/g;

export async function loadCorpus(): Promise<Corpus> {
  const sentences = new Set<string>();
  const listItems = new Set<string>();
  const headings = new Set<string>();
  const outcomes = new Set<string>();
  let words = 0;
  const paths = sharedFixtureFiles();
  const files = paths.map((file) => path.basename(file));
  for (const file of paths) {
    const name = path.basename(file);
    const parsed = await parseDocument(name, new Uint8Array(fs.readFileSync(file)));
    for (const block of parsed.blocks) {
      const text = block.text.replace(PLACE_NAMES, (w) => (w.endsWith('s') ? "Eastmoor's" : 'Eastmoor')).trim();
      words += text.split(/\s+/).length;
      if (block.kind === 'heading') {
        const heading = text.replace(/^[\d.]+\s*/, '');
        if (heading.length >= 6 && heading.length <= 70 && /^[A-Z][A-Za-z’'\s,&-]+$/.test(heading))
          headings.add(heading);
      } else if (block.kind === 'list-item') {
        const item = text.replace(/^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\(?[a-z][.)]|[•●▪‣◦*–-])\s+/, '');
        if (item.length >= 20 && item.length <= 300) listItems.add(item);
        for (const s of splitSentences(item)) sentences.add(s);
      } else {
        for (const s of splitSentences(text)) sentences.add(s);
      }
    }
    for (const outcome of parsed.outcomes) {
      if (outcome.text.length >= 20) outcomes.add(outcome.text.replace(PLACE_NAMES, 'Eastmoor'));
    }
  }
  return {
    sentences: [...sentences],
    listItems: [...listItems],
    headings: [...headings],
    outcomes: [...outcomes],
    words,
    files,
  };
}

/** Sentences of prose worth reusing: long enough, and not a name list or a table row. */
function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+(?=[A-Z"“(])/)
    .map((s) => s.trim())
    .filter(
      (s) =>
        s.split(' ').length >= 6 &&
        /^[A-Z"“(]/.test(s) &&
        /[a-z]{3}/.test(s) &&
        !/\s{3,}/.test(s) &&
        !/^(?:RESOLVED|RECOMMENDED|Subject:|To:|Appendix|Present|Apologies)/i.test(s),
    );
}
