/** Council committee websites (ModernGov) the member follows, and what has been fetched from them. */
export const sql = /* sql */ `
CREATE TABLE council_site (
  id INTEGER PRIMARY KEY,
  root_url TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL DEFAULT '',
  added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  -- Meetings from this date are fetched (ISO date).
  since TEXT NOT NULL,
  last_sync_at TEXT,
  last_sync_message TEXT
);

CREATE TABLE site_committee (
  id INTEGER PRIMARY KEY,
  site_id INTEGER NOT NULL REFERENCES council_site(id) ON DELETE CASCADE,
  remote_id INTEGER NOT NULL,
  title TEXT NOT NULL,
  expired INTEGER NOT NULL DEFAULT 0 CHECK (expired IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  followed INTEGER NOT NULL DEFAULT 0 CHECK (followed IN (0, 1)),
  UNIQUE (site_id, remote_id)
);

CREATE TABLE site_meeting (
  site_id INTEGER NOT NULL REFERENCES council_site(id) ON DELETE CASCADE,
  remote_id INTEGER NOT NULL,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  synced_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (site_id, remote_id)
);

-- Every paper the site lists, fetched or not (restricted papers are listed, never fetched).
CREATE TABLE site_document (
  site_id INTEGER NOT NULL REFERENCES council_site(id) ON DELETE CASCADE,
  attachment_id INTEGER NOT NULL,
  meeting_id INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
  title TEXT NOT NULL,
  url TEXT NOT NULL,
  restricted INTEGER NOT NULL DEFAULT 0 CHECK (restricted IN (0, 1)),
  published_at TEXT,
  document_id INTEGER REFERENCES document(id) ON DELETE SET NULL,
  file_hash TEXT,
  problem TEXT,
  checked_at TEXT,
  PRIMARY KEY (site_id, attachment_id)
);
CREATE INDEX site_document_by_meeting ON site_document(meeting_id);
`;
