import type { DocumentKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import type { ParsedItem } from './agenda-items';

/**
 * Exempt (confidential) papers and agenda items, found by the shape of the words
 * councils use under the Local Government Act 1972 (Schedule 12A), never by one
 * council's layout. A public agenda may list an exempt item: then only that item
 * is confidential, not the agenda.
 */
export interface Exemption {
  /** The paper itself says it is not for publication. */
  document: boolean;
  /** Indexes into the parsed items of those that are exempt. */
  items: number[];
}

/** "by virtue of paragraph 3 of Part 1 of Schedule 12A", "paragraphs 1 and 2 of Part I of Schedule 12A". */
const SCHEDULE_12A =
  /\bparagraphs?\s+\d+(?:\s*(?:,|and|&|or)\s*\d+)*\s+of\s+part\s+(?:1|i|one)\s+of\s+schedule\s+12\s?a\b/i;
const EXEMPT_WORDS = /\b(?:not for publication|exempt information|exempt report|confidential report)\b/i;
/** A block that is nothing but a protective marking: "CONFIDENTIAL", "Not for publication", "EXEMPT". */
const MARKING = /^(?:confidential|exempt|private(?: and confidential)?|not for publication|restricted)[\s.:–-]*$/i;

/** "Exempt: No", "does not contain exempt information", "there were no exempt items": the answer is no. */
const SAYS_NO =
  /(?:[:?]\s*(?:no|none|nil|n\/?a|not applicable|public|open)\b)|\bno (?:exempt|confidential)\b|\bnot (?:contain |include |involve )?(?:any )?(?:exempt|confidential)\b|\bnon-?(?:exempt|confidential)\b|\bthere (?:are|were|is) no\b/i;
/** A public paper may say that one of its appendices is exempt; the paper is still public. */
const ABOUT_APPENDIX =
  /\b(?:appendix|appendices|annexe?)\b(?:\s+[\w()]+){0,5}?\s+(?:is|are|contains?)\b[^.]*\b(?:not for publication|exempt|confidential)/i;

/** Headings that start the private part of an agenda or minutes. */
const PRIVATE_SECTION =
  /^(?:exempt items?|confidential items?|private items?|private business|restricted items?|items? (?:likely to be |to be )?(?:considered|taken|heard) in private|(?:part|section)\s+(?:b|2|ii)\b.*\b(?:exempt|private|confidential|not for publication|not open to the public|press and public)|exclusion of (?:the )?(?:press and )?public)\b/i;
/** Headings that go back to public business. */
const PUBLIC_SECTION =
  /^(?:unrestricted items?|public items?|open items?|items? (?:likely to be )?(?:considered|taken) in public|(?:part|section)\s+(?:a|1|i)(?:\s*[–:(-].*\b(?:public|unrestricted|open)\b.*)?$)/i;
/** The item that moves to exclude the public is itself held in public. */
const EXCLUSION_ITEM = /\bexclusion of (?:the )?(?:press|public)|\b(?:press and )?public (?:be|are to be) excluded\b/i;
/** "12. Property Acquisition (Exempt)", "Exempt minutes", "Private: Contract Award". */
const EXEMPT_TITLE =
  /\((?:exempt|confidential|private|not for publication|part (?:b|2|ii))\)|^(?:exempt|confidential|private)\s*[:–—-]\s|\b(?:exempt|confidential) (?:item|report|minutes?|appendix|information)\b|\bnot for publication\b/i;

const HEAD_BLOCKS = 25;

function withoutNumber(text: string): string {
  return text.trim().replace(/^\d{1,3}[a-z]?[.)]?\s+/, '');
}

function isPublicHeading(block: RawBlock): boolean {
  return block.text.length <= 200 && PUBLIC_SECTION.test(withoutNumber(block.text));
}

function saysExempt(text: string, kind: DocumentKind): boolean {
  if (!SCHEDULE_12A.test(text) && !EXEMPT_WORDS.test(text)) return false;
  if (kind !== 'appendix' && ABOUT_APPENDIX.test(text)) return false;
  if (/[?:]\s*yes\b/i.test(text)) return true;
  // A cover sheet's question ("Does the report contain exempt information?") is answered elsewhere.
  if (text.includes('?')) return false;
  return !SAYS_NO.test(text);
}

/** The paper's own heading says it is not for publication. */
function paperIsExempt(blocks: RawBlock[], kind: DocumentKind, title: string): boolean {
  if (EXEMPT_TITLE.test(title) && !SAYS_NO.test(title)) return true;
  const head = blocks.slice(0, HEAD_BLOCKS);
  if (head.slice(0, 6).some((b) => MARKING.test(b.text))) return true;
  // An agenda or the minutes name exempt items in passing; only a protective marking makes the whole of them exempt.
  if (kind === 'agenda' || kind === 'minutes') return false;
  return head.some((b) => saysExempt(b.text, kind));
}

function isPrivateHeading(block: RawBlock, next: RawBlock | undefined): boolean {
  const text = withoutNumber(block.text);
  if (text.length > 200) return false;
  if (PRIVATE_SECTION.test(text)) {
    // "EXEMPT ITEMS (there were no exempt items ...)" opens a section with nothing in it.
    return !/\bopen to the public\b/i.test(text) || /\bnot (?:to )?be open to the public\b/i.test(text);
  }
  // "PART 2" on its own line, explained by the line below it.
  return (
    /^(?:part|section)\s+(?:b|2|ii)$/i.test(text) &&
    next !== undefined &&
    /exempt|private|confidential/i.test(next.text)
  );
}

function itemIsExempt(blocks: RawBlock[], item: ParsedItem): boolean {
  if (EXCLUSION_ITEM.test(item.title)) return false;
  if (EXEMPT_TITLE.test(item.title)) return true;
  const body = blocks.slice(item.start + 1, item.end);
  const bodyEnd = body.findIndex((b, i) => isPrivateHeading(b, body[i + 1]) || isPublicHeading(b));
  const own = bodyEnd >= 0 ? body.slice(0, bodyEnd) : body;
  return own.some((b) => saysExempt(b.text, 'report') && !EXCLUSION_ITEM.test(b.text));
}

/** Which parts of a parsed paper are exempt from publication. */
export function findExemption(blocks: RawBlock[], items: ParsedItem[], kind: DocumentKind, title: string): Exemption {
  const document = paperIsExempt(blocks, kind, title);
  const privateFrom: number[] = [];
  const publicFrom: number[] = [];
  blocks.forEach((b, i) => {
    if (isPrivateHeading(b, blocks[i + 1])) privateFrom.push(i);
    else if (isPublicHeading(b)) publicFrom.push(i);
  });
  const inPrivateSection = (index: number): boolean => {
    const opened = privateFrom.filter((i) => i < index).at(-1);
    if (opened === undefined) return false;
    const closed = publicFrom.filter((i) => i < index).at(-1);
    return closed === undefined || closed < opened;
  };
  const exemptItems = items.flatMap((item, index) =>
    !EXCLUSION_ITEM.test(item.title) && (inPrivateSection(item.start) || itemIsExempt(blocks, item)) ? [index] : [],
  );
  return { document, items: exemptItems };
}
