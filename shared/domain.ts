/** Domain types shared by the main process and the renderer. No Node or DOM APIs here. */
import type { ParagraphChange } from './compare-paragraphs';

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

/**
 * Every kind of outcome, declared once: the type, the API contract (zod), the labels and
 * the follow-ups' names derive from it, and a test holds the library's CHECK to it.
 */
export const OUTCOME_KINDS = [
  'resolution',
  'request',
  'information-request',
  'follow-up',
  'work-programme',
  'recommendation',
  'action',
] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const OUTCOME_STATUSES = ['open', 'in-progress', 'done', 'dropped', 'superseded'] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export interface MeetingSummary {
  id: number;
  committee: string;
  council: string;
  /** ISO date, YYYY-MM-DD; null when the papers do not say. */
  date: string | null;
  /** 24-hour time, HH:MM, when the papers say. */
  time: string | null;
  venue: string | null;
  itemCount: number;
  documentCount: number;
  /** Open outcomes that need chasing. */
  openOutcomeCount: number;
}

export interface AgendaItemDetail {
  id: number;
  number: string | null;
  minuteNumber: string | null;
  title: string;
  /** What the board discussed under this item. */
  topics: string[];
  presenters: string | null;
  minuteText: string | null;
  /** Exempt from publication: left out of exports and reports unless included. */
  confidential: boolean;
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
  /** Exempt from publication, marked on the paper itself or on its agenda item. */
  confidential: boolean;
  /** The paper counts as confidential because its agenda item is. */
  confidentialByItem: boolean;
  /** Never opened, or re-published since the member last opened it. */
  unread?: boolean;
}

export interface OutcomeSummary {
  id: number;
  kind: OutcomeKind;
  text: string;
  owner: string | null;
  due: string | null;
  status: OutcomeStatus;
  sourceQuote: string;
  /** Someone must act on it; otherwise it is a decision on record, with nothing to chase. */
  needsChasing: boolean;
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
  /** Papers the council's website lists that are not in the library (restricted, or not downloaded). */
  unavailablePapers: UnavailablePaper[];
}

export interface OutcomeRow extends OutcomeSummary {
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
}

export type ImportFileState =
  'waiting' | 'reading' | 'imported' | 'new-version' | 'duplicate' | 'failed' | 'cancelled' | 'skipped';

/** A file in a chosen folder that was left out on purpose, and why. */
export interface SkippedFile {
  name: string;
  reason: 'symbolic-link';
}

export interface ImportFileStatus {
  name: string;
  state: ImportFileState;
  /** A sentence for the person importing: what happened to this file. */
  message: string;
  meetingId: number | null;
  documentId: number | null;
  warnings: string[];
}

export interface ImportJobStatus {
  id: string;
  state: 'running' | 'finished' | 'cancelled';
  /** 0 to 1, across all files of the batch. */
  progress: number;
  files: ImportFileStatus[];
}

export interface Block {
  id: number;
  position: number;
  kind: BlockKind;
  level: number | null;
  text: string;
  page: number | null;
  /** Offset of the block in the version's full text (blocks joined by a blank line). */
  start: number;
}

export interface ReadingPosition {
  view: 'text' | 'original';
  textOffset: number;
  page: number;
}

export interface DocumentText {
  id: number;
  title: string;
  kind: DocumentKind;
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  versionId: number;
  version: number;
  fileName: string;
  mediaType: string;
  pageCount: number | null;
  /** The pack's own number for each page (index 0 is PDF page 1), null where none is printed. */
  printedPages: (string | null)[];
  warnings: string[];
  /** Exempt from publication (the paper or its agenda item). */
  confidential: boolean;
  blocks: Block[];
  /** Agenda items of the meeting, for the outline. */
  items: { number: string | null; title: string }[];
  position: ReadingPosition | null;
  /** Every version the library keeps, the first first; `version` above is the one shown. */
  versions: VersionSummary[];
}

