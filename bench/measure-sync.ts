import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { fullTextOf } from '../shared/anchoring/full-text';
import { committeeRoles } from '../electron/sync/design-docs';
import { installDesignDocs } from '../electron/sync/install-design-docs';
// The same CouchDB-protocol server (express-pouchdb, in its own process) that the sync tests use.
import { startCouchServer } from '../tests/helpers/couch-server';
import { BOARD, createDevice, type Device } from '../tests/helpers/sync-devices';
import { timeAsync, time } from './stats';

export interface SyncFigures {
  notes: number;
  trackerChanges: number;
  /** The laptop that made them sending them all to the server. */
  sendMs: number;
  /** An empty laptop (the paper imported, nothing else) receiving them all and writing them to its library. */
  receiveMs: number;
  /** The reference: the same rows copied from one library file to the other with SQLite alone. */
  sqliteCopyMs: number;
  /** The receiving process's event loop during the receive: the worst and the 99th percentile delay. */
  eventLoopMaxMs: number;
  eventLoopP99Ms: number;
}

const CHAIR = { name: 'bench.chair', password: 'bench-chair-pw', roles: Object.values(committeeRoles(BOARD)) };

/**
 * 10,000 notes and 10,000 tracker changes replicated through a real CouchDB-protocol
 * server on 127.0.0.1 to an empty laptop, against copying the same rows between two
 * SQLite files; and how long the receiving process's event loop was ever blocked.
 */
export async function measureSync(
  notes: number,
  trackerChanges: number,
  log: (line: string) => void,
): Promise<SyncFigures> {
  const server = await startCouchServer();
  const devices: Device[] = [];
  try {
    await server.addUser(CHAIR);
    await installDesignDocs({ url: server.url, ...server.admin }, [BOARD], [CHAIR.name]);
    const login = { url: server.url, userName: CHAIR.name, password: CHAIR.password };

    const sender = createDevice();
    devices.push(sender);
    await makeWork(sender, notes, trackerChanges);
    await sender.sync.setUp(login);
    log(`sync: ${notes} notes and ${trackerChanges} tracker changes made; sending`);
    const [sendMs, sent] = await timeAsync(() => sender.sync.syncNow());
    if (sent.problem) throw new Error(`Sending failed: ${sent.problem}`);

    const receiver = createDevice();
    devices.push(receiver);
    await receiver.importPaper();
    await receiver.sync.setUp(login);
    log(`sync: sent ${sent.sent} changes in ${Math.round(sendMs / 1000)} s; an empty laptop receives them`);
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const [receiveMs, received] = await timeAsync(() => receiver.sync.syncNow());
    delay.disable();
    if (received.problem) throw new Error(`Receiving failed: ${received.problem}`);
    const got = countRows(receiver);
    if (got.notes !== notes || got.trackerChanges < trackerChanges) {
      throw new Error(`The empty laptop has ${got.notes} notes and ${got.trackerChanges} tracker changes`);
    }

    const target = createDevice();
    devices.push(target);
    await target.importPaper();
    const sqliteCopyMs = copyRows(sender.library.file, target);
    return {
      notes,
      trackerChanges,
      sendMs,
      receiveMs,
      sqliteCopyMs,
      eventLoopMaxMs: delay.max / 1e6,
      eventLoopP99Ms: delay.percentile(99) / 1e6,
    };
  } finally {
    await Promise.all(devices.map((d) => d.close()));
    await server.stop();
  }
}

/** Notes on passages through the paper, and status changes with progress notes through its outcomes, as the app makes them. */
async function makeWork(device: Device, notes: number, trackerChanges: number): Promise<void> {
  const documentId = await device.importPaper();
  const text = fullTextOf((await device.call('getDocumentText', { documentId })).blocks);
  const span = 40;
  for (let i = 0; i < notes; i++) {
    await breathe(i);
    const start = (i * 97) % (text.length - span);
    await device.call('createAnnotation', {
      documentId,
      kind: 'note',
      colour: 'yellow',
      body: `Note ${i + 1}: ask the director about this`,
      start,
      end: start + span,
    });
  }
  const outcomes = await device.call('listTracker', { chasing: 'all' });
  if (outcomes.length === 0) throw new Error('The paper gave no outcomes to track.');
  const statuses = ['in-progress', 'open'] as const;
  for (let i = 0; i < trackerChanges; i++) {
    await breathe(i);
    const outcome = outcomes[i % outcomes.length]!;
    await device.call('changeOutcomeStatus', {
      outcomeId: outcome.id,
      status: statuses[Math.floor(i / outcomes.length) % 2]!,
      note: `Progress note ${i + 1}`,
    });
  }
}

/**
 * Lets the event loop run now and then, as it does between the app's calls. Calls answered
 * at once never leave it, and the HTTP client would then miss the server closing an idle
 * connection and reuse it ("other side closed").
 */
async function breathe(i: number): Promise<void> {
  if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
}

function countRows(device: Device): { notes: number; trackerChanges: number } {
  const one = (sql: string) => device.library.db.prepare(sql).pluck().get() as number;
  return {
    notes: one('SELECT COUNT(*) FROM annotation'),
    trackerChanges: one('SELECT COUNT(*) FROM outcome_status_change WHERE sync_id IS NOT NULL'),
  };
}

/** The reference: the sender's notes and status changes inserted into the other library in one transaction. */
function copyRows(fromFile: string, target: Device): number {
  const source = new Database(fromFile, { readonly: true });
  const columnsOf = (table: string) =>
    (
      source.prepare(`SELECT name FROM pragma_table_info('${table}') WHERE name <> 'id'`).pluck().all() as string[]
    ).join(', ');
  const annotation = columnsOf('annotation');
  const statusChange = columnsOf('outcome_status_change');
  source.close();
  const db = target.library.db;
  db.prepare('ATTACH DATABASE ? AS sender').run(fromFile);
  const [ms] = time(() =>
    db.transaction(() => {
      db.exec(`INSERT INTO main.annotation (${annotation}) SELECT ${annotation} FROM sender.annotation`);
      db.exec(
        `INSERT INTO main.outcome_status_change (${statusChange}) SELECT ${statusChange} FROM sender.outcome_status_change
        WHERE sync_id IS NOT NULL OR author IS NOT NULL`,
      );
    })(),
  );
  db.exec('DETACH DATABASE sender');
  return ms;
}
