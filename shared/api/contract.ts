import { z } from 'zod';
import {
  OUTCOME_KINDS,
  OUTCOME_STATUSES,
  EXECUTIVE_RESPONSES,
  HIGHLIGHT_COLOURS,
  RAG_RATINGS,
  type Annotation,
  type AnnotationExport,
  type AnnotationImportResult,
  type CouncilSite,
  type LibraryHealth,
  type DocumentText,
  type ImportJobStatus,
  type MeetingChoices,
  type MeetingDetail,
  type MovedDocument,
  type MeetingSummary,
  type OutcomeRow,
  type NewParagraphs,
  type OutcomeDetail,
  type Question,
  type QuestionWorkspace,
  type ReportFile,
  type TrackerCounts,
  type OutcomeChange,
  type TrackerPage,
  type TrackerReminders,
  type TrackerDashboard,
  type TrackerRow,
  type VersionComparison,
  type SearchResult,
  type SyncJobStatus,
} from '../domain';
import { BACKUPS_KEPT, type BackupSettings } from '../backups-kept';
import type { HomeOverview } from '../home';
import type { ChangedOnTwoDevices, DeviceSyncStatus } from '../device-sync';
import { method } from './define-method';
import { MAX_FILE_BYTES } from './max-file-bytes';
import type { METHOD_NAMES } from './method-names';

export { MAX_FILE_BYTES };

const id = z.number().int().positive();
const jobId = z.strictObject({ jobId: z.uuid() });
// A file's name, for display and to tell its format; never a path (the bytes come with it).
const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((n) => !/[\\/\0]/.test(n) && n !== '..', 'expected a file name, not a path');
const importFile = z.strictObject({
  name: fileName,
  data: z
    .custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected the file’s bytes')
    .refine((d) => d.length <= MAX_FILE_BYTES, 'a file may be at most 200 MB'),
});

/**
 * The one API between the renderer and the main process. Each method is declared
 * once here; the main process implements it in electron/api/handlers.ts and the
 * renderer calls it through renderer/api/client.ts. Inputs are validated in the
 * main process against these schemas; unknown fields are refused.
 */
const annotationKind = z.enum(['highlight', 'note', 'question']);
const colour = z.enum(HIGHLIGHT_COLOURS);
const noteBody = z.string().max(20_000);
const offset = z.number().int().min(0);
const isoDate = z.iso.date();
const questionText = z.string().trim().min(1, 'write the question').max(5000);
const priority = z.enum(['high', 'normal', 'low']);
/** Confidential (exempt) material goes into an export or report only when the member asks. */
const includeConfidential = z.boolean().optional();
const outcomeStatus = z.enum(OUTCOME_STATUSES);
const keptMessage = `a whole number of backups from ${BACKUPS_KEPT.min} to ${BACKUPS_KEPT.max}`;
const outcomeKind = z.enum(OUTCOME_KINDS);

const trackerFilters = z.strictObject({
  chasing: z.enum(['needs-chasing', 'recorded', 'all']).optional(),
  committee: z.string().max(300).optional(),
  statuses: z.array(outcomeStatus).optional(),
  kinds: z.array(outcomeKind).optional(),
  owner: z.string().max(300).optional(),
  overdue: z.boolean().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  text: z.string().max(300).optional(),
  sort: z.enum(['meeting', 'due', 'days-open', 'last-update', 'status']).optional(),
  descending: z.boolean().optional(),
  rag: z.array(z.enum([...RAG_RATINGS, 'none'])).optional(),
  awaitingResponse: z.boolean().optional(),
  dueWithinDays: z.number().int().min(0).max(366).optional(),
});
/** Sent with a change to an outcome: the change answers with the tracker's counts and dashboard for this view. */
const view = trackerFilters.optional();