export type AnnotationKind = 'highlight' | 'note' | 'question';
export type HighlightColour = 'yellow' | 'green' | 'blue' | 'pink';
export const HIGHLIGHT_COLOURS: readonly HighlightColour[] = ['yellow', 'green', 'blue', 'pink'];

export interface Annotation {
  id: number;
  uuid: string;
  documentId: number;
  kind: AnnotationKind;
  colour: HighlightColour;
  body: string;
  exact: string;
  prefix: string;
  suffix: string;
  /** null when the quote could not be placed in the latest version. */
  start: number | null;
  end: number | null;
  page: number | null;
  /** The pack's own number for that page, where one is printed on it. */
  printedPage: string | null;
  anchorStatus: 'anchored' | 'fuzzy' | 'orphaned';
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationExport {
  fileName: string;
  mediaType: string;
  text: string;
  /** Confidential papers with notes that were left out. */
  leftOut: number;
}

/** A report or brief as a file, with how many confidential items were left out of it. */
export interface ReportFile {
  fileName: string;
  mediaType: string;
  data: Uint8Array;
  leftOut: number;
}

export interface AnnotationImportResult {
  added: number;
  alreadyHere: number;
  notPlaced: number;
  unknownDocuments: number;
}

export type SearchResultKind = 'paper' | 'title' | 'note' | 'question' | 'outcome';

export interface SearchResult {
  kind: SearchResultKind;
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  documentId: number | null;
  documentTitle: string | null;
  blockId: number | null;
  /** Where the passage starts in the paper's text, to open the reader there. */
  offset: number | null;
  page: number | null;
  /** The pack's own number for that page, where one is printed on it. */
  printedPage: string | null;
  /** The passage with each matched word between \u0002 and \u0003. */
  snippet: string;
  /** Higher is more relevant. */
  score: number;
  /** The source is exempt from publication. */
  confidential: boolean;
}

export interface SearchQuery {
  query: string;
  committee?: string;
  from?: string;
  to?: string;
  kinds?: SearchResultKind[];
  sort?: 'relevance' | 'newest';
  limit?: number;
  /** Treat the last word as the start of a word (search as you type). */
  asYouType?: boolean;
}

/** Which outcomes the tracker lists: those that need chasing (the default), recorded decisions, or both. */
export type ChasingFilter = 'needs-chasing' | 'recorded' | 'all';

export interface TrackerFilters {
  chasing?: ChasingFilter;
  committee?: string;
  /** Status and overdue are about chasing: recorded decisions are listed whatever their status. */
  statuses?: OutcomeStatus[];
  kinds?: OutcomeKind[];
  owner?: string;
  overdue?: boolean;
  from?: string;
  to?: string;
  text?: string;
  sort?: 'meeting' | 'due' | 'days-open' | 'last-update' | 'status';
  descending?: boolean;
  /** RAG ratings to show; 'none' for outcomes not yet rated. */
  rag?: (RagRating | 'none')[];
  /** Recommendations still without the executive's response two months after their meeting. */
  awaitingResponse?: boolean;
  /** Due from today to this many days ahead (the "Due soon" view). */
  dueWithinDays?: number;
}

/** Outcomes due from today to this many days ahead are "due soon". */
export const DUE_SOON_DAYS = 14;

/** Where a page of the tracker ends: the sort value and id of its last row. */
export interface TrackerCursor {
  key: string | number;
  id: number;
}

export interface TrackerPage {
  rows: TrackerRow[];
  /** With the first page only: how many the same filters find on each side. */
  counts?: TrackerCounts;
  /** Pass back to read the next page; null on the last one. */
  next: TrackerCursor | null;
}

export interface TrackerRow {
  id: number;
  kind: OutcomeKind;
  text: string;
  committee: string;
  meetingId: number;
  meetingDate: string | null;
  itemNumber: string | null;
  itemTitle: string | null;
  owner: string | null;
  dueHint: string | null;
  dueDate: string | null;
  dueMeaning: string | null;
  status: OutcomeStatus;
  daysOpen: number | null;
  lastUpdate: string;
  overdue: boolean;
  proposals: number;
  /** From a confidential agenda item or paper. */
  confidential: boolean;
  /** Someone must act on it; otherwise it is recorded, with nothing to chase (no days open, never overdue). */
  needsChasing: boolean;
  /** The council tracker's rating: green achieved (stop monitoring), amber acceptable progress, red not acceptable. */
  rag: RagRating | null;
  /** The executive's response to a recommendation, when given. */
  response: ExecutiveResponse['response'] | null;
  /** A recommendation with no response two months after its meeting. */
  awaitingResponse: boolean;
}

/** How many outcomes the tracker's filters find on each side. */
export interface TrackerCounts {
  needsChasing: number;
  recorded: number;
  /** Of those that need chasing, how many fall due in the "Due soon" window. */
  dueSoon: number;
}

/** The quiet notice at start and each morning: what became due or overdue for the committees followed. */
export interface TrackerReminders {
  /** The day these were worked out (yyyy-mm-dd, the member's own time). */
  today: string;
  /** No notice has been given yet today: the morning's notice, which names what is due soon too. */
  firstToday: boolean;
  /** Became overdue since the last notice. */
  becameOverdue: TrackerRow[];
  /** Due within the "Due soon" window. */
  dueSoon: TrackerRow[];
  /** Committees counted: those followed, or every committee when none are. */
  committees: string[];
}

export interface Evidence {
  documentId: number | null;
  documentTitle: string | null;
  blockId: number | null;
  offset: number | null;
  quote: string;
}

export interface StatusChange {
  id: number;
  status: OutcomeStatus;
  /** Set when the chair said whether it needs chasing; the status then did not change. */
  needsChasing: boolean | null;
  note: string;
  evidence: Evidence | null;
  changedAt: string;
  /** Who made it, when it came through a committee's shared tracker or was made while signed in to one. */
  author?: string | null;
}

export interface FollowUpProposalView {
  id: number;
  reason: 'minute-reference' | 'matters-arising' | 'same-subject';
  explanation: string;
  confidence: number;
  state: 'proposed' | 'accepted' | 'rejected';
  evidence: Evidence;
  meetingDate: string | null;
}

export const RAG_RATINGS = ['green', 'amber', 'red'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];
export const EXECUTIVE_RESPONSES = ['accepted', 'partly', 'rejected'] as const;

export interface ExecutiveResponse {
  response: (typeof EXECUTIVE_RESPONSES)[number];
  /** The date of the response (yyyy-mm-dd). */
  on: string;
  text: string;
}

export interface OutcomeDetail extends TrackerRow {
  sourceQuote: string;
  source: Evidence | null;
  supersededBy: number | null;
  /** Whether needing chasing was read from the wording ('rule') or set by the chair. */
  chasingSetBy: 'rule' | 'chair';
  /** What the wording was taken to mean, in a sentence. */
  chasingReading: string;
  /** For a recommendation to the Cabinet or Executive: its response, when given. */
  executiveResponse: ExecutiveResponse | null;
  history: StatusChange[];
  proposalList: FollowUpProposalView[];
}

/** A changed outcome, with the tracker's counts and dashboard when the change was sent with the view's filters. */
export interface OutcomeChange extends OutcomeDetail {
  view?: { counts: TrackerCounts; dashboard: TrackerDashboard };
}

export interface TrackerDashboard {
  /** Open, overdue, done and total count what needs chasing; recorded decisions are counted apart. */
  committees: {
    committee: string;
    open: number;
    overdue: number;
    done: number;
    total: number;
    recorded: number;
    /** Open outcomes by RAG rating, and those not rated. */
    red: number;
    amber: number;
    green: number;
    unrated: number;
    /** Recommendations without the executive's response two months after their meeting. */
    awaitingResponse: number;
  }[];
  /** Open outcomes that need chasing, by how long they have been open. */
  ageing: { label: string; count: number }[];
}

export interface NewParagraphs {
  /** Paragraphs long enough to judge. */
  judged: number;
  /** Of those, how many were not reported before. */
  fresh: number;
  paragraphs: {
    blockId: number;
    start: number;
    reportedBefore: {
      documentId: number;
      documentTitle: string;
      committee: string;
      meetingDate: string;
      blockId: number;
      offset: number;
      /** How alike the repeated passages are, 0 to 1. */
      similarity: number;
      /** How much of the paragraph repeats earlier text, 0 to 1. */
      share: number;
    } | null;
  }[];
}

export type QuestionPriority = 'high' | 'normal' | 'low';

export interface Question {
  id: number;
  meetingId: number;
  agendaItemId: number | null;
  position: number;
  text: string;
  addressee: string | null;
  priority: QuestionPriority;
  tags: string;
  privateNote: string;
  quote: string | null;
  page: number | null;
  /** The pack's own number for that page, where one is printed on it. */
  printedPage: string | null;
  documentId: number | null;
  documentTitle: string | null;
  offset: number | null;
  asked: 'pending' | 'asked' | 'not-reached';
  answer: string;
  satisfied: boolean | null;
  outcomeId: number | null;
  /** On a confidential agenda item, or made from a confidential paper. */
  confidential: boolean;
}

export interface QuestionWorkspace {
  meetingId: number;
  committee: string;
  meetingDate: string | null;
  items: { id: number; number: string | null; title: string; confidential: boolean }[];
  /** Officers and cabinet members of the meeting, to put questions to. */
  people: string[];
  questions: Question[];
}

/** A council's committee website (ModernGov) the member has added. */
export interface CouncilSite {
  id: number;
  url: string;
  name: string;
  /** Meetings from this date are downloaded (ISO date). */
  since: string;
  lastSyncAt: string | null;
  lastSyncMessage: string | null;
  /** Current committees first; expired ones last (the screen hides them unless asked). */
  committees: SiteCommittee[];
}

export interface SiteCommittee {
  /** The committee's number on the council's website. */
  id: number;
  title: string;
  expired: boolean;
  followed: boolean;
}

export interface SyncJobStatus {
  id: string;
  state: 'running' | 'finished' | 'failed' | 'cancelled';
  /** 0 to 1. */
  progress: number;
  /** What is happening now, or how it ended. */
  message: string;
  /** What arrived, one sentence per meeting: "3 new papers for …, 16 September". */
  arrived: string[];
  /** What could not be done, in plain words. */
  problems: string[];
  startedAt: string;
  finishedAt: string | null;
}

/** A paper the council lists for a meeting that is not in the library, and why. */
export interface UnavailablePaper {
  title: string;
  agendaItemId: number | null;
  reason: string;
}

/** What the last whole check of the library file found. */
export interface LibraryHealth {
  state: 'checking' | 'sound' | 'damaged' | 'not-checked';
  /** For a person: what was found and what to do. */
  message: string | null;
}

/** A meeting a paper can be moved to. */
export interface MeetingChoice {
  id: number;
  committee: string;
  date: string | null;
  /** Filed under "Committee not named in the papers". */
  committeeUnknown: boolean;
}

export interface MeetingChoices {
  current: MeetingChoice;
  /** The paper named its committee and date. */
  meetingKnown: boolean;
  /** At most five: the same committee first, then the nearest dates. */
  likely: MeetingChoice[];
  /** Every other meeting with a named committee. */
  all: MeetingChoice[];
}

export interface MovedDocument {
  meetingId: number;
  /** The agenda item of the new meeting the paper was put under, if any. */
  agendaItem: string | null;
}

export interface VersionSummary {
  versionId: number;
  version: number;
  fileName: string;
  pageCount: number | null;
  importedAt: string;
}

export interface VersionComparison {
  documentId: number;
  title: string;
  from: VersionSummary;
  to: VersionSummary;
  changes: ParagraphChange[];
  /** Paragraphs the same in both. */
  unchanged: number;
}
