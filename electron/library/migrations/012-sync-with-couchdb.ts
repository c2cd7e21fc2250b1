/**
 * Sync with a CouchDB server (electron/sync/). The library stays the one place the app
 * reads from: every change document made here or received is kept in sync_change, and
 * the device's replication copy is rebuilt from it. Rows changed here wait in
 * sync_outbox, filled by triggers in the same transaction as the change, so no write
 * path is missed and a kill loses nothing. While received changes are being written,
 * sync_applying holds a row and the triggers stay quiet.
 */
export const sql = /* sql */ `
-- The one server this library syncs with; none until the member sets one up.
CREATE TABLE sync_server (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  url TEXT NOT NULL,
  user_name TEXT NOT NULL,
  -- The password as sealed by the OS secure storage; NULL when it is not kept.
  password_sealed BLOB,
  include_confidential INTEGER NOT NULL DEFAULT 0 CHECK (include_confidential IN (0, 1)),
  device_id TEXT NOT NULL,
  -- The committees whose trackers the user may sync, from their roles on the server (JSON list of slugs).
  tracker_slugs TEXT NOT NULL DEFAULT '[]',
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  last_attempt_at TEXT,
  last_synced_at TEXT,
  last_problem TEXT
);

CREATE TABLE sync_change (
  doc_id TEXT PRIMARY KEY,
  -- 'member' for the member's own database, otherwise the committee tracker's database name.
  database TEXT NOT NULL,
  rev TEXT NOT NULL,
  entity TEXT NOT NULL CHECK (entity IN ('annotation', 'question', 'reading-position', 'followed-committee', 'outcome')),
  entity_key TEXT NOT NULL,
  -- The document as JSON, without _id and _rev.
  body TEXT NOT NULL,
  at TEXT NOT NULL,
  made_here INTEGER NOT NULL CHECK (made_here IN (0, 1)),
  sent INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
  refused TEXT,
  -- 0 while it waits for its paper or meeting to reach this library.
  applied INTEGER NOT NULL DEFAULT 1 CHECK (applied IN (0, 1))
);
CREATE INDEX sync_change_by_entity ON sync_change(entity, entity_key);
CREATE INDEX sync_change_waiting ON sync_change(entity, entity_key) WHERE applied = 0;
CREATE INDEX sync_change_unsent ON sync_change(database) WHERE made_here = 1 AND sent = 0;

CREATE TABLE sync_outbox (
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  -- The member chose between versions changed on two devices: the next change settles them all.
  resolves INTEGER NOT NULL DEFAULT 0 CHECK (resolves IN (0, 1)),
  queued_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (entity, entity_key)
) WITHOUT ROWID;

-- A note or question changed on two devices while they could not see each other's change.
CREATE TABLE sync_conflict (
  entity TEXT NOT NULL,
  entity_key TEXT NOT NULL,
  PRIMARY KEY (entity, entity_key)
) WITHOUT ROWID;

CREATE TABLE sync_applying (id INTEGER PRIMARY KEY CHECK (id = 1));

ALTER TABLE question ADD COLUMN uuid TEXT;
UPDATE question SET uuid = lower(hex(randomblob(16)));
CREATE UNIQUE INDEX question_by_uuid ON question(uuid);

ALTER TABLE outcome_status_change ADD COLUMN author TEXT;
ALTER TABLE outcome_status_change ADD COLUMN sync_id TEXT;
CREATE UNIQUE INDEX outcome_status_change_by_sync_id ON outcome_status_change(sync_id) WHERE sync_id IS NOT NULL;

-- What a council's own tracker also records: the executive's response to a recommendation.
ALTER TABLE outcome ADD COLUMN executive_response TEXT CHECK (executive_response IN ('accepted', 'partly', 'rejected'));
ALTER TABLE outcome ADD COLUMN executive_response_on TEXT;
ALTER TABLE outcome ADD COLUMN executive_response_text TEXT;

CREATE TRIGGER question_gets_uuid AFTER INSERT ON question WHEN NEW.uuid IS NULL BEGIN
  UPDATE question SET uuid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

CREATE TRIGGER annotation_to_outbox_insert AFTER INSERT ON annotation
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('annotation', NEW.uuid);
END;
CREATE TRIGGER annotation_to_outbox_update AFTER UPDATE OF body, colour, kind, deleted_at ON annotation
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('annotation', NEW.uuid);
END;

-- After the uuid is given, so the insert is caught by the update of its uuid.
CREATE TRIGGER question_to_outbox_update AFTER UPDATE ON question
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND NEW.uuid IS NOT NULL BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('question', NEW.uuid);
END;
CREATE TRIGGER question_to_outbox_insert AFTER INSERT ON question
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND NEW.uuid IS NOT NULL BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('question', NEW.uuid);
END;
CREATE TRIGGER question_to_outbox_delete AFTER DELETE ON question
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('question', OLD.uuid);
END;

CREATE TRIGGER reading_position_to_outbox_insert AFTER INSERT ON reading_position
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('reading-position', CAST(NEW.document_id AS TEXT));
END;
CREATE TRIGGER reading_position_to_outbox_update AFTER UPDATE ON reading_position
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('reading-position', CAST(NEW.document_id AS TEXT));
END;

CREATE TRIGGER followed_committee_to_outbox AFTER UPDATE OF followed ON site_committee
WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
  INSERT OR IGNORE INTO sync_outbox (entity, entity_key) VALUES ('followed-committee', CAST(NEW.id AS TEXT));
END;
`;
