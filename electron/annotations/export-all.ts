import type { AnnotationExport } from '../../shared/domain';
import { localDate } from '../../shared/local-date';
import { NOTES_FILE_EXTENSION } from '../../shared/notes-file';
import type { Db } from '../library/open-library';
import { allNotes, type MeetingNotes } from '../library/queries/all-notes';
import { leftOutSentence } from '../library/queries/confidential';
import { CONFIDENTIAL_WARNING, markdownOf } from './transfer';
import { toCollection, toWebAnnotation } from './web-annotation';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const ukDay = (iso: string | null) => (iso ? dayFormat.format(new Date(`${iso}T00:00:00Z`)) : 'date not given');

/** "0a1b…" (32 hex digits, as the library keeps it) -> a UUID with its dashes. */
function asUuid(hex: string): string {
  const h = hex.replace(/-/g, '');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}

interface Selection {
  meetings: MeetingNotes[];
  leftOut: number;
}

/** Confidential papers and questions stay out unless asked for; counted so the member is told. */
function select(db: Db, includeConfidential: boolean): Selection {
  let leftOut = 0;
  const meetings = allNotes(db).map((m) => {
    const papers = m.papers.filter((p) => includeConfidential || !p.confidential);
    const questions = m.questions.filter((q) => includeConfidential || !q.confidential);
    leftOut += m.papers.length - papers.length + m.questions.length - questions.length;
    return { ...m, papers, questions };
  });
  return { meetings: meetings.filter((m) => m.papers.length + m.questions.length > 0), leftOut };
}

/**
 * Every note and question of the library in one file: W3C Web Annotation JSON (which
 * Scrutineer imports again: notes on passages come back; drafted questions, whose target
 * is a meeting rather than a passage, are carried for other tools), or Markdown to read.
 */
export function exportAllNotes(db: Db, format: 'w3c' | 'md', includeConfidential = false): AnnotationExport {
  const { meetings, leftOut } = select(db, includeConfidential);
  const stamp = localDate();
  const anyConfidential = meetings.some(
    (m) => m.papers.some((p) => p.confidential) || m.questions.some((q) => q.confidential),
  );
  const title = `${anyConfidential ? 'CONFIDENTIAL – ' : ''}All my notes and questions`;
  if (format === 'w3c') {
    const items = meetings.flatMap((m) => [
      ...m.papers.flatMap((p) =>
        p.annotations.map((a) =>
          toWebAnnotation(a, {
            ...p,
            committee: m.committee,
            meetingDate: m.meetingDate,
            confidential: p.confidential,
          }),
        ),
      ),
      ...m.questions.map((q) => ({
        id: `urn:uuid:${asUuid(q.uuid)}`,
        type: 'Annotation',
        motivation: 'questioning',
        body: [
          { type: 'TextualBody', purpose: 'questioning', value: q.text, format: 'text/plain' },
          ...(q.addressee ? [{ type: 'TextualBody', purpose: 'tagging', value: `to:${q.addressee}` }] : []),
        ],
        target: {
          source: `urn:scrutineer:meeting:${encodeURIComponent(m.committee)}:${m.meetingDate ?? 'undated'}`,
          'scrutineer:meeting': { committee: m.committee, meetingDate: m.meetingDate },
          ...(q.quote
            ? { selector: [{ type: 'TextQuoteSelector', exact: q.quote }] }
            : { selector: [{ type: 'FragmentSelector', value: 'meeting' }] }),
        },
      })),
    ]);
    return {
      fileName: `all-my-notes-${stamp}.${NOTES_FILE_EXTENSION}`,
      mediaType: 'application/ld+json',
      text: `${JSON.stringify(toCollection(title, items), null, 2)}\n`,
      leftOut,
    };
  }
  const lines = [`# ${title}`, '', `Exported from Scrutineer on ${ukDay(stamp)}.`, ''];
  if (anyConfidential) lines.push(`**${CONFIDENTIAL_WARNING}**`, '');
  for (const m of meetings) {
    lines.push(`## ${m.committee}, ${ukDay(m.meetingDate)}`, '');
    if (m.questions.length > 0) {
      lines.push('### My questions', '');
      for (const q of m.questions) {
        lines.push(`- ${q.text.replace(/\n+/g, ' ')}${q.addressee ? ` (to ${q.addressee})` : ''}`);
        if (q.answer) lines.push(`  - Answer: ${q.answer.replace(/\n+/g, ' ')}`);
      }
      lines.push('');
    }
    for (const p of m.papers) {
      lines.push(`### ${p.title}${p.confidential ? ' – CONFIDENTIAL' : ''}`, '');
      for (const a of p.annotations) lines.push(...markdownOf(a));
    }
  }
  if (meetings.length === 0) lines.push('No notes or questions yet.', '');
  if (leftOut > 0) lines.push(`*${leftOutSentence(leftOut, 'note or question', 'notes and questions')}*`, '');
  return { fileName: `all-my-notes-${stamp}.md`, mediaType: 'text/markdown', text: lines.join('\n'), leftOut };
}
