import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OUTCOME_KINDS } from '../../shared/domain';
import { migrations } from '../../electron/library/migrations';
import { openLibrary, type Db } from '../../electron/library/open-library';
import { getDocumentText } from '../../electron/library/queries/document-text';
import { newParagraphs } from '../../electron/library/queries/what-is-new';
import { searchLibrary } from '../../electron/library/queries/search';
import { tempDir } from '../helpers/temp-library';
import fs from 'node:fs';

/**
 * A library made by each earlier release (at each earlier migration), filled as a member
 * would have filled it, then opened by this release: everything is still there and the
 * app reads it. Rows are written with the columns each table had at that migration.
 */
const dir = tempDir('scrutineer-upgrade-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const latest = Math.max(...migrations.map((m) => m.version));
const REPORT =
  'The board was told that the safeguarding partnership had met every statutory deadline during the year and that audits of case files showed steady improvement.';
const SECOND =
  'Members asked for a further report on foster carer recruitment, including the numbers of enquiries, assessments and approvals in each quarter.';

function fill(db: Db, at: number): void {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  run(
    "INSERT INTO committee (id, name, council) VALUES (1, 'Children''s Services Scrutiny Board', 'Leeds City Council')",
  );
  run(
    "INSERT INTO meeting (id, committee_id, date, time, venue) VALUES (1, 1, '2024-03-14', '10.00 am', 'Civic Hall')",
  );
  run(
    "INSERT INTO attendance (meeting_id, position, name, role, is_chair) VALUES (1, 0, 'Cllr Jane Smith', 'member', 1)",
  );
  run(
    "INSERT INTO agenda_item (id, meeting_id, position, number, title, minute_text) VALUES (1, 1, 0, '5', 'Safeguarding', 'RESOLVED – noted.')",
  );
  run("INSERT INTO agenda_item_topic (agenda_item_id, position, text) VALUES (1, 0, 'Annual report')");
  run("INSERT INTO original_file (hash, bytes, size, media_type) VALUES ('h1', X'25504446', 4, 'application/pdf')");
  run(
    "INSERT INTO document (id, meeting_id, agenda_item_id, title, kind) VALUES (1, 1, 1, 'Safeguarding annual report', 'report')",
  );
  run(
    "INSERT INTO document_version (id, document_id, version, file_hash, file_name, page_count) VALUES (1, 1, 1, 'h1', 'report.pdf', 12)",
  );
  run(
    "INSERT INTO block (id, version_id, position, stable_id, kind, text, page, start_offset) VALUES (1, 1, 0, 'a-0', 'heading', 'Safeguarding annual report', 1, 0)",
  );
  run(
    `INSERT INTO block (id, version_id, position, stable_id, kind, text, page, start_offset) VALUES (2, 1, 1, 'b-0', 'paragraph', ?, 1, 28)`,
    REPORT,
  );
  run(
    `INSERT INTO block (id, version_id, position, stable_id, kind, text, page, start_offset) VALUES (3, 1, 2, 'c-0', 'paragraph', ?, 2, ?)`,
    SECOND,
    30 + REPORT.length,
  );
  run("INSERT INTO board_recommendation (version_id, position, text) VALUES (1, 0, 'That the report be noted.')");
  run(
    `INSERT INTO outcome (id, meeting_id, agenda_item_id, position, kind, text, source_version_id, source_block_id, source_quote, owner, due_hint)
    VALUES (1, 1, 1, 0, 'information-request', ?, 1, 3, ?, 'Director of Children''s Services', 'by June 2024')`,
    SECOND,
    SECOND,
  );
  run(
    "INSERT INTO outcome_status_change (outcome_id, status, note) VALUES (1, 'open', 'Found in report.pdf when it was imported.')",
  );
  run(
    `INSERT INTO annotation (document_id, version_id, kind, colour, body, exact, start_offset, end_offset, page, uuid)
    VALUES (1, 1, 'note', 'green', 'Ask about agency staff', 'statutory deadline', 80, 98, 1, 'note-1')`,
  );
  run(
    "INSERT INTO question (meeting_id, agenda_item_id, position, text, priority) VALUES (1, 1, 0, 'How many audits were graded good?', 'high')",
  );
  if (at >= 2) run("INSERT INTO reading_position (document_id, view, text_offset, page) VALUES (1, 'text', 120, 2)");
  if (at >= 7) run("INSERT INTO setting (key, value) VALUES ('backups', '{\"kept\":7}')");
  if (at >= 8) {
    run(
      "INSERT INTO council_site (id, root_url, name, since) VALUES (1, 'https://democracy.leeds.gov.uk/', 'Leeds City Council', '2023-01-01')",
    );
    run('INSERT INTO site_meeting (site_id, remote_id, meeting_id) VALUES (1, 4321, 1)');
  }
}

interface Kept {
  committee: string;
  meeting: unknown;
  attendance: string[];
  items: unknown[];
  topics: string[];
  versions: unknown[];
  blocks: string[];
  outcome: unknown;
  history: string[];
  note: unknown;
  question: unknown;
}

function whatIsKept(db: Db): Kept {
  const all = (sql: string) => db.prepare(sql).all();
  const pluck = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    committee: db.prepare('SELECT name FROM committee').pluck().get() as string,
    meeting: db.prepare('SELECT date, time, venue, status FROM meeting').get(),
    attendance: pluck('SELECT name FROM attendance ORDER BY position'),
    items: all('SELECT number, title, minute_text FROM agenda_item ORDER BY position'),
    topics: pluck('SELECT text FROM agenda_item_topic'),
    versions: all(
      'SELECT d.title, d.kind, v.version, v.file_name, v.page_count FROM document d JOIN document_version v ON v.document_id = d.id',
    ),
    blocks: pluck('SELECT text FROM block ORDER BY position'),
    outcome: db.prepare('SELECT kind, text, owner, due_hint, status FROM outcome').get(),
    history: pluck('SELECT note FROM outcome_status_change ORDER BY id'),
    note: db.prepare('SELECT kind, colour, body, exact, start_offset, uuid FROM annotation').get(),
    question: db.prepare('SELECT text, priority FROM question').get(),
  };
}

