import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ISectionOptions,
} from 'docx';
import { build, type Metafile } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Dispatch } from '../../electron/api/dispatch';
import type { ImportJobs } from '../../electron/importing/import-jobs';
import type { Db } from '../../electron/library/open-library';
import type { InputOf, MethodName, OutputOf } from '../../shared/api/contract';
import type { ImportJobStatus } from '../../shared/domain';
import { COVENTRY, sharedFixture } from './shared-fixtures';

/**
 * The real council papers the import tests read, and the same papers in the
 * other formats a board member meets them in (PDF, Word, a saved web page),
 * made from the Coventry text fixtures so every format says the same thing.
 * The papers themselves are read from ../shared/fixtures (see shared-fixtures.ts).
 */

export {
  assertSharedFixtures,
  COVENTRY,
  KENT,
  sharedFixture,
  sharedFixtureFiles,
  sharedFixtures,
  sharedKentPdf,
  sharedMinutes,
} from './shared-fixtures';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Files made by the tests: inside the repository so the esbuild-built worker finds node_modules. */
export const generatedRoot = path.join(repoRoot, 'node_modules', '.cache', 'scrutineer-tests');

export type CoventryFixture = keyof typeof COVENTRY;

export type Format = 'text' | 'pdf' | 'docx' | 'html';
export const FORMATS: Format[] = ['text', 'pdf', 'docx', 'html'];

export interface FixtureFile {
  name: string;
  data: Uint8Array<ArrayBuffer>;
}

export function readRealFixture(name: string): FixtureFile {
  return { name, data: new Uint8Array(fs.readFileSync(sharedFixture(name))) };
}

/** The running header printed on every page of the generated PDFs. */
export const RUNNING_HEADER: Record<CoventryFixture, string> = {
  agendaItem: 'Coventry City Council – Education and Children’s Services Scrutiny Board (2) – Agenda item',
  briefingNote: 'Coventry City Council – Briefing note – Children’s Services Improvement Plan',
  minutes: 'Coventry City Council – Minutes – Education and Children’s Services Scrutiny Board (2)',
};

const EXTENSION: Record<Format, string> = { text: '', pdf: '.pdf', docx: '.docx', html: '.html' };

/** One Coventry fixture in one format, with a file name that says which. */
export function coventryFile(fixture: CoventryFixture, format: Format): FixtureFile {
  if (format === 'text') return readRealFixture(COVENTRY[fixture]);
  const name = generatedName(fixture, format);
  const file = path.join(generatedDir(), name);
  if (!fs.existsSync(file)) {
    throw new Error(
      `${file} has not been generated: run the tests through vitest (see tests/helpers/generate-fixtures.ts).`,
    );
  }
  return { name, data: new Uint8Array(fs.readFileSync(file)) };
}

/** A PDF that has drawings but no text layer, as a scanned paper has. */
export function imageOnlyPdf(): FixtureFile {
  const name = 'scanned-letter.pdf';
  return { name, data: new Uint8Array(fs.readFileSync(path.join(generatedDir(), name))) };
}

function generatedName(fixture: CoventryFixture, format: Format): string {
  return COVENTRY[fixture].replace(/\.(txt|md)$/, EXTENSION[format]);
}

/** A folder per version of the sources and of this file, so a change makes fresh files. */
export function generatedDir(): string {
  const hash = createHash('sha256');
  hash.update(fs.readFileSync(fileURLToPath(import.meta.url)));
  for (const name of Object.values(COVENTRY)) hash.update(fs.readFileSync(sharedFixture(name)));
  return path.join(generatedRoot, `fixtures-${hash.digest('hex').slice(0, 12)}`);
}

/**
 * Makes the PDF, Word and HTML versions once (Chromium takes a second or two);
 * later calls find them in place. Files are written under a temporary name and
 * renamed, so two test workers making them at once cannot read half a file.
 */
