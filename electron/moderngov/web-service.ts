import type { XMLParser } from 'fast-xml-parser';
import { decodeTitle, htmlToParagraphs, unescapeHtml } from './decode-text';
import type { SiteClient } from './site-client';
import { SyncProblem } from './sync-problem';

export interface RemoteCommittee {
  id: number;
  title: string;
  expired: boolean;
  deleted: boolean;
}

export interface RemoteMeetingSummary {
  id: number;
  date: string;
  time: string | null;
  status: string;
}

export interface RemoteDocument {
  attachmentId: number;
  title: string;
  url: string;
  restricted: boolean;
  publishedAt: string | null;
}

export interface RemoteAgendaItem {
  id: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  /** The minute and the decision as plain paragraphs (null when the site has none). */
  minutes: string | null;
  decision: string | null;
  /** The same as the site's HTML, unescaped: what outcomes are read from. */
  minutesHtml: string | null;
  decisionHtml: string | null;
  documents: RemoteDocument[];
}

export interface RemoteAttendee {
  name: string;
  role: string;
  attendance: string;
}

export interface RemoteMeeting extends RemoteMeetingSummary {
  venue: string | null;
  agendaPublished: boolean;
  minutesPublished: boolean;
  items: RemoteAgendaItem[];
  attendees: RemoteAttendee[];
  /** Papers linked to the meeting rather than to an item (e.g. the agenda pack). */
  documents: RemoteDocument[];
}

type Node = Record<string, unknown>;

const LISTS = new Set(['committee', 'meeting', 'agendaitem', 'linkeddoc', 'attendee']);
// Loaded when a council website is first synced, not while the library opens.
let parser: XMLParser | undefined;
const xmlParser = async (): Promise<XMLParser> =>
  (parser ??= new (await import('fast-xml-parser')).XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
    isArray: (name) => LISTS.has(name.toLowerCase()),
    transformTagName: (name) => name.toLowerCase(),
    transformAttributeName: (name) => name.toLowerCase(),
  }));

/** The committee website's web service (mgWebService.asmx), read into plain objects. */
export async function getCommittees(client: SiteClient): Promise<RemoteCommittee[]> {
  const root = await readXml(await client.getXml('GetCommittees', {}), 'committees');
  return all(root, 'committee')
    .map((c) => ({
      id: Number(text(c, 'committeeid')),
      title: decodeTitle(text(c, 'committeetitle') ?? ''),
      expired: truthy(text(c, 'committeeexpired')),
      deleted: truthy(text(c, 'committeedeleted')),
    }))
    .filter((c) => Number.isInteger(c.id) && c.id > 0 && c.title);
}

export async function getMeetings(
  client: SiteClient,
  committeeId: number,
  fromIso: string,
  toIso: string,
): Promise<RemoteMeetingSummary[]> {
  const xml = await client.getXml('GetMeetings', {
    lCommitteeId: committeeId,
    sFromDate: ukDate(fromIso),
    sToDate: ukDate(toIso),
  });
  return all(await readXml(xml, 'getmeetings'), 'meeting').flatMap((m) => {
    const date = isoDate(text(m, 'meetingdate'));
    const id = Number(text(m, 'meetingid'));
    return date && id > 0
      ? [{ id, date, time: time(text(m, 'meetingtime')), status: text(m, 'meetingstatus') ?? '' }]
      : [];
  });
}

export async function getMeeting(client: SiteClient, meetingId: number): Promise<RemoteMeeting> {
  const root = await readXml(await client.getXml('GetMeeting', { lMeetingId: meetingId }), 'meeting');
  const meeting = first(root, 'meeting') ?? root;
  const date = isoDate(text(meeting, 'meetingdate'));
  if (!date) throw new SyncProblem('site-error', `The council’s website gave no date for meeting ${meetingId}.`);
  const items = all(first(meeting, 'agendaitems'), 'agendaitem').map((item): RemoteAgendaItem => {
    const minutes = html(text(item, 'minutesnonemptyhtmlbody'));
    const decision = html(text(item, 'decisionnonemptyhtmlbody'));
    return {
      id: Number(text(item, 'agendaitemid')),
      // The printed number ("4." on the agenda) when the site gives it; the bare item number otherwise.
      number:
        (text(item, 'fulldisplaynumberformat') ?? '').replace(/\.$/, '') || text(item, 'agendaitemnumber') || null,
      minuteNumber: text(item, 'minutesitemnumber') || null,
      title: decodeTitle(text(item, 'agendaitemtitle') ?? ''),
      minutes: minutes?.text ?? null,
      decision: decision?.text ?? null,
      minutesHtml: minutes?.html ?? null,
      decisionHtml: decision?.html ?? null,
      documents: documentsOf(item),
    };
  });
  return {
    id: meetingId,
    date,
    time: time(text(meeting, 'meetingtime')),
    status: text(meeting, 'meetingstatus') ?? '',
    venue: text(meeting, 'meetinglocation') ? decodeTitle(text(meeting, 'meetinglocation')!) : null,
    agendaPublished: truthy(text(meeting, 'agendapublished')),
    minutesPublished: truthy(text(meeting, 'minutepublished') ?? text(meeting, 'minutespublished')),
    items: items.filter((i) => i.title),
    attendees: all(first(meeting, 'attendees'), 'attendee').map((a) => ({
      name: decodeTitle(text(a, 'name') ?? ''),
      role: decodeTitle(text(a, 'roledescription') ?? ''),
      attendance: decodeTitle(text(a, 'attendance') ?? ''),
    })),
    documents: documentsOf(meeting, true),
  };
}

