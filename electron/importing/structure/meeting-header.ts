import type { DocumentKind } from '../../../shared/domain';
import type { RawBlock } from '../blocks';
import { findDateInFileName, findTime, findWrittenDate } from './dates';
import { tidyCapitals } from './text-shapes';

export interface MeetingHeader {
  kind: DocumentKind;
  title: string;
  council: string | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  venue: string | null;
}

const HEADER_BLOCKS = 12;
const COUNCIL =
  /^(?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,4} (?:City |County |Borough |District |Metropolitan Borough |Town )?Council)$/i;
const NOT_A_COMMITTEE =
  /^(?:minutes|agenda|unrestricted items|exempt items|public business|briefing note|report|present|apologies)\b/i;

/** What the top of a paper says about its meeting: committee, date, time, venue. */
export function readMeetingHeader(blocks: RawBlock[], fileName: string): MeetingHeader {
  const header = blocks.slice(0, HEADER_BLOCKS).filter((b) => b.text.length <= 300);
  const texts = header.map((b) => b.text);
  const kind = documentKind(texts);
  const council = texts.map((t) => COUNCIL.exec(t)?.[1]).find(Boolean);
  return {
    kind,
    title: documentTitle(kind, blocks, fileName),
    council: council ? tidyCapitals(council) : null,
    committee: findCommittee(texts, council),
    date: texts.map(findWrittenDate).find(Boolean) ?? findDateInFileName(fileName),
    time: texts.map(findTime).find(Boolean) ?? null,
    venue: texts.map(findVenue).find(Boolean) ?? null,
  };
}

function documentKind(texts: string[]): DocumentKind {
  const top = texts.slice(0, 6);
  if (top.some((t) => /^agenda item\b/i.test(t)) && texts.some((t) => /^minutes:?$/i.test(t))) return 'minutes';
  if (top.some((t) => /^minutes\b|\bminutes of (?:the|a) meeting\b/i.test(t))) return 'minutes';
  if (top.some((t) => /^agenda$/i.test(t))) return 'agenda';
  if (top.some((t) => /^briefing note\b/i.test(t))) return 'briefing-note';
  if (top.some((t) => /^supplement/i.test(t))) return 'supplement';
  if (top.some((t) => /^appendix\b/i.test(t))) return 'appendix';
  if (top.some((t) => /^(?:report\b|subject:|by:|to:)/i.test(t))) return 'report';
  return 'other';
}

function documentTitle(kind: DocumentKind, blocks: RawBlock[], fileName: string): string {
  const agendaItem = blocks.findIndex((b) => /^agenda item\b/i.test(b.text));
  if (agendaItem >= 0 && agendaItem < 4 && blocks[agendaItem + 1]) return `Minute: ${blocks[agendaItem + 1]?.text}`;
  if (kind === 'minutes') return 'Minutes';
  if (kind === 'agenda') return 'Agenda';
  const subject = blocks.slice(0, HEADER_BLOCKS).find((b) => /^subject:/i.test(b.text));
  if (subject) return subject.text.replace(/^subject:\s*/i, '');
  const heading = blocks.slice(0, HEADER_BLOCKS).find((b) => b.kind === 'heading' && b.text.length <= 120);
  if (heading) return tidyCapitals(heading.text);
  return fileName.replace(/\.[a-z0-9]{1,5}$/i, '');
}

function findCommittee(texts: string[], council: string | undefined): string | null {
  const patterns: RegExp[] = [
    /minutes of (?:the|a) meeting of (?:the )?(.+?)(?:,?\s+held\b|$)/i,
    /^to:\s*(.+?)\s*(?:[-–,]\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}).*$/i,
    /^([A-Z][A-Z ,&'’()]{3,80}?)\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}$/,
  ];
  for (const pattern of patterns) {
    for (const text of texts) {
      const found = pattern.exec(text)?.[1]?.trim();
      if (found) return tidyCapitals(found.replace(/[.,]$/, ''));
    }
  }
  // A short line in capitals that is neither the council nor a document label.
  const capitals = texts.find(
    (t) =>
      t.length <= 80 && /^[A-Z][A-Z &,'’()-]+$/.test(t) && !NOT_A_COMMITTEE.test(t) && t !== council?.toUpperCase(),
  );
  return capitals ? tidyCapitals(capitals) : null;
}

function findVenue(text: string): string | null {
  const match = /\bheld (?:in|at) (?:the )?(.+?)(?:,? on (?:\w+day|\d).*|\.)?$/i.exec(text);
  const venue = match?.[1]?.trim();
  if (!venue || findTime(venue) || /^\d/.test(venue)) return null;
  return venue;
}
