import type { Handlers } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { backUpLibrary, backupSettings, setBackupsKept } from '../library/backup';
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
import { getDocumentText, getOriginalFile, saveReadingPosition } from '../library/queries/document-text';
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
  trackerRows,
} from '../library/queries/tracker';
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
}

/** The API, implemented once as plain functions over the library. */
export function createHandlers(db: Db, services: Services): Handlers {
  const councils = services.councils ?? new CouncilSync(db, { parse: parseInline });
  const devices = services.devices ?? new DeviceSync(db);
  return {
    listMeetings: () => listMeetings(db),
    getMeeting: ({ meetingId }) => getMeeting(db, meetingId),
    listOutcomes: () => listOutcomes(db),
    startImport: ({ files, meetingId, skipped }) =>
      services.imports.start(files, meetingId ? { meetingId } : undefined, skipped),
    getImportJob: ({ jobId }) => services.imports.get(jobId),
    cancelImport: ({ jobId }) => services.imports.cancel(jobId),

    meetingChoices: ({ documentId }) => meetingChoices(db, documentId),
    moveDocument: ({ documentId, meetingId }) => moveDocument(db, documentId, meetingId),
    getDocumentText: ({ documentId, version }) => getDocumentText(db, documentId, version),
    getOriginalFile: ({ documentId, version }) => getOriginalFile(db, documentId, version),
    compareVersions: ({ documentId, from, to }) => compareVersions(db, documentId, from, to),
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
    countTracker: (filters) => trackerCounts(db, filters),
    getOutcome: ({ outcomeId }) => getOutcomeDetail(db, outcomeId),
    changeOutcomeStatus: (input) => changeStatus(db, input),
    setOutcomeOwnerDue: (input) => setOwnerAndDue(db, input),
    setOutcomeNeedsChasing: (input) => setNeedsChasing(db, input),
    setOutcomeRagAndResponse: (input) => setRagAndResponse(db, input),
    decideFollowUp: ({ proposalId, accept }) => decideProposal(db, proposalId, accept),
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
      return backUpLibrary(db, services.backupFolder);
    },
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