export async function ensureGeneratedFixtures(): Promise<string> {
  const dir = generatedDir();
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.mkdirSync(dir, { recursive: true });
  for (const old of fs.readdirSync(generatedRoot)) {
    if (old.startsWith('fixtures-') && old !== path.basename(dir)) {
      fs.rmSync(path.join(generatedRoot, old), { recursive: true, force: true });
    }
  }
  const write = (name: string, data: Uint8Array | string) => {
    const temporary = path.join(dir, `.${name}.${process.pid}.tmp`);
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, path.join(dir, name));
  };
  const docs = Object.fromEntries(
    (Object.keys(COVENTRY) as CoventryFixture[]).map((f) => [f, readSource(f)]),
  ) as Record<CoventryFixture, SourceDocument>;

  for (const fixture of Object.keys(docs) as CoventryFixture[]) {
    write(generatedName(fixture, 'docx'), await toDocx(docs[fixture]));
    write(generatedName(fixture, 'html'), toSavedPage(docs[fixture], fixture));
  }
  const browser = await launchChromium();
  try {
    for (const fixture of Object.keys(docs) as CoventryFixture[]) {
      write(
        generatedName(fixture, 'pdf'),
        await printPdf(browser, toPrintHtml(docs[fixture]), RUNNING_HEADER[fixture]),
      );
    }
    write('scanned-letter.pdf', await printPdf(browser, SCANNED_PAGE, null));
  } finally {
    await browser.close();
  }
  fs.writeFileSync(done, new Date().toISOString());
  return dir;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * One tab per browser, kept for every paper it prints: opening a tab costs Chromium about 0.3–0.4 s (a new renderer
 * process), three times what printing a paper does, and the minutes evaluation prints over 250 papers. Each paper
 * replaces the tab's whole document, and nothing is fetched from the network.
 */
const printTabs = new WeakMap<Browser, Promise<Page>>();

function printTab(browser: Browser): Promise<Page> {
  let tab = printTabs.get(browser);
  if (!tab) {
    tab = browser.newPage().then(async (page) => {
      await page.route(/^(?:https?|wss?|ftp):/, (route) => route.abort());
      return page;
    });
    printTabs.set(browser, tab);
  }
  return tab;
}

/** The printing in progress on each browser: one paper at a time in its tab. */
const printing = new WeakMap<Browser, Promise<unknown>>();

