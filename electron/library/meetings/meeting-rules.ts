/**
 * Who has the last word about a meeting. A meeting is written by imported papers
 * and by the council's website (ModernGov); both go through write-meeting.ts, and
 * this table is the one statement of which source wins for each fact.
 */

/** Where a fact comes from: the council's website, printed minutes, or any other paper. */
export type MeetingSource = 'site' | 'minutes' | 'paper';

/**
 * - replace: the source's value stands, even when it has none
 * - replace-when-given: the source's value stands when it has one
 * - fill-gaps: the source's value is used only where nothing is known yet
 * - keep: the source never changes what is known
 */
export type Precedence = 'replace' | 'replace-when-given' | 'fill-gaps' | 'keep';

export type MeetingField = 'date' | 'time' | 'venue' | 'status';
export type ItemField = 'number' | 'minute_number' | 'title' | 'presenters' | 'minute_text';

export const MEETING_RULES: Record<MeetingSource, Record<MeetingField, Precedence>> = {
  // The site is the council's record of when and where.
  site: { date: 'replace-when-given', time: 'replace-when-given', venue: 'replace-when-given', status: 'replace' },
  // Papers are found by committee and date, and only fill in what is missing.
  minutes: { date: 'keep', time: 'fill-gaps', venue: 'fill-gaps', status: 'keep' },
  paper: { date: 'keep', time: 'fill-gaps', venue: 'fill-gaps', status: 'keep' },
};

export const ITEM_RULES: Record<MeetingSource, Record<ItemField, Precedence>> = {
  site: {
    number: 'replace',
    minute_number: 'replace-when-given',
    title: 'replace',
    presenters: 'keep',
    minute_text: 'replace-when-given',
  },
  // The latest minutes are the record of what was said on an item (unless the site has said it).
  minutes: {
    number: 'keep',
    minute_number: 'fill-gaps',
    title: 'keep',
    presenters: 'fill-gaps',
    minute_text: 'replace-when-given',
  },
  // Other papers (agendas, reports) never write an item's minutes.
  paper: { number: 'keep', minute_number: 'fill-gaps', title: 'keep', presenters: 'fill-gaps', minute_text: 'keep' },
};

/** What a field becomes when a source with this precedence says `offered` and `known` is stored. */
export function decide<T>(precedence: Precedence, known: T | null, offered: T | null): T | null {
  switch (precedence) {
    case 'replace':
      return offered;
    case 'replace-when-given':
      return offered ?? known;
    case 'fill-gaps':
      return known ?? offered;
    case 'keep':
      return known;
  }
}

/**
 * A committee's name as the library files it: curly apostrophes and runs of spaces
 * are written plainly, so "Children’s  Services" from a paper and "Children's Services"
 * from the site are one committee.
 */
export function committeeName(name: string): string {
  return name.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Two agenda item titles are the same if they differ only in case, spaces and punctuation. */
export function sameItemTitle(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');
}

export interface KnownItem {
  id: number;
  number: string | null;
  title: string;
}

/**
 * The known item an incoming one is: the one with the same number; failing that, the
 * one with the same title, unless another incoming item of a different number has
 * already claimed it in this write (two "Public questions" items stay two).
 */
export function matchItem(
  known: readonly KnownItem[],
  incoming: { number: string | null; title: string },
  claimed: ReadonlyMap<number, string | null>,
): KnownItem | undefined {
  if (incoming.number !== null) {
    const byNumber = known.find((k) => k.number === incoming.number);
    if (byNumber) return byNumber;
  }
  return known.find(
    (k) => sameItemTitle(k.title, incoming.title) && (!claimed.has(k.id) || claimed.get(k.id) === incoming.number),
  );
}
