import { extractHtml } from '../importing/extract/html';
import { fingerprints, type ParsedDocument } from '../importing/parse-document';
import type { ParsedItem } from '../importing/structure/agenda-items';
import { findOutcomes } from '../importing/structure/outcomes';
import { outcomeKey } from '../importing/same-outcome';
import type { RemoteAgendaItem, RemoteMeeting } from './web-service';

/** One agenda item's minute and decision from the site, as a small paper of the meeting. */
export interface SiteMinutesPaper {
  remoteItemId: number;
  file: { name: string; data: Uint8Array };
  parsed: ParsedDocument;
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * Each item's minute and decision as the site publishes them, read with the same rules
 * as printed minutes. The item, meeting and committee come from the site, never from
 * the words. The page written for an item changes only when the site's text (or the
 * item's number or title) does, so an unchanged minute is a duplicate on the next sync.
 */
export function siteMinutesPapers(committee: string, remote: RemoteMeeting): SiteMinutesPaper[] {
  return remote.items.flatMap((item) => {
    const page = itemPage(committee, remote.date, item);
    if (!page) return [];
    const { blocks } = extractHtml(page);
    const single: ParsedItem = {
      number: item.number,
      minuteNumber: item.minuteNumber,
      title: item.title,
      presenters: null,
      start: 0,
      end: blocks.length,
      topics: [],
    };
    const name = item.number ? `item ${item.number}` : `“${item.title}”`;
    const parsed: ParsedDocument = {
      kind: 'minutes',
      title: `Minutes of ${name} (from the council’s website)`,
      council: null,
      committee,
      date: remote.date,
      time: remote.time,
      venue: remote.venue,
      format: 'html',
      blocks,
      pageCount: null,
      warnings: [],
      attendance: [],
      items: [single],
      outcomes: findOutcomes(blocks, [single]),
      recommendationsToBoard: [],
      passages: fingerprints(blocks),
      exempt: { document: false, items: [] },
    };
    const fileName = `Minutes of ${item.number ? `item ${item.number}` : 'an item'} (council website).html`;
    return [{ remoteItemId: item.id, file: { name: fileName, data: new TextEncoder().encode(page) }, parsed }];
  });
}

/** The item's heading, then its decision and minute; a decision in the minute's own words is left out. */
function itemPage(committee: string, date: string, item: RemoteAgendaItem): string | null {
  const minutes = item.minutesHtml;
  const sameWords = item.decision && item.minutes && outcomeKey(item.decision) === outcomeKey(item.minutes);
  const decision = sameWords ? null : item.decisionHtml;
  if (!minutes && !decision) return null;
  const [year, month, day] = date.split('-').map(Number);
  const heading = `${item.number ? `${item.number}. ` : ''}${item.title}`;
  const about = [
    committee,
    `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`,
    item.minuteNumber ? `minute ${item.minuteNumber}` : '',
    'from the council’s committee website',
  ].filter(Boolean);
  return [
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${escapeHtml(heading)}</title></head><body>`,
    `<h1>${escapeHtml(heading)}</h1>`,
    `<p>${escapeHtml(about.join(', '))}.</p>`,
    ...(decision ? ['<h2>Decision</h2>', decision] : []),
    ...(decision && minutes ? ['<h2>Minutes</h2>'] : []),
    ...(minutes ? [minutes] : []),
    '</body></html>',
    '',
  ].join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
