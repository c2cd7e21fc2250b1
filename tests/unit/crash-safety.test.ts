import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch } from '../../electron/api/dispatch';
import { createHandlers } from '../../electron/api/handlers';
import { ImportJobs } from '../../electron/importing/import-jobs';
import { parseInline } from '../../electron/importing/parse-runner';
import { listBackups } from '../../electron/library/backup';
import { openLibrary, type Db } from '../../electron/library/open-library';
import type { Annotation } from '../../shared/domain';
import { api, generatedRoot, repoRoot, sharedKentPdf, sharedMinutes } from '../helpers/fixture-files';
import { seedFromEnv, seededRandom } from '../helpers/fuzz/seeded-random';
import { tempDir } from '../helpers/temp-library';
import { startCouchServer } from '../helpers/couch-server';
import { createDevice } from '../helpers/sync-devices';
import { installDesignDocs } from '../../electron/sync/install-design-docs';
import { DeviceSync } from '../../electron/sync/device-sync';

/**
 * A laptop's battery dies, or the app is killed, in the middle of an import or
 * a note. A child process (tests/helpers/crash-child.ts) imports papers and
 * writes notes through the real API until it is killed with SIGKILL at a
 * random moment; after each kill the library must open, pass SQLite's and the
 * search index's own checks, hold no half-imported paper, and have every note
 * the app said was saved, as it was last saved.
 *
 * npm test kills it SCRUTINEER_CRASH_RUNS (default 20) times from a fixed seed;
 * SCRUTINEER_CRASH_RUNS=500 SCRUTINEER_CRASH_SEED=7 runs longer, or differently.
 */
const RUNS = Number(process.env.SCRUTINEER_CRASH_RUNS ?? 20);
const SEED = seedFromEnv('SCRUTINEER_CRASH_SEED', 6);

let child: string;
let syncChild: string;
let dir: string;
beforeAll(async () => {
  fs.mkdirSync(generatedRoot, { recursive: true });
  dir = fs.mkdtempSync(path.join(generatedRoot, 'crash-'));
  child = path.join(dir, 'crash-child.mjs');
  // Bundled, so each start takes a fraction of a second rather than compiling TypeScript.
  syncChild = path.join(dir, 'crash-sync-child.mjs');
  for (const [entry, outfile] of [
    ['crash-child.ts', child],
    ['crash-sync-child.ts', syncChild],
  ] as const) {
    await build({
      entryPoints: [path.join(repoRoot, 'tests', 'helpers', entry)],
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      packages: 'external',
      outfile,
      logLevel: 'warning',
    });
  }
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type ChildLine =
  | { ready: true }
  | { intent: 'create'; body: string }
  | { intent: 'edit'; id: number; body: string }
  | { intent: 'delete'; id: number }
  | { saved: number; body: string }
  | { deleted: number }
  | { backingUp: true }
  | { importing: string }
  | { imported: string };

/**
 * Starts the child, lets it work for `workMs` after it has opened the library,
 * then kills it; with `atNote`, at the first note being saved after that, as
 * close to the write as one process can get to another's.
 */
function runAndKill(library: string, seed: number, workMs: number, atNote: boolean): Promise<ChildLine[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, [child, library, String(seed), sharedMinutes, sharedKentPdf], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    let armed = false;
    const kill = () => {
      if (!killed) killed = process_.kill('SIGKILL');
    };
    process_.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (out === '' && chunk.length > 0) {
        setTimeout(() => {
          if (!atNote) return kill();
          armed = true;
          setTimeout(kill, 3000); // in case no note comes
        }, workMs);
      }
      if (armed && text.includes('"intent"')) kill();
      out += text;
    });
    process_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    process_.on('close', (code, signal) => {
      if (!killed || signal !== 'SIGKILL') {
        reject(new Error(`The child stopped by itself (code ${code}, signal ${signal}) before it was killed:\n${err}`));
        return;
      }
      // A line is written whole or not at all (short writes to a pipe are atomic), so only a cut-off tail is dropped.
      const complete = out.slice(0, out.lastIndexOf('\n') + 1);
      resolve(
        complete
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as ChildLine),
      );
    });
  });
}

/** What the parent knows about one note: its last saved text, and a change that may or may not have landed. */
interface KnownNote {
  body: string;
  pendingBody?: string;
  deleted: 'no' | 'pending' | 'yes';
}

function learn(notes: Map<number, KnownNote>, lines: ChildLine[]): number {
  let saves = 0;
  for (const line of lines) {
    if ('saved' in line) {
      notes.set(line.saved, { body: line.body, deleted: 'no' });
      saves++;
    } else if ('deleted' in line) {
      notes.set(line.deleted, { body: notes.get(line.deleted)?.body ?? '', deleted: 'yes' });
      saves++;
    } else if ('intent' in line && line.intent === 'edit') {
      const note = notes.get(line.id);
      if (note) note.pendingBody = line.body;
    } else if ('intent' in line && line.intent === 'delete') {
      const note = notes.get(line.id);
      if (note) note.deleted = 'pending';
    }
  }
  return saves;
}

