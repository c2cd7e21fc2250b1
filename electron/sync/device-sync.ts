import type { Doc } from 'pouchdb-core';
import type { ChangedOnTwoDevices, DeviceSyncStatus } from '../../shared/device-sync';
import { ApiError } from '../../shared/api/errors';
import type { Db } from '../library/open-library';
import { applyChanges, applyWaitingChanges } from '../library/sync/apply-changes';
import {
  changeCounts,
  markRefused,
  markSent,
  MEMBER_DATABASE,
  storedChanges,
  unsentIds,
} from '../library/sync/change-log';
import { listConflicts, resolveConflict } from '../library/sync/conflicts';
import { makeChanges, type SyncIdentity } from '../library/sync/make-changes';
import {
  forgetSyncServer,
  readSyncServer,
  recordSyncAttempt,
  saveSyncServer,
  setIncludeConfidential,
  setTrackerSlugs,
  type SyncServerRow,
} from '../library/sync/sync-settings';
import { isChangeDocument, type StoredChange } from './change-documents';
import { committeeSlugsOfRoles, memberDatabaseName, trackerDatabaseName } from './design-docs';
import { loadPouch, type PouchDatabase } from './pouchdb';
import { keepNothing, type SecretStore } from './secret-store';
import { OFFLINE, SyncProblem, syncProblemOf } from './sync-problem';

const TRACKER_PREFIX = 'scrutineer-tracker-';
/** Large batches to send: most documents are small. */
const BATCH = 500;
/** Changes received are written to the library a batch at a time; a smaller batch keeps each pause of the app short. */
const RECEIVE_BATCH = 100;

export interface SyncReport {
  sent: number;
  received: number;
  problem: string | null;
  refused: number;
}

interface Login {
  url: string;
  userName: string;
  password: string;
}

/**
 * Replicates the member's own database and their committees' trackers with PouchDB.
 * The device's replication copy of each is in memory, rebuilt from the library's change
 * log when the app starts; received documents are written to the library in the same
 * step as they arrive, and the copy is dropped whenever that fails.
 */
export class DeviceSync {
  private copies = new Map<string, PouchDatabase>();
  private sessionPassword: string | null = null;
  private running: Promise<SyncReport> | null = null;
  private readonly instance = Math.random().toString(36).slice(2);

  constructor(
    private readonly db: Db,
    private readonly secrets: SecretStore = keepNothing,
  ) {}

  /** Checks the address and the password with the server, then keeps them (the password in secure storage). */
  async setUp(input: {
    url: string;
    userName: string;
    password: string;
    includeConfidential?: boolean;
  }): Promise<DeviceSyncStatus> {
    const url = normaliseUrl(input.url);
    try {
      await this.session({ url, userName: input.userName, password: input.password });
    } catch (error) {
      throw new ApiError('invalid-input', syncProblemOf(error, input).message);
    }
    const keep = this.secrets.canKeep();
    saveSyncServer(this.db, {
      url,
      userName: input.userName,
      passwordSealed: keep ? this.secrets.seal(input.password) : null,
      includeConfidential: input.includeConfidential ?? false,
    });
    this.sessionPassword = input.password;
    await this.dropCopies();
    return this.status();
  }

  setIncludeConfidential(include: boolean): DeviceSyncStatus {
    setIncludeConfidential(this.db, include);
    return this.status();
  }

  /**
   * Stops syncing with the server and forgets it, with the kept password. Everything stays
   * in the library (and on the server); setting a server up again offers it all again.
   */
  async remove(): Promise<DeviceSyncStatus> {
    await this.running?.catch(() => undefined);
    forgetSyncServer(this.db);
    this.sessionPassword = null;
    await this.dropCopies();
    return this.status();
  }

  /** For the command line and the host, which keep no password: use this one while running. */
  usePassword(password: string): void {
    this.sessionPassword = password;
  }

  status(): DeviceSyncStatus {
    const server = readSyncServer(this.db);
    const counts = changeCounts(this.db);
    const problem = server?.lastProblem ?? null;
    return {
      configured: server !== null,
      url: server?.url ?? null,
      userName: server?.userName ?? null,
      includeConfidential: server?.includeConfidential ?? false,
      passwordKept: server?.passwordSealed != null,
      canKeepPassword: this.secrets.canKeep(),
      needsPassword: server !== null && server.passwordSealed === null && this.sessionPassword === null,
      state: !server
        ? 'off'
        : this.running
          ? 'syncing'
          : problem === OFFLINE
            ? 'offline'
            : problem
              ? 'problem'
              : 'synced',
      lastSyncedAt: server?.lastSyncedAt ?? null,
      waiting: server ? counts.waiting : 0,
      problem,
      refused: counts.refused,
      conflicts: counts.conflicts,
      waitingForPapers: counts.waitingForPapers,
      trackers: server?.trackerSlugs ?? [],
    };
  }