/** Prints a page to an A4 PDF as Chromium's "Save as PDF" does, offline (nothing is fetched). */
export function printPdf(browser: Browser, html: string, runningHeader: string | null): Promise<Uint8Array> {
  const print = async (): Promise<Uint8Array> => {
    const page = await printTab(browser);
    try {
      await page.setContent(html, { waitUntil: 'load' });
      const small = 'font-family: Arial, sans-serif; font-size: 8px; width: 100%; margin: 0 15mm;';
      return await page.pdf({
        format: 'A4',
        margin: { top: '25mm', bottom: '25mm', left: '20mm', right: '20mm' },
        printBackground: false,
        ...(runningHeader
          ? {
              displayHeaderFooter: true,
              headerTemplate: `<div style="${small} text-align: right;">${escapeHtml(runningHeader)}</div>`,
              footerTemplate: `<div style="${small} text-align: center;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
            }
          : {}),
      });
    } catch (error) {
      // A tab that failed is not trusted with the next paper.
      printTabs.delete(browser);
      await page.close().catch(() => undefined);
      throw error;
    }
  };
  const result = (printing.get(browser) ?? Promise.resolve()).catch(() => undefined).then(print);
  printing.set(browser, result);
  return result;
}

// ---------------------------------------------------------------------------
// Importing through the API, as the app does.

export interface Importer {
  dispatch: Dispatch;
  imports: ImportJobs;
}

/** Calls one API method through the real registrar; a refusal fails the test with its message. */
export async function api<M extends MethodName>(
  importer: Importer,
  method: M,
  input: InputOf<M>,
): Promise<OutputOf<M>> {
  const result = await importer.dispatch(method, input);
  if (!result.ok) throw new Error(`${method} was refused: ${result.error.message}`);
  return result.value as OutputOf<M>;
}

/** startImport, then waits for the job to finish. */
export async function importBatch(
  importer: Importer,
  files: FixtureFile[],
  meetingId?: number,
): Promise<ImportJobStatus> {
  const job = await api(importer, 'startImport', meetingId === undefined ? { files } : { files, meetingId });
  return importer.imports.finished(job.id);
}

/** Every table an import writes to. */
export const IMPORT_TABLES = [
  'committee',
  'meeting',
  'attendance',
  'agenda_item',
  'agenda_item_topic',
  'document',
  'document_version',
  'original_file',
  'block',
  'printed_page',
  'board_recommendation',
  'outcome',
  'outcome_status_change',
] as const;

export function rowCounts(db: Db): Record<(typeof IMPORT_TABLES)[number], number> {
  return Object.fromEntries(
    IMPORT_TABLES.map((table) => [table, db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get() as number]),
  ) as Record<(typeof IMPORT_TABLES)[number], number>;
}

export interface StoredBlock {
  kind: string;
  text: string;
  page: number | null;
}

/** The blocks of a document's latest version, in order. */
export function storedBlocks(db: Db, documentId: number): StoredBlock[] {
  return db
    .prepare(
      `SELECT b.kind, b.text, b.page FROM block b JOIN document_version v ON v.id = b.version_id
      WHERE v.document_id = ? AND v.version = (SELECT MAX(version) FROM document_version WHERE document_id = ?)
      ORDER BY b.position`,
    )
    .all(documentId, documentId) as StoredBlock[];
}

/**
 * Bundles a worker script as the app's build bundles its import worker
 * (scripts/build-main.mjs), inside the repository so its packages resolve from node_modules.
 */
export async function bundleWorker(entry: string): Promise<{ file: string; remove(): void }> {
  fs.mkdirSync(generatedRoot, { recursive: true });
  const dir = fs.mkdtempSync(path.join(generatedRoot, 'worker-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    entryPoints: [path.join(repoRoot, entry)],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** What bundling an entry as the app's build does would pull in, without writing anything. */
export async function bundleGraph(entry: string): Promise<Metafile> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return result.metafile;
}

/** The app's own import worker, bundled. */
export function buildImportWorker(): Promise<{ file: string; remove(): void }> {
  return bundleWorker('electron/importing/import-worker.ts');
}

// ---------------------------------------------------------------------------
// The source texts as a small document model.

export type SourceBlock =
  | { type: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  /** Lines kept apart by hard line breaks (a Markdown line ending in two spaces). */
  | { type: 'paragraph'; lines: string[]; bold: boolean }
  /** An empty paragraph, as ModernGov pages have between paragraphs. */
  | { type: 'spacer' }
  | { type: 'list'; ordered: boolean; items: string[] };

export interface SourceDocument {
  title: string;
  blocks: SourceBlock[];
}

export function readSource(fixture: CoventryFixture): SourceDocument {
  const text = fs.readFileSync(sharedFixture(COVENTRY[fixture]), 'utf8').replace(/\r\n?/g, '\n');
  switch (fixture) {
    case 'agendaItem':
      return agendaItemSource(text);
    case 'briefingNote':
      return briefingNoteSource(text);
    case 'minutes':
      return markdownSource(text);
  }
}

const tidy = (text: string) =>
  text
    .replace(/[\u00a0\t]/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();

/** Adds an item to the list at the end, or starts a list. */
function pushListItem(blocks: SourceBlock[], ordered: boolean, item: string): void {
  const last = blocks.at(-1);
  if (last?.type === 'list' && last.ordered === ordered) last.items.push(item);
  else blocks.push({ type: 'list', ordered, items: [item] });
}

/**
 * The ModernGov agenda-item page as saved to text: "Agenda item", the title,
 * whose paper it was, "Minutes:", paragraphs between non-breaking-space lines,
 * bullet lines indented with a non-breaking space, and "1)" parts.
 */
function agendaItemSource(text: string): SourceDocument {
  const lines = text.split('\n');
  const blocks: SourceBlock[] = [];
  for (const raw of lines) {
    const line = tidy(raw);
    if (line === '') {
      if (raw.includes('\u00a0') && blocks.at(-1)?.type !== 'spacer') blocks.push({ type: 'spacer' });
      continue;
    }
    const numbered = /^(\d{1,2})\)\s+(.*)$/.exec(line);
    if (blocks.length === 0) blocks.push({ type: 'heading', level: 1, text: line });
    else if (blocks.length === 1) blocks.push({ type: 'heading', level: 2, text: line });
    else if (/^minutes:$/i.test(line)) blocks.push({ type: 'heading', level: 3, text: line });
    else if (numbered) pushListItem(blocks, true, numbered[2] ?? '');
    else if (/^\u00a0\s+\S/.test(raw)) pushListItem(blocks, false, line);
    else blocks.push({ type: 'paragraph', lines: [line], bold: false });
  }
  const title = blocks[1]?.type === 'heading' ? blocks[1].text : 'Agenda item';
  return { title, blocks: blocks.filter((b, i) => !(b.type === 'spacer' && i === blocks.length - 1)) };
}

/**
 * A briefing note whose text was copied out of its PDF: numbered section
 * titles ("2 Recommendations"), numbered paragraphs ("2.1 ...") wrapped
 * mid-sentence with blank lines between the pieces, "1)" recommendations and
 * unmarked bullet lines under a lead-in ending in a colon.
 */
function briefingNoteSource(text: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  // What the next wrapped line carries on: a paragraph's last line or a list's last item.
  let open: { lines: string[] } | { items: string[] } | null = null;
  let bullets = false;
  const carryOn = (line: string) => {
    if (open && 'lines' in open) open.lines[open.lines.length - 1] += ` ${line}`;
    else if (open) open.items[open.items.length - 1] += ` ${line}`;
  };
  for (const raw of text.split('\n')) {
    const line = tidy(raw);
    if (line === '') continue;
    const section = /^\d{1,2} [A-Z][^.]{2,60}$/.test(line);
    const numberedParagraph = /^\d{1,2}\.\d{1,2} /.test(line);
    const part = /^(\d{1,2})\)\s+(.*)$/.exec(line);
    const label = /^(?:To|Subject|Authors|Contact details):/.test(line);
    if (/^briefing note$/i.test(line)) {
      blocks.push({ type: 'heading', level: 1, text: 'Briefing note' });
      open = null;
    } else if (section) {
      blocks.push({ type: 'heading', level: 2, text: line });
      open = null;
      bullets = false;
    } else if (numberedParagraph || label) {
      const paragraph: SourceBlock = { type: 'paragraph', lines: [line], bold: false };
      blocks.push(paragraph);
      open = paragraph;
      bullets = line.endsWith(':') && !part;
    } else if (part) {
      pushListItem(blocks, true, part[2] ?? '');
      open = blocks.at(-1) as { items: string[] };
    } else if (bullets && /^ \S/.test(raw)) {
      pushListItem(blocks, false, line);
      open = null;
    } else if (open && 'lines' in open && /^\s{4,}\S/.test(raw)) {
      // "Authors:" with a second author lined up under the first.
      open.lines.push(line);
    } else if (open) {
      carryOn(line);
      // A lead-in such as "The focus of the exit visit included:" opens bullets.
      if (line.endsWith(':')) bullets = true;
    } else {
      const paragraph: SourceBlock = { type: 'paragraph', lines: [line], bold: false };
      blocks.push(paragraph);
      open = paragraph;
    }
  }
  return { title: 'Progress on Children’s Services Improvement Plan', blocks };
}

/**
 * The minutes, in the Markdown they came in: "#" headings, bold lines, "-"
 * bullets, and lines ending in two spaces (hard line breaks) for the heading
 * and the attendance lists.
 */
function markdownSource(text: string): SourceDocument {
  const blocks: SourceBlock[] = [];
  let paragraph: { type: 'paragraph'; lines: string[]; bold: boolean } | null = null;
  let hardBreak = false;
  const unbold = (s: string) => s.replace(/\*\*(.*?)\*\*/g, '$1').trim();
  const isBold = (s: string) => /^\*\*[^*]+\*\*$/.test(s);
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    const bullet = /^[-*]\s+(.*)$/.exec(line);
    if (line === '' || heading || bullet) paragraph = null;
    if (heading) {
      const level = Math.min(4, heading[1]?.length ?? 1) as 1 | 2 | 3 | 4;
      blocks.push({ type: 'heading', level, text: unbold(heading[2] ?? '') });
    } else if (bullet) {
      pushListItem(blocks, false, unbold(bullet[1] ?? ''));
    } else if (line !== '' && paragraph) {
      if (hardBreak) paragraph.lines.push(unbold(line));
      else paragraph.lines[paragraph.lines.length - 1] += ` ${unbold(line)}`;
      paragraph.bold &&= isBold(line);
    } else if (line !== '') {
      paragraph = { type: 'paragraph', lines: [unbold(line)], bold: isBold(line) };
      blocks.push(paragraph);
    }
    hardBreak = / {2,}$/.test(raw);
  }
  return { title: 'Minutes', blocks };
}

// ---------------------------------------------------------------------------
// HTML: for printing to PDF, and as a page saved from the council's website.

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function blocksToHtml(blocks: SourceBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph': {
          const lines = block.lines.map((l) => (block.bold ? `<strong>${escapeHtml(l)}</strong>` : escapeHtml(l)));
          return `<p>${lines.join('<br>\n')}</p>`;
        }
        case 'spacer':
          return '<p>&nbsp;</p>';
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>\n${block.items.map((i) => `  <li>${escapeHtml(i)}</li>`).join('\n')}\n</${tag}>`;
        }
      }
    })
    .join('\n');
}

/**
 * Plain print styles. Parts are numbered "1)" and bullets are written as "•", as
 * in the councils' PDFs (which Word makes): Chromium would otherwise draw its
 * bullets as shapes, leaving no marker in the text.
 */
export function toPrintHtml(doc: SourceDocument): string {
  const body = blocksToHtml(doc.blocks.filter((b) => b.type !== 'spacer'));
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>
  body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.3; }
  h1 { font-size: 18pt; margin: 0 0 12pt; }
  h2 { font-size: 14pt; margin: 14pt 0 8pt; }
  h3, h4 { font-size: 11pt; margin: 12pt 0 6pt; }
  p { margin: 0 0 8pt; }
  ul, ol { margin: 0 0 8pt; }
  li { margin: 0 0 3pt; }
  ol > li::marker { content: counter(list-item) ") "; }
  ul > li::marker { content: "• "; }
</style></head>
<body>
${body}
</body></html>`;
}

/** The page chrome of a council's committee website around the content. */
export function toSavedPage(doc: SourceDocument, fixture: CoventryFixture): string {
  const blocks = [...doc.blocks];
  let content: string;
  if (fixture === 'agendaItem') {
    // ModernGov: the purpose line and "Minutes:" sit in their own elements.
    const [title, subtitle, purpose, ...rest] = blocks;
    content = `<h1 class="mgMainTitleTxt">${escapeHtml(title?.type === 'heading' ? title.text : '')}</h1>
<div class="mgContent">
<h2 class="mgSubTitleTxt">${escapeHtml(subtitle?.type === 'heading' ? subtitle.text : '')}</h2>
${purpose ? blocksToHtml([purpose]).replace('<p>', '<p class="mgAiPurposeTxt">') : ''}
<div class="mgWordPara">
${blocksToHtml(rest.filter((b) => !(b.type === 'paragraph' && b.lines[0] === 'Supporting documents:')))}
</div>
<h3 class="mgSubSubTitleTxt">Supporting documents:</h3>
<ul class="mgBulletList">
  <li><a href="documents/s50114/Childrens%20Services%20Continuous%20Improvement%20Progress.pdf" class="mgDocLink">Children&#39;s Services Continuous Improvement Progress, item 28. <img src="mgImages/pdf.gif" alt="pdf icon" width="16" height="16"> PDF 74 KB</a></li>
  <li><a href="documents/s50115/Appendix%201%20Action%20Plan.pdf" class="mgDocLink">Appendix 1 - Ofsted Areas for Improvement Action Plan, item 28. <img src="mgImages/pdf.gif" alt="pdf icon" width="16" height="16"> PDF 212 KB</a></li>
</ul>
</div>`;
  } else {
    content = `<div class="mgContent"><div class="mgWordPara">\n${blocksToHtml(blocks)}\n</div></div>`;
  }
  const title = escapeHtml(doc.title);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - Coventry City Council</title>
<link rel="stylesheet" href="https://edemocracy.coventry.gov.uk/SiteSpecific/ssMgStyles.css">
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag() { dataLayer.push(arguments); }
  gtag('js', new Date());
  var mgSearchPrompt = "Search this site: Agenda item, minutes, meetings";
</script>
<style>.mgHide { display: none; }</style>
</head>
<body>
<header class="site-header">
  <a class="skip-link" href="#mgMain">Skip to main content</a>
  <a href="https://www.coventry.gov.uk/" class="logo"><img src="/images/logo.svg" alt="Coventry City Council"></a>
  <form action="/search" role="search"><label for="q">Search</label><input id="q" name="q"><button>Search</button></form>
</header>
<nav aria-label="Breadcrumb" class="breadcrumb">
  <ol>
    <li><a href="https://www.coventry.gov.uk/">Home</a></li>
    <li><a href="mgListCommittees.aspx">Committees</a></li>
    <li><a href="ieListMeetings.aspx?CommitteeId=153">Education and Children&#39;s Services Scrutiny Board (2)</a></li>
    <li>Agenda item</li>
  </ol>
</nav>
<nav aria-label="Democracy" class="side-menu">
  <ul><li><a href="mgCalendarMonthView.aspx">Calendar</a></li><li><a href="mgMemberIndex.aspx">Councillors</a></li><li><a href="ieDocHome.aspx">Decisions</a></li></ul>
</nav>
<main id="mgMain">
${content}
</main>
<footer class="site-footer">
  <ul><li><a href="/accessibility">Accessibility statement</a></li><li><a href="/privacy">Privacy notice</a></li><li><a href="/cookies">Cookies</a></li></ul>
  <p>&copy; 2021 Coventry City Council. Council House, Earl Street, Coventry CV1 5RR.</p>
</footer>
<script src="https://edemocracy.coventry.gov.uk/jquery-ui/js/jquery-3.5.1.min.js"></script>
<script>document.querySelectorAll('.mgHide').forEach(function (e) { e.hidden = true; });</script>
</body>
</html>
`;
}

// ---------------------------------------------------------------------------
// Word.

const HEADING_LEVEL = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

/** Headings as Word headings, "1)" parts as a numbered list, bullets as a bullet list. */
export async function toDocx(doc: SourceDocument): Promise<Uint8Array> {
  const children: Paragraph[] = [];
  let listInstance = 0;
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        children.push(new Paragraph({ text: block.text, heading: HEADING_LEVEL[block.level - 1] }));
        break;
      case 'paragraph':
        children.push(
          new Paragraph({
            children: block.lines.map((line, i) => new TextRun({ text: line, bold: block.bold, break: i > 0 ? 1 : 0 })),
          }),
        );
        break;
      case 'spacer':
        children.push(new Paragraph({ text: '' }));
        break;
      case 'list': {
        const instance = listInstance++;
        for (const item of block.items) {
          children.push(
            new Paragraph({
              text: item,
              numbering: { reference: block.ordered ? 'resolved-parts' : 'bullets', level: 0, instance },
            }),
          );
        }
        break;
      }
    }
  }
  const section: ISectionOptions = { children };
  const document = new Document({
    creator: 'Scrutineer tests',
    title: doc.title,
    numbering: {
      config: [
        {
          reference: 'resolved-parts',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1)', alignment: AlignmentType.START }],
        },
        {
          reference: 'bullets',
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '\u2022', alignment: AlignmentType.START }],
        },
      ],
    },
    sections: [section],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

// ---------------------------------------------------------------------------
// A page with no text layer: a signature and a stamp drawn as shapes only.

const SCANNED_PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><style>body { margin: 0; }</style></head>
<body>
<svg xmlns="http://www.w3.org/2000/svg" width="700" height="900" viewBox="0 0 700 900">
  <rect x="40" y="40" width="620" height="820" fill="#f4f1ea" stroke="#999" />
  ${Array.from({ length: 28 }, (_, i) => `<rect x="80" y="${100 + i * 26}" width="${300 + ((i * 97) % 240)}" height="9" fill="#444" />`).join('\n  ')}
  <path d="M100 820 C 140 760, 180 860, 220 800 S 300 780, 340 820" stroke="#123" stroke-width="3" fill="none" />
  <circle cx="560" cy="780" r="50" stroke="#a22" stroke-width="4" fill="none" />
</svg>
</body></html>`;
