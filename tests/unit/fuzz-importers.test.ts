import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import type { ParsedDocument } from '../../electron/importing/parse-document';
import { parseInWorker } from '../../electron/importing/parse-runner';
import { storeDocument } from '../../electron/importing/store-document';
import { openLibrary } from '../../electron/library/open-library';
import {
  buildImportWorker,
  COVENTRY,
  coventryFile,
  ensureGeneratedFixtures,
  generatedDir,
  importBatch,
  KENT,
  readRealFixture,
  rowCounts,
  type FixtureFile,
} from '../helpers/fixture-files';
import { fuzzCase, type FuzzCase, type SeedCorpus } from '../helpers/fuzz/fuzz-cases';
import { buildFuzzWorker, runFuzzCases, type FuzzResult } from '../helpers/fuzz/fuzz-runner';
import {
  deeplyNestedDocx,
  deeplyNestedHtml,
  docxBomb,
  hugeSingleLine,
  randomBytes,
  unclosedHtml,
  unpackDocx,
} from '../helpers/fuzz/hostile-files';
import { seedFromEnv, seededRandom } from '../helpers/fuzz/seeded-random';
import { smallMinutesPdf } from '../helpers/fuzz/small-pdf';
import { createTempLibrary, tempDir } from '../helpers/temp-library';

/**
 * Files damaged every way a download, a disk or a mail gateway damages them,
 * and files made to cause trouble. Each must end with a plain refusal or a
 * sound import, in bounded time and memory; none may hang or end the app.
 *
 * npm test runs SCRUTINEER_FUZZ_CASES (default 400, about 40 s) cases from a fixed seed;
 * SCRUTINEER_FUZZ_CASES=20000 SCRUTINEER_FUZZ_SEED=123 runs more, or others.
 * A failure names its case index and seed, and the same pair makes it again.
 */
const CASES = Number(process.env.SCRUTINEER_FUZZ_CASES ?? 400);
const SEED = seedFromEnv('SCRUTINEER_FUZZ_SEED', 20261124);
const LIMITS = { perCaseMs: 10_000, memoryMb: 1024 };

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.splice(0).forEach((c) => c()));

async function seedCorpus(): Promise<SeedCorpus> {
  const generated = (extension: string) =>
    Object.values(COVENTRY).map((name) => {
      const file = name.replace(/\.(txt|md)$/, extension);
      return { name: file, data: new Uint8Array(fs.readFileSync(path.join(generatedDir(), file))) };
    });
  const docx = generated('.docx');
  return {
    docxParts: await Promise.all(docx.map(unpackDocx)),
    text: Object.values(COVENTRY).map(readRealFixture),
    html: generated('.html'),
    docx,
    // Mostly the small PDF, which pdf.js reads in milliseconds; one real council PDF for its fonts and streams.
    pdf: [
      ...Array.from({ length: 6 }, () => ({ name: 'Minutes 16 September 2021.pdf', data: smallPdf })),
      readRealFixture(KENT.cppMinutes),
    ],
  };
}

let smallPdf: Uint8Array<ArrayBuffer>;
beforeAll(async () => {
  await ensureGeneratedFixtures();
  smallPdf = await smallMinutesPdf();
}, 60_000);

/** What a person may be told: our words, not a library's. */
function plainRefusal(result: Extract<FuzzResult, { outcome: 'refused' }>): string | null {
  if (result.name !== 'ImportProblem') return `threw ${result.cause} instead of a named refusal`;
  if (result.code !== 'unreadable-file' && result.code !== 'unsupported-file')
    return `refused with code ${result.code}`;
  if (/exception|undefined|null|NaN|stack|xref|token|\bbug\b|0x[0-9a-f]|[{}<>]/i.test(result.message))
    return `refused in technical words: ${result.message}`;
  return null;
}

/** A parse the library can hold: known kinds, text in every block, pages within the paper. */
function soundParse(parsed: ParsedDocument): string | null {
  const kinds = ['heading', 'paragraph', 'list-item', 'table-row'];
  for (const [i, block] of parsed.blocks.entries()) {
    if (!kinds.includes(block.kind)) return `block ${i} has kind ${block.kind}`;
    if (typeof block.text !== 'string' || block.text.trim() === '') return `block ${i} has no text`;
    if (block.page !== null && (parsed.pageCount === null || block.page < 1 || block.page > parsed.pageCount))
      return `block ${i} is on page ${block.page} of ${parsed.pageCount}`;
  }
  if (parsed.blocks.length === 0 && parsed.format !== 'pdf') return 'imported with no text';
  return null;
}