/** Every way an interrupted write could show, checked as SQLite and the app see the library. */
async function checkLibrary(db: Db, notes: Map<number, KnownNote>): Promise<number> {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  const ftsTables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'")
    .pluck()
    .all() as string[];
  expect(ftsTables.length).toBeGreaterThanOrEqual(5);
  // FTS5's own check, against its content table too (rank 1); it throws on any mismatch.
  for (const table of ftsTables) db.prepare(`INSERT INTO ${table}(${table}, rank) VALUES ('integrity-check', 1)`).run();

  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const halfImported = {
    'meetings with no paper': count(
      'SELECT COUNT(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.meeting_id = m.id)',
    ),
    'papers with no version': count(
      'SELECT COUNT(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM document_version v WHERE v.document_id = d.id)',
    ),
    'versions with no text': count(
      'SELECT COUNT(*) FROM document_version v WHERE NOT EXISTS (SELECT 1 FROM block b WHERE b.version_id = v.id)',
    ),
    'versions not numbered 1, 2, 3…': count(
      'SELECT COUNT(*) FROM (SELECT document_id FROM document_version GROUP BY document_id HAVING MAX(version) <> COUNT(*))',
    ),
    'original files of no version': count(
      'SELECT COUNT(*) FROM original_file o WHERE NOT EXISTS (SELECT 1 FROM document_version v WHERE v.file_hash = o.hash)',
    ),
    'blocks searched that are not the latest version, or the other way round': count(
      `SELECT COUNT(*) FROM block b JOIN document_version v ON v.id = b.version_id
      WHERE b.current <> (v.version = (SELECT MAX(version) FROM document_version WHERE document_id = v.document_id))`,
    ),
  };
  expect(halfImported).toEqual(Object.fromEntries(Object.keys(halfImported).map((k) => [k, 0])));

  // Every backup the app lists (a half-written one is never given a backup's name) is a whole library.
  const backups = listBackups(path.join(path.dirname(db.name), 'backups'));
  for (const backup of backups) {
    const copy = new Database(backup.file, { readonly: true, fileMustExist: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true }), backup.file).toBe('ok');
    } finally {
      copy.close();
    }
  }

  // Every note the app said was saved, as the member would see it.
  const imports = new ImportJobs(db, parseInline);
  const importer = { imports, dispatch: createDispatch(createHandlers(db, { imports })) };
  const documents = db.prepare('SELECT id FROM document').pluck().all() as number[];
  const shown = new Map<number, Annotation>();
  for (const documentId of documents) {
    for (const annotation of await api(importer, 'listAnnotations', { documentId }))
      shown.set(annotation.id, annotation);
  }
  const lost: string[] = [];
  for (const [id, note] of notes) {
    const annotation = shown.get(id);
    if (note.deleted === 'yes') {
      if (annotation) lost.push(`note ${id} was deleted but is back`);
    } else if (!annotation) {
      if (note.deleted === 'no') lost.push(`note ${id} ("${note.body.slice(0, 30)}") is missing`);
    } else if (annotation.body !== note.body && annotation.body !== note.pendingBody) {
      lost.push(`note ${id} reads "${annotation.body.slice(0, 30)}", not "${note.body.slice(0, 30)}"`);
    }
  }
  expect(lost).toEqual([]);

  // What landed is now the known state for the next run.
  for (const [id, note] of notes) {
    const annotation = shown.get(id);
    notes.set(id, annotation ? { body: annotation.body, deleted: 'no' } : { ...note, deleted: 'yes' });
  }
  return backups.length;
}

