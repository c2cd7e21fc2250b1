import { randomUUID } from 'node:crypto';
import { ApiError, DISK_FULL_MESSAGE, isDiskFull } from '../../shared/api/errors';
import type { CouncilSite, SyncJobStatus } from '../../shared/domain';
import { daysFromToday, localDate } from '../../shared/local-date';
import { ImportProblem } from '../importing/import-problem';
import type { ParseRunner } from '../importing/parse-runner';
import { contentHash } from '../importing/store-document';
import {
  councilById,
  followedCommittees,
  getSite,
  knownPapers,
  recordSyncResult,
  saveCouncil,
  sitesWithFollowedCommittees,
  syncedMeetingIds,
  type SiteRow,
} from '../library/queries/councils';
import type { Db } from '../library/open-library';
import { siteRoot } from './site-address';
import { SiteClient, type SiteClientOptions } from './site-client';
import { siteMinutesPapers } from './site-minutes';
import { storeSiteMeeting, type FetchedPaper, type UnfetchedPaper } from './store-site-meeting';
import { SyncProblem } from './sync-problem';
import { getCommittees, getMeeting, getMeetings, type RemoteMeetingSummary } from './web-service';

export interface CouncilSyncOptions {
  parse: ParseRunner;
  client?: Omit<SiteClientOptions, 'signal'>;
  /** Meetings this recent (or upcoming) are checked again for new and re-published papers. */
  recentDays?: number;
}

const DEFAULT_RECENT_DAYS = 90;
const LOOK_AHEAD_DAYS = 365;

/**
 * Keeps the followed committees' meetings and papers in the library: one sync at a
 * time, with progress and Cancel. Each meeting is written in one transaction, so a
 * failed or cancelled sync never leaves half a meeting behind.
 */
export class CouncilSync {
  private current: { status: SyncJobStatus; abort: AbortController; done: Promise<void> } | null = null;

  constructor(
    private readonly db: Db,
    private readonly options: CouncilSyncOptions,
  ) {}

  /** Checks the address is a ModernGov site and lists its committees. */
  async addCouncil(typedUrl: string, since?: string): Promise<CouncilSite> {
    const url = problemAsApiError(() => siteRoot(typedUrl));
    const client = new SiteClient(url, { ...this.options.client, retries: 1 });
    const committees = await getCommittees(client).catch((error: unknown) => {
      if (error instanceof SyncProblem && !['offline', 'timeout', 'refused', 'cancelled'].includes(error.code)) {
        throw new ApiError(
          'not-found',
          'The address does not look like a ModernGov committee website. Check it, or import the papers by hand.',
        );
      }
      throw toApiError(error);
    });
    if (committees.length === 0) {
      throw new ApiError('not-found', 'The council’s website lists no committees. Check the address.');
    }
    const siteId = saveCouncil(this.db, url, new URL(url).hostname, since ?? yearsAgo(1), committees);
    return councilById(this.db, siteId);
  }

  hasFollowedCommittees(): boolean {
    return sitesWithFollowedCommittees(this.db).length > 0;
  }

  start(input: { siteId?: number; since?: string } = {}): SyncJobStatus {
    if (this.current?.status.state === 'running') return structuredClone(this.current.status);
    const sites = input.siteId ? [getSite(this.db, input.siteId)] : sitesWithFollowedCommittees(this.db);
    if (sites.length === 0 || sites.every((s) => followedCommittees(this.db, s.id).length === 0)) {
      throw new ApiError('invalid-input', 'Tick at least one committee to follow first.');
    }
    const status: SyncJobStatus = {
      id: randomUUID(),
      state: 'running',
      progress: 0,
      message: 'Asking the council’s website for meetings…',
      arrived: [],
      problems: [],
      startedAt: new Date().toISOString(),
      finishedAt: null,
    };
    const abort = new AbortController();
    const job = { status, abort, done: Promise.resolve() };
    job.done = this.run(status, sites, input.since, abort.signal);
    this.current = job;
    return structuredClone(status);
  }

  get(id: string): SyncJobStatus {
    if (!this.current || this.current.status.id !== id)
      throw new ApiError('not-found', 'That sync is no longer running.');
    return structuredClone(this.current.status);
  }

