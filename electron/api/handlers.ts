import path from 'node:path';
import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { backUpLibrary, backupSettings, listBackups, setBackupsKept } from '../library/backup';
import { backupPlace, chooseBackupFolder } from '../library/backup-place';
import { exportAllNotes } from '../annotations/export-all';
import { homeOverview } from '../library/queries/home';
import { setCommitteeFollowed } from '../library/queries/follows';
import { exportAnnotations, importAnnotations } from '../annotations/transfer';
import type { ImportJobs } from '../importing/import-jobs';
import { parseInline } from '../importing/parse-runner';
import { CouncilSync } from '../moderngov/council-sync';
import { DeviceSync } from '../sync/device-sync';
import { followCommittee, listCouncils, setCouncilSince } from '../library/queries/councils';
import { libraryHealth, type Db } from '../library/open-library';
import {
  createAnnotation,
  deleteAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
} from '../library/queries/annotations';
import { setAgendaItemConfidential, setDocumentConfidential } from '../library/queries/confidential';
import {
  getDocumentText,
  getOriginalFile,
  markPaperOpened,
  saveReadingPosition,
} from '../library/queries/document-text';
import { getMeeting, listMeetings } from '../library/queries/meetings';
import { meetingChoices, moveDocument } from '../library/queries/move-document';
import { listOutcomes } from '../library/queries/outcomes';
import { rebuildSearchIndex, searchLibrary } from '../library/queries/search';
import { newParagraphs } from '../library/queries/what-is-new';
import { compareVersions } from '../library/queries/versions';
import {
  changeStatus,
  decideProposal,
  getOutcomeDetail,
  setOwnerAndDue,
  setNeedsChasing,
  setRagAndResponse,
  trackerCounts,
  trackerDashboard,
  trackerPage,
  trackerRows,
  withView,
} from '../library/queries/tracker';
import { trackerReminders } from '../library/queries/tracker-reminders';
import { outstandingFile } from '../tracker/reports/outstanding-file';
import { briefFile } from '../questions/brief-file';
import {
  carryOverQuestions,
  createQuestion,
  deleteQuestion,
  followUpQuestion,
  moveQuestion,
  questionWorkspace,
  updateQuestion,
} from '../library/queries/questions';

export interface Services {
  imports: ImportJobs;
  backupFolder?: string;
  /** Council websites; without one, syncs parse on the calling thread (command line, tests). */
  councils?: CouncilSync;
  /** Sync between devices through a CouchDB server. */
  devices?: DeviceSync;
  /** The system's folder chooser (Electron only). */
  pickFolder?: () => Promise<string | null>;
  /** Whether a typed backup folder is taken: only the browser version's, never the app's (its renderer is untrusted). */
  typedFolders?: boolean;
  /** Closes the library, puts a backup in its place and opens it again (the transport that owns the library). */
  restore?: (file: string) => Promise<{ replacedKeptAs: string | null }>;
}

