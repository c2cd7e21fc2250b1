/** Domain types shared by the main process and the renderer. No Node or DOM APIs here. */

export type AttendanceRole = 'member' | 'co-opted' | 'other-member' | 'officer' | 'apology';

export interface Attendee {
  name: string;
  role: AttendanceRole;
  isChair: boolean;
  /** Directorate, title or the role in brackets, e.g. "Cabinet Member for Children". */
  detail: string | null;
}

export type DocumentKind = 'agenda' | 'report' | 'briefing-note' | 'minutes' | 'appendix' | 'supplement' | 'other';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

export type OutcomeKind =
  'resolution' | 'request' | 'information-request' | 'follow-up' | 'work-programme' | 'recommendation' | 'action';

export type OutcomeStatus = 'open' | 'in-progress' | 'done' | 'dropped' | 'superseded';

export interface MeetingSummary {
  id: number;
  committee: string;
  council: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  /** 24-hour time, HH:MM, when the papers say. */
  time: string | null;
  venue: string | null;
  itemCount: number;
  documentCount: number;
  openOutcomeCount: number;
}

export interface AgendaItemDetail {
  id: number;
  number: string | null;
  title: string;
  presenters: string | null;
  minuteText: string | null;
  documents: DocumentSummary[];
  outcomes: OutcomeSummary[];
}

export interface DocumentSummary {
  id: number;
  title: string;
  kind: DocumentKind;
  version: number;
  fileName: string;
  pageCount: number | null;
  blockCount: number;
  warnings: string[];
}

export interface OutcomeSummary {
  id: number;
  kind: OutcomeKind;
  text: string;
  owner: string | null;
  due: string | null;
  status: OutcomeStatus;
  sourceQuote: string;
}

export interface MeetingDetail extends Omit<MeetingSummary, 'itemCount' | 'documentCount' | 'openOutcomeCount'> {
  attendance: Attendee[];
  items: AgendaItemDetail[];
  /** Papers not tied to one agenda item, such as the minutes or the agenda itself. */
  documents: DocumentSummary[];
  /** Outcomes not tied to one agenda item. */
  outcomes: OutcomeSummary[];
  /** What the papers recommend the board does (not outcomes). */
  recommendationsToBoard: string[];
}

export interface OutcomeRow extends OutcomeSummary {
  meetingId: number;
  committee: string;
  meetingDate: string;
  itemNumber: string | null;
  itemTitle: string | null;
}