describe('killed at random moments while importing and writing notes', () => {
  it(
    `keeps the library whole and every saved note, over ${RUNS} kills`,
    async () => {
      const work = tempDir();
      const library = path.join(work, 'library.sqlite');
      const random = seededRandom(SEED);
      const notes = new Map<number, KnownNote>();
      let saves = 0;
      let killedImporting = 0;
      let papers = 0;
      let killedWritingNote = 0;
      let killedBackingUp = 0;
      let backupsChecked = 0;
      const started = performance.now();
      try {
        for (let run = 0; run < RUNS; run++) {
          // A fresh library every 25 kills: a long run should not slow down as one library grows.
          if (run > 0 && run % 25 === 0) {
            for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${library}${suffix}`, { force: true });
            fs.rmSync(path.join(work, 'backups'), { recursive: true, force: true });
            notes.clear();
          }
          // Mostly short lives, some long enough for several imports.
          const workMs = random.next() < 0.7 ? 20 + random.int(500) : 500 + random.int(1000);
          const lines = await runAndKill(library, SEED * 100_000 + run, workMs, random.next() < 0.3);
          saves += learn(notes, lines);
          papers += lines.filter((l) => 'imported' in l && l.imported !== 'failed').length;
          const last = lines.at(-1);
          if (last && 'importing' in last) killedImporting++;
          if (last && 'intent' in last) killedWritingNote++;
          if (last && 'backingUp' in last) killedBackingUp++;
          const db = openLibrary(library);
          try {
            backupsChecked = Math.max(backupsChecked, await checkLibrary(db, notes));
          } catch (error) {
            throw new Error(`After kill ${run + 1} (seed ${SEED}, ${workMs} ms): ${(error as Error).message}`);
          } finally {
            db.close();
          }
        }
        console.log(
          `${RUNS} kills in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
            `${saves} saves reported, ${notes.size} notes, ${papers} papers imported, ` +
            `${killedImporting} kills during an import, ${killedWritingNote} while a note was being saved, ${killedBackingUp} during a backup; ${backupsChecked} backups whole; nothing lost.`,
        );
        expect(saves).toBeGreaterThan(RUNS);
        expect(papers).toBeGreaterThan(2);
        expect(killedImporting).toBeGreaterThan(0);
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
    30_000 + RUNS * 6_000,
  );
});

/**
 * Killed at random moments while syncing: the library opens whole, every note it received
 * is whole (a change is in the log only with the note it made), and the next sync brings
 * the rest, so that nothing sent from the other laptop is lost.
 */
describe('killed at random moments while syncing', () => {
  const KILLS = Math.max(3, Math.round(RUNS / 4));

  it(`keeps the library whole and loses no note, over ${KILLS} kills`, async () => {
    const server = await startCouchServer();
    const user = { name: 'crash.member', password: 'crash-pw' };
    await server.addUser({ ...user, roles: [] });
    await installDesignDocs({ url: server.url, ...server.admin }, [], [user.name]);
    const sender = createDevice();
    const receiver = createDevice();
    const random = seededRandom(SEED);
    try {
      const paper = await sender.importPaper();
      await receiver.importPaper();
      const versionId = (await sender.call('getDocumentText', { documentId: paper })).versionId;
      const insert = sender.library.db.prepare(
        `INSERT INTO annotation (document_id, version_id, kind, body, exact, start_offset, end_offset, uuid)
        VALUES (?, ?, 'note', ?, 'Staff', 0, 5, lower(hex(randomblob(16))))`,
      );
      const many = 2000;
      sender.library.db.transaction(() => {
        for (let i = 0; i < many; i++) insert.run(paper, versionId, `note ${i}`);
      })();
      for (const device of [sender, receiver])
        await device.sync.setUp({ url: server.url, userName: user.name, password: user.password });
      expect((await sender.sync.syncNow()).problem).toBeNull();
      const libraryFile = receiver.library.file;
      await receiver.sync.close();
      receiver.library.db.close();

      const received: number[] = [];
      for (let kill = 0; kill < KILLS; kill++) {
        await runSyncAndKill(libraryFile, user.password, 100 + random.int(1500));
        const db = openLibrary(libraryFile);
        try {
          expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
          const broken = db
            .prepare(
              `SELECT COUNT(*) FROM sync_change c WHERE c.entity = 'annotation' AND c.applied = 1
              AND NOT EXISTS (SELECT 1 FROM annotation a WHERE a.uuid = c.entity_key)`,
            )
            .pluck()
            .get();
          expect(broken, `after kill ${kill + 1}`).toBe(0);
          received.push(db.prepare('SELECT COUNT(*) FROM annotation').pluck().get() as number);
        } finally {
          db.close();
        }
      }
      console.log(`Notes received when each sync was killed: ${received.join(', ')} of ${many}.`);
      // Killed part-way through receiving at least once, not only before or after.
      expect(received.some((count) => count > 0 && count < many)).toBe(true);
      const db = openLibrary(libraryFile);
      const after = new DeviceSync(db);
      try {
        await after.setUp({ url: server.url, userName: user.name, password: user.password });
        expect((await after.syncNow()).problem).toBeNull();
        expect(db.prepare('SELECT COUNT(*) FROM annotation').pluck().get()).toBe(many);
      } finally {
        await after.close();
        db.close();
      }
    } finally {
      await sender.close();
      receiver.library.cleanup();
      await server.stop();
    }
  }, 180_000);
});

function runSyncAndKill(library: string, password: string, afterMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child_ = spawn(process.execPath, [syncChild, library, password], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    let killed = false;
    child_.stdout.once('data', () => setTimeout(() => (killed = child_.kill('SIGKILL')), afterMs));
    child_.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    child_.on('close', (_code, signal) => {
      if (killed && signal === 'SIGKILL') resolve();
      else reject(new Error(`The sync child stopped by itself before it was killed:\n${err}`));
    });
  });
}