  latest(): SyncJobStatus | null {
    return this.current ? structuredClone(this.current.status) : null;
  }

  cancel(id: string): SyncJobStatus {
    if (this.current?.status.id === id) this.current.abort.abort();
    return this.get(id);
  }

  async finished(id: string): Promise<SyncJobStatus> {
    if (this.current?.status.id === id) await this.current.done;
    return this.get(id);
  }

  private async run(status: SyncJobStatus, sites: SiteRow[], since: string | undefined, signal: AbortSignal) {
    try {
      for (const [index, site] of sites.entries()) {
        await this.syncSite(site, since ?? site.since, status, signal, (f) => {
          status.progress = (index + f) / sites.length;
        });
      }
      status.state = 'finished';
      status.message = summary(status);
    } catch (error) {
      const problem = error instanceof SyncProblem ? error : null;
      if (problem?.code === 'cancelled' || signal.aborted) {
        status.state = 'cancelled';
        status.message = 'Sync cancelled. Meetings already downloaded are kept; the rest will come at the next sync.';
      } else {
        status.state = 'failed';
        status.message =
          problem?.message ??
          (isDiskFull(error)
            ? DISK_FULL_MESSAGE
            : 'Something went wrong during the sync. Nothing half-downloaded was kept.');
        if (!problem && !isDiskFull(error)) console.error(error);
      }
    }
    status.progress = 1;
    status.finishedAt = new Date().toISOString();
  }

  private async syncSite(
    site: SiteRow,
    since: string,
    status: SyncJobStatus,
    signal: AbortSignal,
    onProgress: (fraction: number) => void,
  ): Promise<void> {
    const client = new SiteClient(site.url, { ...this.options.client, signal });
    try {
      const synced = syncedMeetingIds(this.db, site.id);
      const recentFrom = daysFromToday(-(this.options.recentDays ?? DEFAULT_RECENT_DAYS));
      const toVisit: { committee: string; meeting: RemoteMeetingSummary }[] = [];
      for (const committee of followedCommittees(this.db, site.id)) {
        status.message = `Looking for meetings of ${committee.title}…`;
        const meetings = await getMeetings(client, committee.remoteId, since, daysFromToday(LOOK_AHEAD_DAYS));
        for (const meeting of meetings) {
          if (!synced.has(meeting.id) || meeting.date >= recentFrom)
            toVisit.push({ committee: committee.title, meeting });
        }
      }
      toVisit.sort((a, b) => a.meeting.date.localeCompare(b.meeting.date));
      for (const [index, { committee, meeting }] of toVisit.entries()) {
        status.message = `Downloading ${committee}, ${longDate(meeting.date)}…`;
        await this.syncMeeting(client, site, committee, meeting, status, signal, (f) =>
          onProgress((index + f) / toVisit.length),
        );
      }
      recordSyncResult(this.db, site.id, problemsOrDone(status));
    } catch (error) {
      if (error instanceof SyncProblem && error.code !== 'cancelled') {
        recordSyncResult(this.db, site.id, error.message);
      }
      throw error;
    }
  }