  conflicts(): ChangedOnTwoDevices[] {
    return listConflicts(this.db);
  }

  keep(input: { entity: 'annotation' | 'question'; key: string; keep: string[] }): ChangedOnTwoDevices[] {
    resolveConflict(this.db, input.entity, input.key, input.keep);
    return listConflicts(this.db);
  }

  /** One sync; a second call while one runs waits for it. */
  syncNow(): Promise<SyncReport> {
    this.running ??= this.syncOnce().finally(() => (this.running = null));
    return this.running;
  }

  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.dropCopies();
  }

  /** Whether the signed-in user may use a committee's tracker; the server decides. */
  async checkTracker(committeeName: string): Promise<void> {
    const server = readSyncServer(this.db);
    if (!server) throw new ApiError('invalid-input', 'Set up sync first: choose Sync… and give the server’s address.');
    const login = this.login(server);
    let status: number;
    try {
      status = (
        await fetch(`${login.url}/${trackerDatabaseName(committeeName)}`, {
          headers: { authorization: basicAuth(login) },
        })
      ).status;
    } catch (error) {
      throw new ApiError('invalid-input', syncProblemOf(error, login).message);
    }
    if (status >= 300) {
      throw new ApiError(
        'invalid-input',
        syncProblemOf({ status }, { committee: committeeName, userName: login.userName }).message,
      );
    }
  }

  private login(server: SyncServerRow): Login {
    let password = this.sessionPassword;
    if (password === null && server.passwordSealed) password = this.secrets.open(server.passwordSealed);
    if (password === null) {
      throw new SyncProblem('wrong-password', 'Type your sync password under Sync… to sync on this device.');
    }
    return { url: server.url, userName: server.userName, password };
  }

  private async session(login: Login): Promise<string[]> {
    let answer: Response;
    try {
      answer = await fetch(`${login.url}/_session`, { headers: { authorization: basicAuth(login) } });
    } catch (error) {
      throw syncProblemOf(error, login);
    }
    const body = (await answer.json().catch(() => null)) as {
      userCtx?: { name: string | null; roles: string[] };
    } | null;
    if (answer.status === 401 || (answer.ok && body?.userCtx?.name !== login.userName)) {
      throw syncProblemOf({ status: 401 }, login);
    }
    if (!answer.ok) throw syncProblemOf({ status: answer.status, message: answer.statusText }, login);
    return body?.userCtx?.roles ?? [];
  }

  private async syncOnce(): Promise<SyncReport> {
    const server = readSyncServer(this.db);
    if (!server) throw new ApiError('invalid-input', 'Set up sync first: choose Sync… and give the server’s address.');
    const report: SyncReport = { sent: 0, received: 0, problem: null, refused: 0 };
    const at = new Date().toISOString();
    try {
      const login = this.login(server);
      const roles = await this.session(login);
      const slugs = committeeSlugsOfRoles(roles);
      setTrackerSlugs(this.db, slugs);
      const who: SyncIdentity = {
        author: server.userName,
        device: server.deviceId,
        includeConfidential: server.includeConfidential,
        trackerSlugs: slugs,
      };
      makeChanges(this.db, who);
      applyWaitingChanges(this.db, who);
      const databases: { local: string; remote: string; committee?: string }[] = [
        { local: MEMBER_DATABASE, remote: memberDatabaseName(server.userName) },
        ...slugs.map((slug) => ({
          local: `${TRACKER_PREFIX}${slug}`,
          remote: `${TRACKER_PREFIX}${slug}`,
          committee: slug,
        })),
      ];
      for (const database of databases) {
        try {
          await this.replicateRetryingOnce(login, database, who, report);
        } catch (error) {
          const problem = syncProblemOf(error, { committee: database.committee, userName: login.userName });
          // One committee's tracker refusing does not stop the rest.
          if (problem.kind === 'not-on-committee' || (problem.kind === 'no-database' && database.committee)) {
            report.problem ??= problem.message;
            continue;
          }
          throw problem;
        }
      }
      recordSyncAttempt(this.db, { at, problem: report.problem });
    } catch (error) {
      const problem = syncProblemOf(error, { userName: server.userName });
      report.problem = problem.message;
      if (problem.kind !== 'disk-full') recordSyncAttempt(this.db, { at, problem: problem.message });
    }
    return report;
  }

  /**
   * A connection the server closed while this process was busy fails the next request
   * ("other side closed"); one more try on a fresh connection tells that from a server
   * that cannot be reached.
   */
  private async replicateRetryingOnce(...args: Parameters<DeviceSync['replicate']>): Promise<void> {
    try {
      await this.replicate(...args);
    } catch (error) {
      if (syncProblemOf(error, { userName: args[0].userName }).kind !== 'offline') throw error;
      await this.replicate(...args);
    }
  }

  private async copyOf(login: Login, database: string): Promise<PouchDatabase> {
    const name = `${login.url}|${login.userName}|${database}`;
    let copy = this.copies.get(name);
    if (!copy) {
      const Pouch = await loadPouch();
      copy = new Pouch(`scrutineer-${this.instance}-${this.copies.size}-${database}`, { adapter: 'memory' });
      await putAll(copy, storedChanges(this.db, database));
      this.copies.set(name, copy);
    }
    return copy;
  }

  private async dropCopies(): Promise<void> {
    const copies = [...this.copies.values()];
    this.copies.clear();
    await Promise.all(copies.map((c) => c.destroy().catch(() => undefined)));
  }

  private async replicate(
    login: Login,
    database: { local: string; remote: string },
    who: SyncIdentity,
    report: SyncReport,
  ): Promise<void> {
    const copy = await this.copyOf(login, database.local);
    const Pouch = await loadPouch();
    const remote = new Pouch(`${login.url}/${database.remote}`, {
      skip_setup: true,
      auth: { username: login.userName, password: login.password },
    });
    // PouchDB asks the source for progress figures without waiting for the answer; a server
    // that dies meanwhile would leave that request's failure unhandled. Replication itself
    // still fails, and says so, on its own requests.
    const info = remote.info.bind(remote);
    remote.info = () => info().catch(() => ({ doc_count: 0, update_seq: 0 }));
    try {
      const unsent = unsentIds(this.db, database.local);
      await putAll(copy, storedChanges(this.db, database.local, true));
      const pushed = await copy.replicate.to(remote, { batch_size: BATCH });
      const refusals = pushed.errors
        .filter((e) => e.id && unsent.includes(e.id))
        .map((e) => ({ id: e.id as string, reason: e.reason ?? e.message ?? 'refused' }));
      const refusedIds = new Set(refusals.map((r) => r.id));
      markRefused(this.db, refusals);
      markSent(
        this.db,
        unsent.filter((id) => !refusedIds.has(id)),
      );
      report.sent += unsent.length - refusals.length;
      report.refused += refusals.length;

      let failure: unknown = null;
      const pull = copy.replicate.from(remote, { batch_size: RECEIVE_BATCH });
      pull.on('change', (info) => {
        if (failure) return;
        try {
          const docs = info.docs.filter((d) => isChangeDocument(d)) as unknown as StoredChange[];
          report.received += applyChanges(this.db, database.local, docs, who);
        } catch (error) {
          failure = error;
          pull.cancel();
        }
      });
      await pull;
      if (failure) throw failure as Error;
    } catch (error) {
      // The copy may now hold what the library does not: rebuild it next time.
      this.copies.delete(`${login.url}|${login.userName}|${database.local}`);
      await copy.destroy().catch(() => undefined);
      throw error;
    } finally {
      await remote.close().catch(() => undefined);
    }
  }
}

async function putAll(copy: PouchDatabase, docs: StoredChange[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 2000) {
    await copy.bulkDocs(docs.slice(i, i + 2000) as unknown as Doc[], { new_edits: false });
  }
}

function basicAuth(login: { userName: string; password: string }): string {
  return `Basic ${Buffer.from(`${login.userName}:${login.password}`).toString('base64')}`;
}

export function normaliseUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  const withScheme = /^https?:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme).toString().replace(/\/+$/, '');
  } catch {
    throw new ApiError(
      'invalid-input',
      `“${url}” is not a web address. Type it as your council’s IT gave it, e.g. https://sync.mycouncil.gov.uk.`,
    );
  }
}
