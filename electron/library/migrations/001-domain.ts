/** The domain as first shipped: committees to annotations and questions. */
export const sql = /* sql */ `
CREATE TABLE committee (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE UNIQUE,
  council TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meeting (
  id INTEGER PRIMARY KEY,
  committee_id INTEGER NOT NULL REFERENCES committee(id) ON DELETE CASCADE,
  -- NULL when the papers do not say; such meetings are never merged.
  date TEXT CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  time TEXT,
  venue TEXT,
  status TEXT NOT NULL DEFAULT 'held' CHECK (status IN ('scheduled', 'held', 'cancelled')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (committee_id, date)
);
CREATE INDEX meeting_by_date ON meeting(date);

CREATE TABLE attendance (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('member', 'co-opted', 'other-member', 'officer', 'apology')),
  is_chair INTEGER NOT NULL DEFAULT 0 CHECK (is_chair IN (0, 1)),
  detail TEXT,
  UNIQUE (meeting_id, position)
);

CREATE TABLE agenda_item (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  number TEXT,
  minute_number TEXT,
  title TEXT NOT NULL,
  presenters TEXT,
  minute_text TEXT,
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  UNIQUE (meeting_id, position)
);

-- What the board discussed under an item ("discussed the following:").
CREATE TABLE agenda_item_topic (
  id INTEGER PRIMARY KEY,
  agenda_item_id INTEGER NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (agenda_item_id, position)
);

-- Original files, byte for byte, addressed by their SHA-256.
CREATE TABLE original_file (
  hash TEXT PRIMARY KEY,
  bytes BLOB NOT NULL,
  size INTEGER NOT NULL,
  media_type TEXT NOT NULL
);

CREATE TABLE document (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('agenda', 'report', 'briefing-note', 'minutes', 'appendix', 'supplement', 'other')),
  confidential INTEGER NOT NULL DEFAULT 0 CHECK (confidential IN (0, 1)),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (meeting_id, title)
);

CREATE TABLE document_version (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  file_hash TEXT NOT NULL REFERENCES original_file(hash),
  file_name TEXT NOT NULL,
  page_count INTEGER,
  warnings TEXT NOT NULL DEFAULT '[]',
  imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  UNIQUE (document_id, version)
);
CREATE INDEX document_version_by_hash ON document_version(file_hash);

-- A document's text as ordered blocks. start_offset is the block's place in the
-- version's full text (blocks joined by blank lines), for annotation anchoring.
CREATE TABLE block (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  stable_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('heading', 'paragraph', 'list-item', 'table-row')),
  level INTEGER,
  text TEXT NOT NULL,
  page INTEGER,
  start_offset INTEGER NOT NULL,
  UNIQUE (version_id, position)
);

-- What a briefing note or report asks the board to do: not an outcome.
CREATE TABLE board_recommendation (
  id INTEGER PRIMARY KEY,
  version_id INTEGER NOT NULL REFERENCES document_version(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (version_id, position)
);

CREATE TABLE outcome (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('resolution', 'request', 'information-request', 'follow-up', 'work-programme', 'recommendation', 'action')),
  text TEXT NOT NULL,
  source_version_id INTEGER REFERENCES document_version(id) ON DELETE SET NULL,
  source_block_id INTEGER REFERENCES block(id) ON DELETE SET NULL,
  source_quote TEXT NOT NULL,
  owner TEXT,
  due_hint TEXT,
  due_date TEXT,
  reference TEXT,
  rag TEXT CHECK (rag IN ('red', 'amber', 'green')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done', 'dropped', 'superseded')),
  superseded_by INTEGER REFERENCES outcome(id),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX outcome_by_meeting ON outcome(meeting_id, position);
CREATE INDEX outcome_by_status ON outcome(status);

-- Append-only: a mistaken change is corrected by a new row.
CREATE TABLE outcome_status_change (
  id INTEGER PRIMARY KEY,
  outcome_id INTEGER NOT NULL REFERENCES outcome(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped', 'superseded')),
  note TEXT NOT NULL DEFAULT '',
  evidence_block_id INTEGER REFERENCES block(id) ON DELETE SET NULL,
  evidence_quote TEXT,
  changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX outcome_status_change_by_outcome ON outcome_status_change(outcome_id, id);
CREATE TRIGGER outcome_status_change_is_append_only_update BEFORE UPDATE ON outcome_status_change
BEGIN SELECT RAISE(ABORT, 'status history cannot be changed'); END;
CREATE TRIGGER outcome_status_change_is_append_only_delete BEFORE DELETE ON outcome_status_change
WHEN (SELECT COUNT(*) FROM outcome WHERE id = OLD.outcome_id) > 0
BEGIN SELECT RAISE(ABORT, 'status history cannot be deleted'); END;

-- Anchored by W3C TextQuoteSelector (exact, prefix, suffix) and
-- TextPositionSelector (start_offset, end_offset), plus the page for PDFs.
CREATE TABLE annotation (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
  version_id INTEGER REFERENCES document_version(id) ON DELETE SET NULL,
  kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'question')),
  colour TEXT NOT NULL DEFAULT 'yellow',
  body TEXT NOT NULL DEFAULT '',
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL DEFAULT '',
  suffix TEXT NOT NULL DEFAULT '',
  start_offset INTEGER,
  end_offset INTEGER,
  page INTEGER,
  anchor_status TEXT NOT NULL DEFAULT 'anchored' CHECK (anchor_status IN ('anchored', 'fuzzy', 'orphaned')),
  uuid TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  deleted_at TEXT
);
CREATE INDEX annotation_by_document ON annotation(document_id);

CREATE TABLE question (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  position INTEGER NOT NULL,
  text TEXT NOT NULL,
  addressee TEXT,
  priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('high', 'normal', 'low')),
  tags TEXT NOT NULL DEFAULT '',
  private_note TEXT NOT NULL DEFAULT '',
  annotation_id INTEGER REFERENCES annotation(id) ON DELETE SET NULL,
  quote TEXT,
  page INTEGER,
  asked TEXT NOT NULL DEFAULT 'pending' CHECK (asked IN ('pending', 'asked', 'not-reached')),
  answer TEXT NOT NULL DEFAULT '',
  satisfied INTEGER CHECK (satisfied IN (0, 1)),
  outcome_id INTEGER REFERENCES outcome(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX question_by_meeting ON question(meeting_id, position);
`;
