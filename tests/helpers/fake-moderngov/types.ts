/**
 * The fake site's state. Tests may read it (and, carefully, change it) between requests;
 * every response is rendered from it at the time of the request.
 * Dates are ISO (yyyy-mm-dd) here and dd/mm/yyyy on the wire.
 */

export interface FakeDoc {
  attachmentId: number;
  /** As a person would write it; the XML encodes it the way ModernGov does (see README). */
  title: string;
  /** Path on the fake site, e.g. /documents/s40102/Briefing Note.pdf (percent-encoded on the wire). */
  path: string;
  restricted: boolean;
  publicationDate: string;
  /** The agenda item's title, or "Printed minutes". */
  ownerTitle: string;
  /** The paper's text in the fake's small Markdown (see paper-format.ts); the PDF is printed from it. */
  text: string;
  /** 1, then 2, 3 … after each republish. */
  version: number;
}

export interface FakeAgendaItem {
  id: number;
  /** The printed number ("4." on the agenda); agendaitemnumber and fulldisplaynumberformat. */
  number: number;
  /** minutesitemnumber: the minute's number, which runs on through the municipal year. Empty before minutes. */
  minuteNumber: string;
  title: string;
  /** The minute for this item in paper format; served as escaped HTML once the minutes are published. */
  minutesText: string;
  /** The decision in paper format; served as escaped HTML whenever it is set (decisions may come before minutes). */
  decisionText: string;
  isDecision: boolean;
  docs: FakeDoc[];
}

export interface FakeAttendee {
  memberId: number;
  name: string;
  /** roledescription: "Chair", "Committee Member", "Co-opted Member", "Cabinet Member", "Officer". */
  role: string;
  /** Past meetings: "Present", "Apologies", "In attendance"; upcoming: "Expected". */
  attendance: string;
}

export interface FakeMeeting {
  id: number;
  committeeId: number;
  date: string;
  /** "10.30 am", as ModernGov prints times. */
  time: string;
  /** "Confirmed", "Cancelled", … */
  status: string;
  location: string;
  agendaPublished: boolean;
  minutesPublished: boolean;
  items: FakeAgendaItem[];
  attendees: FakeAttendee[];
  /** The printed minutes, once published (a linkeddoc on the first agenda item). */
  minutesDoc: FakeDoc | null;
}

export interface FakeCommittee {
  id: number;
  title: string;
  category: string;
  deleted: boolean;
  expired: boolean;
  meetings: FakeMeeting[];
}

export interface FakeDocInput {
  title: string;
  /** Paper-format text; a short briefing note naming the committee, date and title when left out. */
  text?: string;
  restricted?: boolean;
  /** The printed agenda item number to attach the paper to; the main report item when left out. */
  itemNumber?: number;
  /** Serve it as mgConvert2PDF.aspx?ID=N instead of /documents/sN/Title.pdf. */
  convertUrl?: boolean;
}

export interface FakeItemInput {
  title: string;
  /** The minute in paper format (see paper-format.ts); on the site once the minutes are published. */
  minutes?: string;
  /** The decision in paper format; on the site at once. */
  decision?: string;
}

export type MisbehaviourMode =
  | 'forbidden-403'
  | 'redirect-mgerror'
  | 'slow'
  | 'truncate'
  | 'truncate-clean'
  | 'wrong-content-type'
  | 'server-error-once'
  | 'huge'
  | 'reset';

export interface MisbehaviourRule {
  /** Tested against the request's path and query, both as sent and percent-decoded. */
  match: RegExp;
  mode: MisbehaviourMode;
  /** How many matching requests misbehave; every one when left out (server-error-once: 1). */
  times?: number;
  /** 'slow': how long to wait before answering (default 5000 ms). */
  delayMs?: number;
}

export interface FakeRequest {
  method: string;
  /** Percent-decoded path, e.g. /documents/s40102/Briefing Note.pdf */
  path: string;
  query: Record<string, string>;
  at: number;
}
