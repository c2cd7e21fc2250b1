import type { ExtractedText, RawBlock } from './blocks';
import { detectFormat, type FileFormat } from './detect-format';
import { extractDocx } from './extract/docx';
import { extractHtml } from './extract/html';
import { extractPdf, type PageShare, type PdfProgress } from './extract/pdf';
import { extractPlainText } from './extract/plain-text';
import { ImportProblem } from './import-problem';
import { findAgendaItems, type ParsedItem } from './structure/agenda-items';
import { readAttendance } from './structure/attendance';
import { minutesBelowAgenda } from './structure/document-kind';
import { findExemption, type Exemption } from './structure/exempt';
import { findBoardRecommendations } from './structure/board-recommendations';
import { readMeetingHeader, type MeetingHeader } from './structure/meeting-header';
import { findOutcomes, type ParsedOutcome } from './structure/outcomes';
import { splitRunTogetherItems } from './structure/run-together-items';
import type { Attendee } from '../../shared/domain';
import { bucketKeysOf, isComparable, passagesOf } from '../search/near-duplicates';

export interface ParsedPassage {
  blockIndex: number;
  words: number;
  shingles: Uint32Array;
  buckets: Uint32Array;
}

export interface ParsedDocument extends MeetingHeader {
  format: FileFormat;
  blocks: RawBlock[];
  pageCount: number | null;
  /** The pack's own page number for each page, where printed (PDFs only). */
  printedPages?: (string | null)[];
  warnings: string[];
  attendance: Attendee[];
  items: ParsedItem[];
  outcomes: ParsedOutcome[];
  recommendationsToBoard: { text: string; blockIndex: number }[];
  /** Fingerprints of each paragraph's passages, to find what was reported before. */
  passages: ParsedPassage[];
  /** What the paper says is not for publication. */
  exempt: Exemption;
}

/**
 * Reads one file into blocks and the meeting it describes. Pure: no library access.
 * A PDF's pages may be shared with another reader (`share`); the result is the same.
 */
export async function parseDocument(
  fileName: string,
  data: Uint8Array,
  onProgress?: PdfProgress,
  share?: PageShare,
): Promise<ParsedDocument> {
  const format = detectFormat(fileName, data);
  const extracted = await extract(format, data, onProgress, share);
  const blocks = splitRunTogetherItems(extracted.blocks);
  if (blocks.length === 0 && format !== 'pdf') throw new ImportProblem('unreadable-file', 'there is no text in it.');
  const header = readMeetingHeader(blocks, fileName);
  const isMinutes = header.kind === 'minutes';
  const decides = isMinutes || header.kind === 'other';
  // An agenda with its meeting's minutes printed below: the meeting's items are the minutes', when they number them.
  const minutesFrom = isMinutes ? minutesBelowAgenda(blocks) : -1;
  const minutesItems = minutesFrom > 0 ? findAgendaItems(blocks, false, minutesFrom) : [];
  const items =
    minutesItems.length >= 2
      ? minutesItems
      : decides || header.kind === 'agenda'
        ? findAgendaItems(blocks, header.kind === 'agenda')
        : [];
  const warnings = [...extracted.warnings];
  if (!header.committee || !header.date) {
    warnings.push(
      'The paper does not say which committee and date it belongs to. Choose its meeting when the import asks, or later with “Move to another meeting…” on the page where it is filed.',
    );
  }
  return {
    ...header,
    format,
    ...extracted,
    blocks,
    warnings,
    attendance: isMinutes ? readAttendance(blocks, items[0]?.start ?? -1) : [],
    items,
    outcomes: decides ? findOutcomes(blocks, items, { minutes: isMinutes }) : [],
    recommendationsToBoard: isMinutes ? [] : findBoardRecommendations(blocks),
    passages: fingerprints(blocks),
    exempt: findExemption(blocks, items, header.kind, header.title),
  };
}

async function extract(
  format: FileFormat,
  data: Uint8Array,
  onProgress?: PdfProgress,
  share?: PageShare,
): Promise<ExtractedText> {
  switch (format) {
    case 'pdf':
      return extractPdf(data, onProgress, share);
    case 'docx':
      return extractDocx(data);
    case 'html':
      return extractHtml(decodeText(data));
    case 'text':
      return extractPlainText(decodeText(data));
  }
}

function decodeText(data: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

export function fingerprints(blocks: RawBlock[]): ParsedPassage[] {
  return blocks.flatMap((block, blockIndex) =>
    block.kind !== 'heading' && isComparable(block.text)
      ? passagesOf(block.text).map((p) => ({
          blockIndex,
          words: p.words,
          shingles: p.shingles,
          buckets: bucketKeysOf(p.shingles),
        }))
      : [],
  );
}