  private async syncMeeting(
    client: SiteClient,
    site: SiteRow,
    committee: string,
    summaryRow: RemoteMeetingSummary,
    status: SyncJobStatus,
    signal: AbortSignal,
    onProgress: (fraction: number) => void,
  ): Promise<void> {
    const label = `${committee}, ${longDate(summaryRow.date)}`;
    try {
      const remote = await getMeeting(client, summaryRow.id);
      const known = knownPapers(this.db, site.id);
      const links = [
        ...remote.documents.map((remoteDoc) => ({ remote: remoteDoc, remoteItemId: null as number | null })),
        ...remote.items.flatMap((item) =>
          item.documents.map((remoteDoc) => ({ remote: remoteDoc, remoteItemId: item.id })),
        ),
      ];
      const unique = links.filter(
        (l, i) => links.findIndex((o) => o.remote.attachmentId === l.remote.attachmentId) === i,
      );
      const fetched: FetchedPaper[] = [];
      const unfetched: UnfetchedPaper[] = [];
      for (const [index, link] of unique.entries()) {
        onProgress(index / Math.max(1, unique.length));
        if (link.remote.restricted) {
          unfetched.push({ ...link, problem: 'Restricted: the council has not published this paper.' });
          continue;
        }
        try {
          const { bytes } = await client.download(link.remote.url);
          if (known.get(link.remote.attachmentId)?.hash === contentHash(bytes)) continue;
          const file = { name: fileNameOf(link.remote.url, link.remote.title), data: bytes };
          const parsed = await this.options.parse(file, () => undefined, signal);
          fetched.push({ ...link, file, parsed });
        } catch (error) {
          if (error instanceof SyncProblem && (error.transient || error.code === 'cancelled')) throw error;
          if (error instanceof ImportProblem && error.code === 'cancelled')
            throw new SyncProblem('cancelled', 'cancelled');
          const reason =
            error instanceof SyncProblem || error instanceof ImportProblem ? error.message : 'it could not be read.';
          if (!(error instanceof SyncProblem || error instanceof ImportProblem)) console.error(error);
          unfetched.push({
            ...link,
            problem: error instanceof ImportProblem ? `Could not be read: ${reason}` : reason,
          });
          status.problems.push(`${label}: “${link.remote.title}” was not downloaded. ${reason}`);
        }
      }
      if (signal.aborted) throw new SyncProblem('cancelled', 'cancelled');
      const siteMinutes = siteMinutesPapers(committee, remote);
      const stored = storeSiteMeeting(this.db, site, committee, remote, { fetched, unfetched, siteMinutes });
      const arrived = describeArrivals(stored, label);
      if (arrived) status.arrived.push(arrived);
    } catch (error) {
      if (!(error instanceof SyncProblem) || error.code === 'cancelled') throw error;
      if (['refused', 'offline', 'not-moderngov'].includes(error.code)) throw error;
      status.problems.push(
        `${label}: not downloaded this time. ${error.message} It will be tried again at the next sync.`,
      );
    }
  }
}

function describeArrivals(
  { newPapers, newVersions, newMinutes }: { newPapers: number; newVersions: number; newMinutes: number },
  label: string,
): string | null {
  const parts = [
    newPapers > 0 ? `${newPapers} new paper${newPapers === 1 ? '' : 's'}` : '',
    newVersions > 0 ? `${newVersions} updated paper${newVersions === 1 ? '' : 's'}` : '',
    newMinutes > 0 ? `minutes of ${newMinutes} item${newMinutes === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return parts.length ? `${parts.join(' and ')} for ${label}` : null;
}

function summary(status: SyncJobStatus): string {
  if (status.arrived.length === 0 && status.problems.length === 0)
    return 'Up to date: nothing new on the council’s website.';
  const arrived = status.arrived.length ? `${status.arrived.join('; ')}.` : 'Nothing new arrived.';
  return status.problems.length ? `${arrived} ${status.problems.length} problem(s): see below.` : arrived;
}

function problemsOrDone(status: SyncJobStatus): string {
  if (status.problems.length) return status.problems.join(' ');
  return status.arrived.length ? `${status.arrived.join('; ')}.` : 'Up to date.';
}

function fileNameOf(url: string, title: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  if (/\.(pdf|docx?|html?|txt)$/i.test(last)) return last.slice(0, 200);
  return `${title.replace(/[^\w\s.-]+/g, '').slice(0, 150) || 'Paper'}.pdf`;
}

export function longDate(iso: string): string {
  const date = new Date(`${iso}T12:00:00Z`);
  const sameYear = date.getUTCFullYear() === new Date().getUTCFullYear();
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone: 'UTC',
  });
}

function yearsAgo(years: number): string {
  const now = new Date();
  return localDate(new Date(now.getFullYear() - years, now.getMonth(), now.getDate()));
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof SyncProblem) {
    return new ApiError(error.code === 'cancelled' ? 'cancelled' : 'not-found', error.message);
  }
  console.error(error);
  return new ApiError('internal', 'Something went wrong while checking the council’s website.');
}

function problemAsApiError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof SyncProblem) throw new ApiError('invalid-input', error.message);
    throw error;
  }
}
