import { ImportProblem } from './import-problem';

export type FileFormat = 'pdf' | 'docx' | 'html' | 'text';

const MAX_BYTES = 200 * 1024 * 1024;
/** Names that say what a zip is not: it is refused below as a damaged file of that kind. */
const NAMED_AS_TEXT_OR_PDF = new Set(['pdf', 'htm', 'html', 'txt', 'md', 'markdown', 'text']);
/** Names read as text (or as the web page whose markup they hold); no extension at all too. */
const TEXT_EXTENSIONS = new Set(['txt', 'md', 'markdown', 'text', '']);

/** The zip's directory names a Word document's main part. */
function holdsWordText(data: Uint8Array): boolean {
  const tail = new TextDecoder('latin1').decode(data.subarray(Math.max(0, data.length - 64 * 1024)));
  return tail.includes('word/document.xml');
}

function startsWith(data: Uint8Array, text: string, within = 0): boolean {
  const head = new TextDecoder('latin1').decode(data.subarray(0, within + text.length + 1024));
  return within === 0 ? head.startsWith(text) : head.slice(0, within + text.length).includes(text);
}

/** A PDF says "%PDF-" within its first kilobyte. */
export function looksLikePdf(data: Uint8Array): boolean {
  return startsWith(data, '%PDF-', 1024);
}

/**
 * A web page's markup in a text or Markdown file (its source saved as text, a website's Markdown
 * page written in HTML): most of its lines open with a paragraph, list or table tag.
 */
function holdsPageMarkup(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const tagged = lines.filter((line) => /^\s*<(?:p|li|ul|ol|h[1-6]|table|tr|td|th|div|br)\b[^>]*>/i.test(line));
  return tagged.length >= 5 && tagged.length >= lines.length / 2;
}

/** Decides how to read a file from its first bytes, with its name only as a tie-breaker. */
export function detectFormat(fileName: string, data: Uint8Array): FileFormat {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (data.length === 0) throw new ImportProblem('unreadable-file', 'the file is empty.');
  if (data.length > MAX_BYTES) throw new ImportProblem('unsupported-file', 'the file is larger than 200 MB.');
  if (looksLikePdf(data)) return 'pdf';
  const zipped = startsWith(data, 'PK\u0003\u0004');
  // A Word document under another name (a mail gateway renamed it) is still a Word document.
  if (zipped && (['docx', 'docm', ''].includes(extension) || holdsWordText(data))) return 'docx';
  if (zipped && !NAMED_AS_TEXT_OR_PDF.has(extension)) {
    throw new ImportProblem(
      'unsupported-file',
      `it is a compressed (.${extension}) file. Import the papers inside it instead.`,
    );
  }
  if (data[0] === 0xd0 && data[1] === 0xcf && data[2] === 0x11 && data[3] === 0xe0) {
    throw new ImportProblem(
      'unsupported-file',
      'it is in the old Word format (.doc). Save it as .docx or PDF and import that.',
    );
  }
  if (extension === 'pdf')
    throw new ImportProblem('unreadable-file', 'it is named .pdf but is not a PDF: it may be damaged.');
  if (extension === 'docx')
    throw new ImportProblem('unreadable-file', 'it is named .docx but is not a Word document: it may be damaged.');
  const sample = data.subarray(0, 64 * 1024);
  if (sample.includes(0))
    throw new ImportProblem(
      'unsupported-file',
      'Scrutineer cannot read this kind of file. Import PDF, Word (.docx), web pages or text.',
    );
  const text = new TextDecoder('utf-8').decode(sample);
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (extension === 'htm' || extension === 'html' || head.startsWith('<!doctype html') || head.startsWith('<html'))
    return 'html';
  if (TEXT_EXTENSIONS.has(extension)) return holdsPageMarkup(text) ? 'html' : 'text';
  throw new ImportProblem(
    'unsupported-file',
    `Scrutineer cannot read .${extension} files. Import PDF, Word (.docx), web pages or text.`,
  );
}