function documentsOf(node: Node, direct = false): RemoteDocument[] {
  const holder = first(node, 'linkeddocuments', direct);
  return all(holder, 'linkeddoc').flatMap((d) => {
    const url = text(d, 'url');
    const attachmentId = Number(text(d, 'attachmentid'));
    if (!url || !(attachmentId > 0)) return [];
    return [
      {
        attachmentId,
        title: decodeTitle(text(d, 'title') ?? `Paper ${attachmentId}`),
        url: decodeTitle(url),
        restricted: truthy(text(d, 'isrestricted')),
        publishedAt: text(d, 'publicationdate') ?? null,
      },
    ];
  });
}

/** ModernGov reads dates only as dd/mm/yyyy; it silently ignores ISO dates. */
export function ukDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function isoDate(value: string | undefined): string | null {
  if (!value) return null;
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(value);
  if (uk) return `${uk[3]}-${uk[2]!.padStart(2, '0')}-${uk[1]!.padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
}

function time(value: string | undefined): string | null {
  const match = /(\d{1,2})[:.](\d{2})/.exec(value ?? '');
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : null;
}

/** A minute or decision with words in it, as paragraphs and as HTML; null when empty. */
function html(value: string | undefined): { text: string; html: string } | null {
  if (!value) return null;
  const text = htmlToParagraphs(value);
  return text ? { text, html: unescapeHtml(value) } : null;
}

async function readXml(xml: string, expected: string): Promise<Node> {
  const reader = await xmlParser();
  let parsed: Node;
  try {
    parsed = reader.parse(xml) as Node;
  } catch {
    throw new SyncProblem('not-moderngov', 'The council’s website answered with something that is not ModernGov data.');
  }
  const root = first(parsed, expected);
  if (!root || typeof root !== 'object') {
    throw new SyncProblem(
      'not-moderngov',
      'The address does not look like a ModernGov committee website. Check it, or import the papers by hand.',
    );
  }
  return root;
}

/** The first element with this name, searching breadth-first (namespaced wrappers differ between councils). */
function first(node: unknown, name: string, direct = false): Node | undefined {
  const queue: unknown[] = [node];
  while (queue.length) {
    const current = queue.shift();
    if (!current || typeof current !== 'object') continue;
    for (const [key, value] of Object.entries(current as Node)) {
      if (key === name) return (Array.isArray(value) ? value[0] : value) as Node;
      if (!direct) queue.push(...(Array.isArray(value) ? (value as unknown[]) : [value]));
    }
  }
  return undefined;
}

function all(node: Node | undefined, name: string): Node[] {
  if (!node || typeof node !== 'object') return [];
  const direct = node[name];
  if (Array.isArray(direct)) return direct.filter((n): n is Node => !!n && typeof n === 'object');
  const found: Node[] = [];
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object') found.push(...all(child as Node, name));
    }
  }
  return found;
}

function text(node: Node | undefined, name: string): string | undefined {
  const value = node?.[name];
  const one: unknown = Array.isArray(value) ? (value as unknown[])[0] : value;
  const inner: unknown = one && typeof one === 'object' ? (one as Node)['#text'] : one;
  if (typeof inner === 'string') return inner.trim();
  return typeof inner === 'number' || typeof inner === 'boolean' ? String(inner) : undefined;
}

function truthy(value: string | undefined): boolean {
  return /^(true|1|yes)$/i.test(value ?? '');
}
