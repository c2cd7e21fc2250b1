import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnnotationImportResult, ImportJobStatus } from '../../shared/domain';
import { NOTES_FILE_EXTENSIONS_READ } from '../../shared/notes-file';
import type { Dispatch } from '../api/dispatch';
import { readFilesForImport } from '../importing/read-files';
import { skippedLine } from '../importing/skipped-files';

/**
 * Files the operating system asks Scrutineer to open: a double-clicked notes
 * export, or a paper opened with Scrutineer. macOS sends `open-file` events;
 * Windows and Linux put the file on the command line, of the first instance or
 * of a second one that hands its arguments to the instance already running.
 * These paths come from the system, never from the renderer.
 */
export type OpenedKind = 'notes' | 'paper';

const PAPER_EXTENSIONS = ['pdf', 'docx', 'htm', 'html', 'txt', 'md'];
const MAX_NOTES_BYTES = 50 * 1024 * 1024;

export function kindOfOpenedFile(file: string): OpenedKind | null {
  const extension = path.extname(file).slice(1).toLowerCase();
  if ((NOTES_FILE_EXTENSIONS_READ as readonly string[]).includes(extension)) return 'notes';
  if (PAPER_EXTENSIONS.includes(extension)) return 'paper';
  return null;
}

/**
 * The files named in a command line. The first argument is the program; when not
 * packaged (`electron .`) the second is the app's folder. Switches (Chromium adds
 * some to a second instance's arguments) and anything that is not an existing file
 * of a kind Scrutineer reads are ignored.
 */
export function filesFromArgv(argv: readonly string[], options: { packaged: boolean; cwd: string }): string[] {
  return argv
    .slice(options.packaged ? 1 : 2)
    .filter((arg) => arg !== '' && !arg.startsWith('-'))
    .map((arg) => (arg.startsWith('file://') ? fileUrlToPath(arg) : path.resolve(options.cwd, arg)))
    .filter((file) => kindOfOpenedFile(file) !== null && fs.statSync(file, { throwIfNoEntry: false })?.isFile());
}

/** Linux desktop files pass `%U`, so a file may arrive as a file:// address. */
function fileUrlToPath(url: string): string {
  try {
    return fileURLToPath(url);
  } catch {
    return '';
  }
}

/** Holds files opened before the window is ready (macOS sends them before `ready`). */
export class OpenedFiles {
  private pending: string[] = [];

  add(files: readonly string[]): void {
    for (const file of files) if (!this.pending.includes(file)) this.pending.push(file);
  }

  take(): string[] {
    return this.pending.splice(0);
  }
}

export interface OpenedFilesOutcome {
  /** One line per notes file, for a person to read. */
  notes: string[];
  /** The import job started for the papers, if any. */
  job: ImportJobStatus | null;
  /** What went wrong, for a person to read. */
  problems: string[];
}

/** Imports what was opened: notes files into the library, papers as one import job. */
export async function importOpenedFiles(files: readonly string[], dispatch: Dispatch): Promise<OpenedFilesOutcome> {
  const outcome: OpenedFilesOutcome = { notes: [], job: null, problems: [] };
  const papers: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    if (kindOfOpenedFile(file) === 'paper') {
      papers.push(file);
      continue;
    }
    const size = fs.statSync(file, { throwIfNoEntry: false })?.size;
    if (size === undefined) {
      outcome.problems.push(`${name}: the file is no longer there.`);
      continue;
    }
    if (size > MAX_NOTES_BYTES) {
      outcome.problems.push(`${name}: this is too large to be a notes file.`);
      continue;
    }
    const result = await dispatch('importAnnotations', { json: fs.readFileSync(file, 'utf8') });
    if (!result.ok) {
      outcome.problems.push(`${name}: ${result.error.message}`);
      continue;
    }
    const r = result.value as AnnotationImportResult;
    outcome.notes.push(
      `${name}: ${r.added} notes added, ${r.alreadyHere} already here` +
        (r.notPlaced ? `, ${r.notPlaced} could not be placed` : '') +
        (r.unknownDocuments ? `, ${r.unknownDocuments} for papers not in this library` : '') +
        '.',
    );
  }
  if (papers.length > 0) {
    try {
      const { files, skipped } = readFilesForImport(papers);
      if (files.length === 0) {
        outcome.problems.push(...skipped.map(skippedLine));
      } else {
        const result = await dispatch('startImport', { files, ...(skipped.length ? { skipped } : {}) });
        if (result.ok) outcome.job = result.value as ImportJobStatus;
        else outcome.problems.push(result.error.message);
      }
    } catch (error) {
      outcome.problems.push((error as Error).message);
    }
  }
  return outcome;
}
