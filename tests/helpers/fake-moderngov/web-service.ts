import { fromUkDate, toUkDate } from './dates';
import { paperHtml } from './paper-format';
import type { SiteState } from './site-state';
import type { FakeAgendaItem, FakeCommittee, FakeDoc, FakeMeeting } from './types';
import { el, text, title, xmlDocument, type XmlElement } from './xml-writer';

/**
 * The four operations of mgWebService.asmx the app uses, answered over HTTP GET in the
 * shapes real sites give (see README.md for the sources): root elements committees,
 * getmeetings, meeting and attachment, no namespace, dd/mm/yyyy dates, "True"/"False",
 * counts with a leading space, escaped HTML for minutes and titles encoded twice.
 */

export type Answer = { status: number; type: string; body: string };

const xml = (root: XmlElement): Answer => ({ status: 200, type: 'text/xml; charset=utf-8', body: xmlDocument(root) });
/** What ASP.NET's HTTP GET binding says about a missing or malformed argument. */
const aspError = (message: string): Answer => ({ status: 500, type: 'text/plain; charset=utf-8', body: message });

function count(n: number): string {
  return ` ${n}`;
}

export function getCommittees(site: SiteState): Answer {
  const committees = [...site.committees].sort((a, b) => a.title.localeCompare(b.title));
  return xml(
    el('committees', [
      el('committeescount', count(committees.length)),
      ...committees.map((c) =>
        el('committee', [
          el('committeeid', text(c.id)),
          el('committeetitle', title(c.title)),
          el('committeedeleted', text(c.deleted)),
          el('committeeexpired', text(c.expired)),
          el('committeecategory', title(c.category)),
        ]),
      ),
    ]),
  );
}

function integer(query: Record<string, string>, name: string): number | Answer {
  const value = query[name.toLowerCase()];
  if (value === undefined) return aspError(`Missing parameter: ${name}.`);
  if (!/^-?\d+$/.test(value.trim())) return aspError(`Cannot convert ${value} to System.Int32.\nParameter name: type`);
  return Number(value);
}

export function getMeetings(site: SiteState, query: Record<string, string>): Answer {
  const id = integer(query, 'lCommitteeId');
  if (typeof id !== 'number') return id;
  if (query.sfromdate === undefined) return aspError('Missing parameter: sFromDate.');
  if (query.stodate === undefined) return aspError('Missing parameter: sToDate.');
  const from = fromUkDate(query.sfromdate);
  const to = fromUkDate(query.stodate);
  const committee = site.committee(id);
  // ISO or otherwise unreadable dates are not an error: the list is simply empty.
  if (!committee || !from || !to) {
    return xml(el('getmeetings', [el('meetingscount', count(0)), el('committeescount', count(0))]));
  }
  const meetings = committee.meetings.filter((m) => m.date >= from && m.date <= to);
  return xml(
    el('getmeetings', [
      el('meetingscount', count(meetings.length)),
      el('committeescount', count(1)),
      el('committee', [
        el('committeeid', text(committee.id)),
        el('committeetitle', title(committee.title)),
        el('committeemeetingcount', count(meetings.length)),
        el(
          'committeemeetings',
          meetings.map((m) =>
            el('meeting', [
              el('meetingid', text(m.id)),
              el('meetingdate', text(toUkDate(m.date))),
              el('meetingstatus', text(m.status)),
              el('meetingtime', text(m.time)),
              el('iswebcast', text(false)),
            ]),
          ),
        ),
      ]),
    ]),
  );
}

export function getMeeting(site: SiteState, query: Record<string, string>, base: string): Answer {
  const id = integer(query, 'lMeetingId');
  if (typeof id !== 'number') return id;
  const meeting = site.meeting(id);
  if (!meeting) return aspError(`System.NullReferenceException: Object reference not set to an instance of an object.`);
  const committee = site.committee(meeting.committeeId);
  return xml(meetingElement(meeting, committee, base));
}