describe('importers fed damaged and hostile files', () => {
  it(
    `end each of ${CASES} generated cases with a plain refusal or a sound import, never a hang or crash`,
    async () => {
      const worker = await buildFuzzWorker();
      cleanups.push(() => worker.remove());
      const corpus = await seedCorpus();
      // Every third sound parse is also written to a real library, as an import would (writing is slower than reading).
      const library = createTempLibrary();
      cleanups.push(() => library.cleanup());

      const failures: string[] = [];
      const tally = new Map<string, number>();
      const slowest: { ms: number; label: string }[] = [];
      const started = performance.now();
      function* cases(): Generator<FuzzCase> {
        for (let index = 0; index < CASES; index++) yield fuzzCase(SEED, index, corpus);
      }
      await runFuzzCases(worker.file, cases(), LIMITS, (c, result) => {
        const fail = (why: string) => failures.push(`case ${c.index} (seed ${SEED}, ${c.label}): ${why}`);
        const key = `${c.label.split(' ')[0]} ${result.outcome}`;
        tally.set(key, (tally.get(key) ?? 0) + 1);
        slowest.push({ ms: result.ms, label: `case ${c.index} ${c.label}` });
        if (result.outcome === 'parsed') {
          const problem = soundParse(result.parsed);
          if (problem) return fail(problem);
          try {
            if (c.index % 3 === 0) storeDocument(library.db, result.parsed, c);
          } catch (error) {
            fail(`parsed but could not be stored: ${(error as Error).message}`);
          }
        } else if (result.outcome === 'refused') {
          const problem = plainRefusal(result);
          if (problem) fail(problem);
        } else {
          fail(`${result.outcome}: ${result.message}`);
        }
      });
      const seconds = (performance.now() - started) / 1000;
      slowest.sort((a, b) => b.ms - a.ms);
      console.log(
        `Fuzzed ${CASES} files (seed ${SEED}) in ${seconds.toFixed(1)} s:`,
        Object.fromEntries([...tally].sort()),
        '\nslowest:',
        slowest.slice(0, 3).map((s) => `${Math.round(s.ms)} ms ${s.label}`),
      );
      expect(failures.slice(0, 20)).toEqual([]);
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    },
    60_000 + CASES * 250,
  );
});

describe('hostile files through the app’s import worker', () => {
  const TIME_LIMIT_MS = 20_000;

  it('refuses zip bombs, and reads deep nesting and enormous lines, each alone in bounded time and memory', async () => {
    const worker = await buildImportWorker();
    cleanups.push(() => worker.remove());
    const dir = tempDir();
    const db = openLibrary(path.join(dir, 'library.sqlite'));
    cleanups.push(() => {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    });
    const imports = new ImportJobs(db, parseInWorker(worker.file, { timeLimitMs: TIME_LIMIT_MS }));

    const good = readRealFixture(COVENTRY.minutes);
    const hostile: (FixtureFile & { expect: RegExp })[] = [
      // 2 GB of document.xml in about 7 MB, with its true size in the zip, then claiming 4 KB.
      {
        name: 'Agenda pack.docx',
        data: docxBomb(2, true),
        expect: /^Could not be imported: .*unpacks to far more than a meeting paper could hold/,
      },
      {
        name: 'Minutes.docx',
        data: docxBomb(2, false),
        expect: /^Could not be imported: .*unpacks to far more than a meeting paper could hold/,
      },
      { ...(await deeplyNestedDocx(5_000)), expect: /^Could not be imported: it is not a readable Word document/ },
      { ...deeplyNestedHtml(50_000), expect: /^Imported\./ },
      { ...unclosedHtml(20_000), expect: /^Imported\./ },
      { ...hugeSingleLine(4, 'txt'), expect: /^Imported\./ },
      // A Word document renamed by a mail gateway is still read as one.
      { name: 'Agenda item (from e-mail).pdf', data: coventryFile('agendaItem', 'docx').data, expect: /^Imported\./ },
      {
        ...randomBytes(seededRandom(SEED), 300_000, 'Report.pdf'),
        expect: /^Could not be imported: it is named \.pdf/,
      },
    ];
    const rssBefore = process.resourceUsage().maxRSS;
    const started = performance.now();
    const dispatch = createDispatch(createHandlers(db, { imports }), () => undefined);
    const job = await importBatch({ imports, dispatch }, [...hostile.map(({ name, data }) => ({ name, data })), good]);
    const seconds = (performance.now() - started) / 1000;
    const peakMb = process.resourceUsage().maxRSS / 1024;
    console.log(
      `Hostile batch: ${seconds.toFixed(1)} s, peak memory ${Math.round(peakMb)} MB (before: ${Math.round(rssBefore / 1024)} MB)`,
    );

    expect(job.files.map((f) => f.name)).toEqual([...hostile.map((h) => h.name), good.name]);
    hostile.forEach((h, i) => expect(job.files[i]?.message, h.name).toMatch(h.expect));
    expect(job.files.at(-1)?.state).toBe('imported');
    expect(seconds).toBeLessThan(hostile.length * (TIME_LIMIT_MS / 1000));
    expect(peakMb).toBeLessThan(2048);
    // The refused files left nothing behind.
    expect(rowCounts(db).document).toBe(job.files.filter((f) => f.state === 'imported').length);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  }, 180_000);
});