export const contract = {
  listMeetings: method(z.strictObject({})).returns<MeetingSummary[]>(),
  /** The home screen: per committee, the next meeting, its pack, unread papers, questions and outstanding outcomes. */
  homeOverview: method(z.strictObject({})).returns<HomeOverview>(),
  /** Follows a committee of the library, or stops following it. */
  setCommitteeFollowed: method(z.strictObject({ committeeId: id, follow: z.boolean() })).returns<HomeOverview>(),
  getMeeting: method(z.strictObject({ meetingId: id })).returns<MeetingDetail>(),
  listOutcomes: method(z.strictObject({})).returns<OutcomeRow[]>(),
  /** Starts importing a batch of files; `meetingId` adds them to that meeting. */
  startImport: method(
    z.strictObject({
      files: z.array(importFile).min(1).max(500),
      meetingId: id.optional(),
      /** Files of a chosen folder left out on purpose, listed with the results (main process only). */
      skipped: z
        .array(z.strictObject({ name: fileName, reason: z.enum(['symbolic-link']) }))
        .max(10_000)
        .optional(),
    }),
  ).returns<ImportJobStatus>(),
  getImportJob: method(jobId).returns<ImportJobStatus>(),
  /**
   * The member is choosing files to import (the chooser is open, or files are dragged over the
   * window): readers are started now, so that the first paper is read at once.
   */
  prepareImport: method(z.strictObject({})).returns<null>(),
  cancelImport: method(jobId).returns<ImportJobStatus>(),

  /** Where a paper is filed and the meetings it might belong to. */
  meetingChoices: method(z.strictObject({ documentId: id })).returns<MeetingChoices>(),
  /** Moves a paper, with its versions and notes, to another meeting. */
  moveDocument: method(z.strictObject({ documentId: id, meetingId: id })).returns<MovedDocument>(),

  /** The latest version unless `version` asks for an earlier one. */
  getDocumentText: method(z.strictObject({ documentId: id, version: id.optional() })).returns<DocumentText>(),
  getOriginalFile: method(z.strictObject({ documentId: id, version: id.optional() })).returns<{
    mediaType: string;
    data: Uint8Array;
  }>(),
  /** What changed between two versions of a paper, paragraph by paragraph. */
  compareVersions: method(z.strictObject({ documentId: id, from: id, to: id })).returns<VersionComparison>(),
  /** The member opened the latest version of a paper: it is no longer new to them (its reading place is kept). */
  markPaperOpened: method(z.strictObject({ documentId: id })).returns<null>(),
  saveReadingPosition: method(
    z.strictObject({
      documentId: id,
      position: z.strictObject({
        view: z.enum(['text', 'original']),
        textOffset: offset,
        page: z.number().int().min(1),
      }),
    }),
  ).returns<null>(),

  listAnnotations: method(z.strictObject({ documentId: id })).returns<Annotation[]>(),
  createAnnotation: method(
    z.strictObject({ documentId: id, kind: annotationKind, colour, body: noteBody, start: offset, end: offset }),
  ).returns<Annotation>(),
  updateAnnotation: method(
    z.strictObject({
      annotationId: id,
      body: noteBody.optional(),
      colour: colour.optional(),
      kind: annotationKind.optional(),
    }),
  ).returns<Annotation>(),
  deleteAnnotation: method(z.strictObject({ annotationId: id })).returns<null>(),
  restoreAnnotation: method(z.strictObject({ annotationId: id })).returns<Annotation>(),
  /** Notes on confidential papers are left out unless `includeConfidential`. */
  exportAnnotations: method(
    z.union([
      z.strictObject({ documentId: id, format: z.enum(['w3c', 'md']), includeConfidential }),
      z.strictObject({ meetingId: id, format: z.enum(['w3c', 'md']), includeConfidential }),
    ]),
  ).returns<AnnotationExport>(),
  /** Marks a paper as confidential (exempt), or not; returns how it now counts. */
  setDocumentConfidential: method(z.strictObject({ documentId: id, confidential: z.boolean() })).returns<{
    confidential: boolean;
    byItem: boolean;
  }>(),
  /** Marks an agenda item, and with it all its papers, as confidential (exempt), or not. */
  setAgendaItemConfidential: method(z.strictObject({ agendaItemId: id, confidential: z.boolean() })).returns<{
    confidential: boolean;
  }>(),
  /** What needs chasing unless `chasing` says otherwise. */
  listTracker: method(trackerFilters).returns<TrackerRow[]>(),
  /** One page of the list as it scrolls (keyset paging): pass the last page's `next` to read on. */
  pageTracker: method(
    z.strictObject({
      filters: trackerFilters,
      after: z
        .strictObject({ key: z.union([z.string().max(100), z.number()]), id })
        .nullable()
        .optional(),
      limit: z.number().int().min(1).max(500).optional(),
    }),
  ).returns<TrackerPage>(),
  /** What became overdue since the last notice and what is due soon, for the committees followed; `seen` records the notice as given. */
  trackerReminders: method(z.strictObject({ seen: z.boolean().optional() })).returns<TrackerReminders>(),
  /** How many the same filters find needing chasing, and recorded. */
  countTracker: method(trackerFilters).returns<TrackerCounts>(),
  getOutcome: method(z.strictObject({ outcomeId: id })).returns<OutcomeDetail>(),
  changeOutcomeStatus: method(
    z.strictObject({
      outcomeId: id,
      status: outcomeStatus,
      note: z.string().max(5000),
      evidenceBlockId: id.optional(),
      supersededBy: id.optional(),
      view,
    }),
  ).returns<OutcomeChange>(),
  setOutcomeOwnerDue: method(
    z.strictObject({
      outcomeId: id,
      owner: z.string().max(300).optional(),
      due: z.string().max(200).optional(),
      view,
    }),
  ).returns<OutcomeChange>(),
  /** The chair's word on whether anyone must act on it; kept in its history, never overturned by an import. */
  setOutcomeNeedsChasing: method(
    z.strictObject({ outcomeId: id, needsChasing: z.boolean(), note: z.string().max(5000).optional(), view }),
  ).returns<OutcomeChange>(),
  /** The council tracker's RAG rating and, for a recommendation, the executive's response; null clears one. */
  setOutcomeRagAndResponse: method(
    z.strictObject({
      outcomeId: id,
      rag: z.enum(RAG_RATINGS).nullable().optional(),
      executiveResponse: z
        .strictObject({ response: z.enum(EXECUTIVE_RESPONSES), on: isoDate, text: z.string().max(5000) })
        .nullable()
        .optional(),
      /** Why the rating is what it is; kept in the outcome's history. */
      note: z.string().max(5000).optional(),
      view,
    }),
  ).returns<OutcomeChange>(),
  decideFollowUp: method(z.strictObject({ proposalId: id, accept: z.boolean(), view })).returns<OutcomeChange>(),
  trackerDashboard: method(z.strictObject({})).returns<TrackerDashboard>(),
  outstandingReport: method(
    z.strictObject({
      format: z.enum(['pdf', 'docx', 'csv']),
      committee: z.string().max(300).optional(),
      includeConfidential,
    }),
  ).returns<ReportFile>(),

  getQuestions: method(z.strictObject({ meetingId: id })).returns<QuestionWorkspace>(),
  createQuestion: method(
    z.strictObject({
      meetingId: id,
      agendaItemId: id.nullable().optional(),
      text: questionText,
      addressee: z.string().max(300).optional(),
      priority: priority.optional(),
      tags: z.string().max(500).optional(),
      privateNote: z.string().max(20_000).optional(),
      annotationId: id.optional(),
    }),
  ).returns<Question>(),
  updateQuestion: method(
    z.strictObject({
      questionId: id,
      text: questionText.optional(),
      addressee: z.string().max(300).optional(),
      priority: priority.optional(),
      tags: z.string().max(500).optional(),
      privateNote: z.string().max(20_000).optional(),
      asked: z.enum(['pending', 'asked', 'not-reached']).optional(),
      answer: z.string().max(20_000).optional(),
      satisfied: z.boolean().nullable().optional(),
    }),
  ).returns<Question>(),
  deleteQuestion: method(z.strictObject({ questionId: id })).returns<null>(),
  moveQuestion: method(
    z.strictObject({ questionId: id, agendaItemId: id.nullable(), position: z.number().int().min(0).max(10_000) }),
  ).returns<QuestionWorkspace>(),
  followUpQuestion: method(z.strictObject({ questionId: id })).returns<Question>(),
  carryOverQuestions: method(z.strictObject({ meetingId: id })).returns<{ moved: number; toMeetingId: number }>(),
  exportBrief: method(
    z.strictObject({ meetingId: id, format: z.enum(['pdf', 'docx', 'md']), includeConfidential }),
  ).returns<ReportFile>(),

  backUpNow: method(z.strictObject({})).returns<{ file: string; takenAt: string }>(),
  getBackupSettings: method(z.strictObject({})).returns<BackupSettings>(),
  /**
   * Where backups go: a folder (USB stick, network drive, cloud-synced folder), or null for beside
   * the library. A typed folder is taken only by the browser version, whose page is the member's own
   * on this computer; the app refuses it and takes a folder only from its own dialog (pickBackupFolder).
   */
  setBackupFolder: method(
    z.strictObject({ folder: z.string().trim().min(1, 'type the folder’s path').max(1000).nullable() }),
  ).returns<BackupSettings>(),
  /** Opens the system's folder chooser (Electron only) and, unless the member cancels, backs up there from now on. */
  pickBackupFolder: method(z.strictObject({})).returns<BackupSettings>(),
  /** Puts one of the listed backups back in place, named as listed; the library it replaces is kept beside it. */
  restoreBackup: method(
    z.strictObject({
      backup: z.string().regex(/^scrutineer-backup-[\dT-]+\.sqlite$/, 'choose one of the backups listed'),
    }),
  ).returns<{ replacedKeptAs: string | null }>(),
  /** Every note and question of the library in one file: W3C Web Annotation JSON, or a Markdown document to read. */
  exportAllNotes: method(
    z.strictObject({ format: z.enum(['w3c', 'md']), includeConfidential }),
  ).returns<AnnotationExport>(),
  setBackupsKept: method(
    z.strictObject({
      kept: z.number().int(keptMessage).min(BACKUPS_KEPT.min, keptMessage).max(BACKUPS_KEPT.max, keptMessage),
    }),
  ).returns<BackupSettings>(),
  search: method(
    z.strictObject({
      query: z.string().max(1000),
      committee: z.string().max(300).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      kinds: z.array(z.enum(['paper', 'title', 'note', 'question', 'outcome'])).optional(),
      sort: z.enum(['relevance', 'newest']).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      asYouType: z.boolean().optional(),
    }),
  ).returns<SearchResult[]>(),
  rebuildSearchIndex: method(z.strictObject({})).returns<null>(),
  newParagraphs: method(z.strictObject({ documentId: id })).returns<NewParagraphs>(),
  importAnnotations: method(
    z.strictObject({ json: z.string().max(50 * 1024 * 1024) }),
  ).returns<AnnotationImportResult>(),

  /** Checks the address is a council's ModernGov website and lists its committees. */
  addCouncil: method(
    z.strictObject({ url: z.string().trim().min(1, 'type the website’s address').max(500), since: isoDate.optional() }),
  ).returns<CouncilSite>(),
  listCouncils: method(z.strictObject({})).returns<CouncilSite[]>(),
  followCommittee: method(z.strictObject({ siteId: id, committeeId: id, follow: z.boolean() })).returns<CouncilSite>(),
  setCouncilSince: method(z.strictObject({ siteId: id, since: isoDate })).returns<CouncilSite>(),
  startSync: method(z.strictObject({ siteId: id.optional(), since: isoDate.optional() })).returns<SyncJobStatus>(),
  getSyncJob: method(jobId).returns<SyncJobStatus>(),
  cancelSync: method(jobId).returns<SyncJobStatus>(),
  /** Whether the whole check of the library file (in the background for a large one) found damage. */
  libraryHealth: method(z.strictObject({})).returns<LibraryHealth>(),
  /** The last sync since the app started, running or not. */
  latestSync: method(z.strictObject({})).returns<SyncJobStatus | null>(),

  /** Sync of notes and trackers between the member's devices through a CouchDB server: off until set up. */
  getDeviceSync: method(z.strictObject({})).returns<DeviceSyncStatus>(),
  /** Checks the address, user name and password with the server, then keeps them. */
  setUpDeviceSync: method(
    z.strictObject({
      url: z.string().trim().min(1, 'type the server’s address').max(500),
      userName: z.string().trim().min(1, 'type your user name').max(200),
      password: z.string().min(1, 'type your password').max(500),
      includeConfidential: z.boolean().optional(),
    }),
  ).returns<DeviceSyncStatus>(),
  /** Stops syncing and forgets the server and its password; the library keeps everything. */
  removeDeviceSync: method(z.strictObject({})).returns<DeviceSyncStatus>(),
  setDeviceSyncConfidential: method(z.strictObject({ includeConfidential: z.boolean() })).returns<DeviceSyncStatus>(),
  /** Syncs now; `password` where this device keeps none (the command line). */
  syncDevicesNow: method(
    z.strictObject({ password: z.string().min(1).max(500).optional() }),
  ).returns<DeviceSyncStatus>(),
  listChangedOnTwoDevices: method(z.strictObject({})).returns<ChangedOnTwoDevices[]>(),
  /** Keeps one version (or several: the others become notes or questions of their own). */
  keepVersions: method(
    z.strictObject({
      entity: z.enum(['annotation', 'question']),
      key: z.string().min(1).max(300),
      keep: z.array(z.string().min(1).max(500)).min(1).max(20),
    }),
  ).returns<ChangedOnTwoDevices[]>(),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type OutputOf<M extends MethodName> = Contract[M]['output'];

/** What the renderer sees: every method as an async function. */
export type Api = { [M in MethodName]: (input: InputOf<M>) => Promise<OutputOf<M>> };

/** What the main process implements: plain functions over validated input. */
export type Handlers = {
  [M in MethodName]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>>;
};

export const methodNames = Object.keys(contract) as MethodName[];

/** METHOD_NAMES (for the renderer, without zod) names exactly the contract's methods: checked as this compiles. */
type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const namesMatch: SameNames<(typeof METHOD_NAMES)[number], MethodName> = true;
void namesMatch;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}