/** The API, implemented once as plain functions over the library. */
export function createHandlers(db: Db, services: Services): Handlers {
  const councils = services.councils ?? new CouncilSync(db, { parse: parseInline });
  const devices = services.devices ?? new DeviceSync(db);
  return {
    listMeetings: () => listMeetings(db),
    homeOverview: () => homeOverview(db),
    setCommitteeFollowed: ({ committeeId, follow }) => {
      setCommitteeFollowed(db, committeeId, follow);
      return homeOverview(db);
    },
    getMeeting: ({ meetingId }) => getMeeting(db, meetingId),
    listOutcomes: () => listOutcomes(db),
    startImport: ({ files, meetingId, skipped }) =>
      services.imports.start(files, meetingId ? { meetingId } : undefined, skipped),
    getImportJob: ({ jobId }) => services.imports.get(jobId),
    prepareImport: () => {
      services.imports.getReadersReady();
      return null;
    },
    cancelImport: ({ jobId }) => services.imports.cancel(jobId),

    meetingChoices: ({ documentId }) => meetingChoices(db, documentId),
    moveDocument: ({ documentId, meetingId }) => moveDocument(db, documentId, meetingId),
    getDocumentText: ({ documentId, version }) => getDocumentText(db, documentId, version),
    getOriginalFile: ({ documentId, version }) => getOriginalFile(db, documentId, version),
    compareVersions: ({ documentId, from, to }) => compareVersions(db, documentId, from, to),
    markPaperOpened: ({ documentId }) => {
      markPaperOpened(db, documentId);
      return null;
    },
    saveReadingPosition: ({ documentId, position }) => {
      saveReadingPosition(db, documentId, position);
      return null;
    },

    listAnnotations: ({ documentId }) => listAnnotations(db, documentId),
    createAnnotation: (input) => createAnnotation(db, input),
    updateAnnotation: ({ annotationId, ...changes }) => updateAnnotation(db, annotationId, changes),
    deleteAnnotation: ({ annotationId }) => {
      deleteAnnotation(db, annotationId);
      return null;
    },
    restoreAnnotation: ({ annotationId }) => restoreAnnotation(db, annotationId),
    exportAnnotations: ({ format, includeConfidential, ...scope }) =>
      exportAnnotations(db, scope, format, includeConfidential),
    setDocumentConfidential: ({ documentId, confidential }) => setDocumentConfidential(db, documentId, confidential),
    setAgendaItemConfidential: ({ agendaItemId, confidential }) => ({
      confidential: setAgendaItemConfidential(db, agendaItemId, confidential),
    }),
    importAnnotations: ({ json }) => importAnnotations(db, json),
    listTracker: (filters) => trackerRows(db, filters),
    pageTracker: ({ filters, after, limit }) =>
      after
        ? trackerPage(db, filters, after, limit)
        : { ...trackerPage(db, filters, null, limit), counts: trackerCounts(db, filters) },
    trackerReminders: ({ seen }) => trackerReminders(db, seen ? { seen } : {}),
    countTracker: (filters) => trackerCounts(db, filters),
    getOutcome: ({ outcomeId }) => getOutcomeDetail(db, outcomeId),
    changeOutcomeStatus: ({ view, ...input }) => withView(db, changeStatus(db, input), view),
    setOutcomeOwnerDue: ({ view, ...input }) => withView(db, setOwnerAndDue(db, input), view),
    setOutcomeNeedsChasing: ({ view, ...input }) => withView(db, setNeedsChasing(db, input), view),
    setOutcomeRagAndResponse: ({ view, ...input }) => withView(db, setRagAndResponse(db, input), view),
    decideFollowUp: ({ proposalId, accept, view }) => withView(db, decideProposal(db, proposalId, accept), view),
    trackerDashboard: () => trackerDashboard(db),
    outstandingReport: ({ format, committee, includeConfidential }) =>
      outstandingFile(db, format, committee, includeConfidential),
    getQuestions: ({ meetingId }) => questionWorkspace(db, meetingId),
    createQuestion: (input) => createQuestion(db, input),
    updateQuestion: ({ questionId, ...changes }) => updateQuestion(db, questionId, changes),
    deleteQuestion: ({ questionId }) => {
      deleteQuestion(db, questionId);
      return null;
    },
    moveQuestion: ({ questionId, agendaItemId, position }) => moveQuestion(db, questionId, agendaItemId, position),
    followUpQuestion: ({ questionId }) => followUpQuestion(db, questionId),
    carryOverQuestions: ({ meetingId }) => carryOverQuestions(db, meetingId),
    exportBrief: ({ meetingId, format, includeConfidential }) => briefFile(db, meetingId, format, includeConfidential),
    backUpNow: async () => {
      if (!services.backupFolder) throw new ApiError('internal', 'Backups are not set up for this library.');
      return backUpLibrary(db, backupPlace(db, services.backupFolder).folder);
    },
    setBackupFolder: ({ folder }) => {
      if (folder !== null && !services.typedFolders)
        throw new ApiError('invalid-input', 'Choose the folder with Choose a folder… in Backups.');
      chooseBackupFolder(db, folder);
      return backupSettings(db, services.backupFolder);
    },
    pickBackupFolder: async () => {
      // The folder comes from the system's own dialog, in the main process: never a path the renderer names.
      const folder = services.pickFolder ? await services.pickFolder() : null;
      if (folder) chooseBackupFolder(db, folder);
      return backupSettings(db, services.backupFolder);
    },
    restoreBackup: async ({ backup }) => {
      if (!services.restore || !services.backupFolder)
        throw new ApiError('internal', 'Restoring is not available here. Use File › Restore from backup… instead.');
      // A backup by its name, in the folder backups go to (or beside the library): never a path from the renderer.
      const place = backupPlace(db, services.backupFolder);
      const found = [place.folder, services.backupFolder]
        .flatMap(listBackups)
        .find((b) => path.basename(b.file) === backup);
      if (!found)
        throw new ApiError('not-found', 'That backup is no longer in the backups folder. Open Backups… again.');
      return services.restore(found.file);
    },
    exportAllNotes: ({ format, includeConfidential }) => exportAllNotes(db, format, includeConfidential),
    getBackupSettings: () => backupSettings(db, services.backupFolder),
    setBackupsKept: ({ kept }) => {
      setBackupsKept(db, kept);
      return backupSettings(db, services.backupFolder);
    },
    search: (query) => searchLibrary(db, query),
    newParagraphs: ({ documentId }) => newParagraphs(db, documentId),
    rebuildSearchIndex: () => {
      rebuildSearchIndex(db);
      return null;
    },

    addCouncil: ({ url, since }) => councils.addCouncil(url, since),
    listCouncils: () => listCouncils(db),
    followCommittee: ({ siteId, committeeId, follow }) => followCommittee(db, siteId, committeeId, follow),
    setCouncilSince: ({ siteId, since }) => setCouncilSince(db, siteId, since),
    startSync: (input) => councils.start(input),
    getSyncJob: ({ jobId }) => councils.get(jobId),
    cancelSync: ({ jobId }) => councils.cancel(jobId),
    latestSync: () => councils.latest(),
    libraryHealth: () => libraryHealth(db),

    getDeviceSync: () => devices.status(),
    setUpDeviceSync: (input) => devices.setUp(input),
    removeDeviceSync: () => devices.remove(),
    setDeviceSyncConfidential: ({ includeConfidential }) => devices.setIncludeConfidential(includeConfidential),
    syncDevicesNow: async ({ password }) => {
      if (password) devices.usePassword(password);
      await devices.syncNow();
      return devices.status();
    },
    listChangedOnTwoDevices: () => devices.conflicts(),
    keepVersions: (input) => devices.keep(input),
  };
}