function meetingElement(m: FakeMeeting, committee: FakeCommittee | undefined, base: string): XmlElement {
  const date = text(toUkDate(m.date));
  return el('meeting', [
    el('meetingid', text(m.id)),
    el('meetingdate', date),
    el('meetingstatus', text(m.status)),
    el('isdisplayallowed', text(true)),
    el('meetingtime', text(m.time)),
    el('meetingactualstarttime'),
    el('meetingplannedfinishtime', text('1.00 pm')),
    el('meetingactualfinishtime'),
    el('meetinglocation', text(m.location)),
    el('iswebcast', text(false)),
    el('agendaid', text(m.id)),
    el('agendapublished', text(m.agendaPublished)),
    el('decisionpublished', text(m.agendaPublished && m.items.some((i) => i.decisionText))),
    el('minutepublished', text(m.minutesPublished)),
    el('meetingroom'),
    el('agendaitems', m.agendaPublished ? m.items.map((item) => itemElement(m, item, committee, base)) : []),
    el(
      'attendees',
      m.attendees.map((a) =>
        el('attendee', [el('url', text(`${base}/mgUserInfo.aspx?UID=${a.memberId}`))], {
          membertype: 'U',
          memberid: a.memberId,
          name: a.name,
          roledescription: a.role,
          attendance: a.attendance,
        }),
      ),
    ),
  ]);
}

function itemElement(m: FakeMeeting, item: FakeAgendaItem, committee: FakeCommittee | undefined, base: string) {
  const date = text(toUkDate(m.date));
  const minuted = m.minutesPublished && item.minuteNumber !== '';
  return el('agendaitem', [
    el('agendaitemid', text(item.id)),
    el('agendaitemtitle', title(item.title)),
    el(
      'agendatext',
      item.docs.some((d) => !d.path.startsWith('/documents/g')) ? text(paperHtml('Papers attached.')) : '',
    ),
    el('actualmeetingdate', date),
    el('agendaitemnumber', text(item.number)),
    el('agendaitemsubnumber'),
    el('fulldisplaynumberformat', text(`${item.number}.`)),
    el('authorusername'),
    el('commentlabel1', text('Presented By')),
    el('commenttext1'),
    el('minutesnonemptyhtmlbody', minuted ? text(paperHtml(item.minutesText)) : ''),
    el('decisionnonemptyhtmlbody', item.decisionText ? text(paperHtml(item.decisionText)) : ''),
    el('declarationcount', text(0)),
    el('iscallin', text(false)),
    el('isdecision', text(item.isDecision)),
    el('isdecisionpublished', text(item.decisionText !== '')),
    el('isminutepublished', text(minuted)),
    el('isrestricted', text(false)),
    el('isdisplayallowed', text(true)),
    el('meetingdate', date),
    el('meetingtime', text(m.time)),
    el('minutesitemnumber', minuted ? text(item.minuteNumber) : ''),
    el('minutesitemsubnumber'),
    el('refertocommittee', title(committee?.title ?? '')),
    el(
      'linkeddocuments',
      item.docs.map((doc, i) => el('linkeddoc', docFields(doc, m, committee, base, i + 1))),
    ),
  ]);
}

/** A document's fields, the same in linkeddoc and in GetAttachment's attachmentdetails. */
function docFields(
  doc: FakeDoc,
  m: FakeMeeting | undefined,
  committee: FakeCommittee | undefined,
  base: string,
  itemnum: number,
) {
  const meetingDate = m ? text(toUkDate(m.date)) : '';
  return [
    el('attachmentid', text(doc.attachmentId)),
    el('title', title(doc.title)),
    el('isurl', text(false)),
    el('url', text(docUrl(doc, base))),
    el('isrestricted', text(doc.restricted)),
    el('restrictionsRef', doc.restricted ? text('Paragraph 2') : ''),
    el('itemnum', text(itemnum)),
    el('publicationdate', text(toUkDate(doc.publicationDate))),
    el('meetingdate', meetingDate),
    el('decisiondate', meetingDate),
    el('committeetitle', title(committee?.title ?? '')),
    el('isdecisionattachment', text(false)),
    el('ownertitle', title(doc.ownerTitle)),
  ];
}

export function docUrl(doc: FakeDoc, base: string): string {
  return base + encodeURI(doc.path);
}

export function getAttachment(site: SiteState, query: Record<string, string>, base: string): Answer {
  const id = integer(query, 'lAttachmentId');
  if (typeof id !== 'number') return id;
  const doc = site.doc(id);
  if (!doc) return aspError(`System.NullReferenceException: Object reference not set to an instance of an object.`);
  const meeting = site.meetingOf(doc);
  const committee = meeting ? site.committee(meeting.committeeId) : undefined;
  return xml(el('attachment', [el('attachmentdetails', docFields(doc, meeting, committee, base, 1))]));
}