describe('upgrading a library made by an earlier release', () => {
  const earlier = migrations.filter((m) => m.version < latest).map((m) => m.version);

  it.each(earlier)('keeps everything in a library made at migration %i, and the app reads it', (at) => {
    const file = path.join(dir, `library-${at}.sqlite`);
    const old = openLibrary(
      file,
      migrations.filter((m) => m.version <= at),
    );
    fill(old, at);
    const before = whatIsKept(old);
    old.close();

    const db = openLibrary(file);
    try {
      expect(db.prepare('SELECT MAX(version) FROM schema_migration').pluck().get()).toBe(latest);
      expect(whatIsKept(db)).toEqual(before);
      expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      if (at >= 2) expect(db.prepare('SELECT text_offset FROM reading_position').pluck().get()).toBe(120);
      if (at >= 7)
        expect(db.prepare("SELECT value FROM setting WHERE key = 'backups'").pluck().get()).toBe('{"kept":7}');
      if (at >= 8)
        expect(db.prepare('SELECT meeting_id FROM site_meeting WHERE remote_id = 4321').pluck().get()).toBe(1);
      // The upgraded library works: the paper reads, searches and says what is new.
      expect(getDocumentText(db, 1).blocks.map((b) => b.text)).toContain(REPORT);
      const found = searchLibrary(db, { query: 'safeguarding partnership' });
      expect(found.map((r) => r.blockId)).toContain(2);
      expect(newParagraphs(db, 1)).toMatchObject({ judged: expect.any(Number) as number });
      // A request for a report is still one the tracker chases.
      expect(db.prepare('SELECT needs_chasing FROM outcome').pluck().get()).toBe(1);
    } finally {
      db.close();
    }
  });

  it('accepts every outcome kind the app knows, and no other', () => {
    const db = openLibrary(':memory:');
    fill(db, latest);
    const add = db.prepare(
      "INSERT INTO outcome (meeting_id, position, kind, text, source_quote) VALUES (1, ?, ?, 'x', 'x')",
    );
    OUTCOME_KINDS.forEach((kind, i) => expect(() => add.run(i + 1, kind)).not.toThrow());
    expect(() => add.run(99, 'wish')).toThrow(/CHECK/);
    db.close();
  });
});
