import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ImportJobs } from '../electron/importing/import-jobs';
import { parseInWorker, type ParseRunner } from '../electron/importing/parse-runner';
import { openLibrary, type Db } from '../electron/library/open-library';

export interface PdfFile {
  file: string;
  pages: number;
}

export interface ImportMeasurement {
  files: number;
  pages: number;
  ms: number;
  pagesPerSec: number;
  /** Time spent reading files in the workers (pdf.js, structure, outcomes, fingerprints), summed over the workers. */
  parseMs: number;
  /** The time no file was being read: writing to the library (blocks, index, passages, outcomes, follow-ups) alone. */
  storeMs: number;
  failed: number;
  /** The longest spell with no file being read, and the file read just before it (most likely the one being written). */
  slowestStore: { file: string; ms: number };
  blocksAdded: number;
}

/** How long the member takes to choose the files once the chooser is open. */
export const CHOOSING_MS = 2000;

/**
 * Opens a library the benchmark made, as openLibrary does (WAL, foreign keys,
 * synchronous NORMAL, secure delete, a 32 MB page cache) but without its integrity check, which the cold start
 * measures; the library's migrations are already applied.
 */
export function openMadeLibrary(file: string, readonly = false): Db {
  const db = new Database(file, { readonly });
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -32768');
  return db;
}

/**
 * End-to-end import of PDF papers as the app does it (the host's ImportJobs, each
 * file read by the built import worker, written in its own transaction), all
 * files in one batch as "Import a folder…" makes.
 */
export async function measureImport(
  libraryFile: string,
  pdfs: PdfFile[],
  workerScript: string,
  options: {
    fresh: boolean;
    /**
     * As in the app, where readers start when the member opens the file chooser (or drags files over
     * the window): they are made ready, and the clock starts CHOOSING_MS later, when the files come.
     * Without it, the first file waits for a reader to start and load pdf.js.
     */
    prepared: boolean;
  },
): Promise<ImportMeasurement> {
  const db = options.fresh ? openLibrary(libraryFile) : openMadeLibrary(libraryFile);
  try {
    const blocksBefore = (db.prepare('SELECT COUNT(*) AS n FROM block').get() as { n: number }).n;
    const inWorker = parseInWorker(workerScript);
    const spells: { start: number; end: number; file: string }[] = [];
    const timed: ParseRunner = async (file, onProgress, signal) => {
      const spell = { start: performance.now(), end: 0, file: file.name };
      spells.push(spell);
      try {
        return await inWorker(file, onProgress, signal);
      } finally {
        spell.end = performance.now();
      }
    };
    timed.startReaders = inWorker.startReaders;
    timed.help = inWorker.help;
    // As the app does: one reader per core, one writer.
    const jobs = new ImportJobs(db, timed, os.availableParallelism());
    const files = pdfs.map((p) => ({ name: path.basename(p.file), data: new Uint8Array(fs.readFileSync(p.file)) }));
    if (options.prepared) {
      jobs.getReadersReady();
      await new Promise((resolve) => setTimeout(resolve, CHOOSING_MS));
    }
    const started = performance.now();
    const job = jobs.start(files);
    const finished = await jobs.finished(job.id);
    const ms = performance.now() - started;
    const pages = pdfs.reduce((sum, p) => sum + p.pages, 0);
    const blocksAfter = (db.prepare('SELECT COUNT(*) AS n FROM block').get() as { n: number }).n;
    const parseMs = spells.reduce((sum, spell) => sum + spell.end - spell.start, 0);
    // Files are read several at once: the spells when none was being read are the writer's alone.
    spells.sort((a, b) => a.start - b.start);
    const gaps: { file: string; ms: number }[] = [];
    let readUntil = started;
    let lastFile = '';
    for (const spell of spells) {
      if (spell.start > readUntil) gaps.push({ file: lastFile, ms: spell.start - readUntil });
      if (spell.end > readUntil) {
        readUntil = spell.end;
        lastFile = spell.file;
      }
    }
    gaps.push({ file: lastFile, ms: started + ms - readUntil });
    const slowest = gaps.reduce((a, b) => (b.ms > a.ms ? b : a), { file: '', ms: 0 });
    return {
      files: files.length,
      pages,
      ms,
      pagesPerSec: pages / (ms / 1000),
      parseMs,
      storeMs: gaps.reduce((sum, gap) => sum + gap.ms, 0),
      failed: finished.files.filter((f) => f.state === 'failed').length,
      slowestStore: slowest,
      blocksAdded: blocksAfter - blocksBefore,
    };
  } finally {
    db.close();
  }
}

/**
 * The reference: poppler's pdftotext on the same files, one after another, as a member would run it from a terminal:
 * one small shell runs it on each file and times the whole loop itself. Spawning pdftotext once a file from this
 * process instead (as this did until 7 December 2026) timed the benchmark's own process being copied for each file: with
 * the benchmark holding 1.8 GB, that cost some 50 ms a file, and pdftotext seemed to read 270 pages a second where it
 * reads over 800.
 */
export function measurePdftotext(pdfs: PdfFile[]): { ms: number; pagesPerSec: number } {
  const loop =
    'start=$(date +%s%N); for f do pdftotext -enc UTF-8 "$f" - > /dev/null || { echo "pdftotext failed on $f" >&2; exit 1; }; done; echo $(( $(date +%s%N) - start ))';
  const result = spawnSync('sh', ['-c', loop, 'sh', ...pdfs.map((p) => p.file)], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr.trim() || 'pdftotext could not be run');
  const ms = Number(result.stdout.trim()) / 1e6;
  const pages = pdfs.reduce((sum, p) => sum + p.pages, 0);
  return { ms, pagesPerSec: pages / (ms / 1000) };
}
