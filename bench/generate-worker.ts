import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { parseDocument, type ParsedDocument } from '../electron/importing/parse-document';
import type { Corpus } from './corpus';
import { meetingPack, toMarkdown, type LibraryShape, type MeetingPlan } from './library-plan';
import { renderPdf } from './render-pdf';
import { TextModel } from './text-model';

/**
 * A worker thread that makes meetings' packs: as parsed documents (the paper as
 * Markdown, read by the app's own parseDocument), ready for storeDocument, or as
 * PDF files for the import and pdfgrep measurements.
 */

export type WorkerJob = { type: 'text'; meeting: MeetingPlan } | { type: 'pdf'; meeting: MeetingPlan; dir: string };

export interface MadeText {
  type: 'text';
  index: number;
  docs: { name: string; data: Uint8Array; parsed: ParsedDocument }[];
}

export interface MadePdf {
  type: 'pdf';
  index: number;
  files: { file: string; pages: number; bytes: number }[];
}

/** What an A4 page holds in 11 pt type, measured on the PDFs this benchmark prints. */
const CHARS_PER_PAGE = 3000;
const BLOCK_SPACE: Record<string, number> = { heading: 160, paragraph: 60, 'list-item': 30, 'table-row': 30 };

/** Text has no pages; give each block the page it would be on in print, as a PDF import would. */
function paginate(parsed: ParsedDocument): void {
  let used = 0;
  for (const block of parsed.blocks) {
    used += block.text.length + (BLOCK_SPACE[block.kind] ?? 0);
    block.page = 1 + Math.floor(used / CHARS_PER_PAGE);
  }
  parsed.pageCount = parsed.blocks.at(-1)?.page ?? 1;
}

const { shape, corpus } = workerData as { shape: LibraryShape; corpus: Corpus };
const model = new TextModel(corpus, shape.seed);
const encoder = new TextEncoder();

async function make(job: WorkerJob): Promise<MadeText | MadePdf> {
  const pack = meetingPack(model, shape, job.meeting);
  if (job.type === 'text') {
    const docs: MadeText['docs'] = [];
    for (const doc of pack) {
      const name = `${doc.fileName}.md`;
      const data = encoder.encode(toMarkdown(doc));
      const parsed = await parseDocument(name, data);
      paginate(parsed);
      docs.push({ name, data, parsed });
    }
    return { type: 'text', index: job.meeting.index, docs };
  }
  const files: MadePdf['files'] = [];
  for (const doc of pack) {
    const { data, pages } = await renderPdf(doc, new Date(`${job.meeting.date}T09:00:00Z`));
    const file = path.join(job.dir, `${doc.fileName}.pdf`);
    fs.writeFileSync(file, data);
    files.push({ file, pages, bytes: data.length });
  }
  return { type: 'pdf', index: job.meeting.index, files };
}

parentPort?.on('message', (job: WorkerJob) => {
  make(job).then(
    (made) => parentPort?.postMessage(made),
    (error: unknown) => parentPort?.postMessage({ type: 'error', message: String((error as Error).stack ?? error) }),
  );
});
