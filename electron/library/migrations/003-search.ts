/**
 * Full-text search (SQLite FTS5, Porter stemming) over the current text of
 * papers, document titles, annotations, questions and outcomes. Each index
 * reads a view and is kept in step by triggers in the same transaction as the
 * change; a delete always passes exactly the values that were indexed.
 */
const TOKENIZE = "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3'";

export const sql = /* sql */ `
-- Only the latest version of a paper is searched; older versions' blocks are kept but not current.
ALTER TABLE block ADD COLUMN current INTEGER NOT NULL DEFAULT 1 CHECK (current IN (0, 1));
UPDATE block SET current = 0 WHERE version_id NOT IN (
  SELECT v.id FROM document_version v
  WHERE v.version = (SELECT MAX(version) FROM document_version WHERE document_id = v.document_id)
);

CREATE VIEW block_search AS
SELECT id,
  CASE WHEN kind = 'heading' THEN text ELSE '' END AS heading,
  CASE WHEN kind = 'heading' THEN '' ELSE text END AS body
FROM block WHERE current = 1;
CREATE VIRTUAL TABLE block_fts USING fts5(heading, body, content = 'block_search', content_rowid = 'id', ${TOKENIZE});
INSERT INTO block_fts(block_fts, rank) VALUES ('rank', 'bm25(3.0, 1.0)');
CREATE TRIGGER block_fts_insert AFTER INSERT ON block WHEN NEW.current = 1 BEGIN
  INSERT INTO block_fts(rowid, heading, body) VALUES (NEW.id,
    CASE WHEN NEW.kind = 'heading' THEN NEW.text ELSE '' END,
    CASE WHEN NEW.kind = 'heading' THEN '' ELSE NEW.text END);
END;
CREATE TRIGGER block_fts_delete AFTER DELETE ON block WHEN OLD.current = 1 BEGIN
  INSERT INTO block_fts(block_fts, rowid, heading, body) VALUES ('delete', OLD.id,
    CASE WHEN OLD.kind = 'heading' THEN OLD.text ELSE '' END,
    CASE WHEN OLD.kind = 'heading' THEN '' ELSE OLD.text END);
END;
CREATE TRIGGER block_fts_retire AFTER UPDATE OF current ON block WHEN OLD.current = 1 AND NEW.current = 0 BEGIN
  INSERT INTO block_fts(block_fts, rowid, heading, body) VALUES ('delete', OLD.id,
    CASE WHEN OLD.kind = 'heading' THEN OLD.text ELSE '' END,
    CASE WHEN OLD.kind = 'heading' THEN '' ELSE OLD.text END);
END;
CREATE TRIGGER block_text_is_fixed BEFORE UPDATE OF text, kind ON block BEGIN
  SELECT RAISE(ABORT, 'a block''s text never changes: import a new version instead');
END;

CREATE VIEW document_search AS SELECT id, title FROM document;
CREATE VIRTUAL TABLE document_fts USING fts5(title, content = 'document_search', content_rowid = 'id', ${TOKENIZE});
CREATE TRIGGER document_fts_insert AFTER INSERT ON document BEGIN
  INSERT INTO document_fts(rowid, title) VALUES (NEW.id, NEW.title);
END;
CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
END;
CREATE TRIGGER document_fts_update AFTER UPDATE OF title ON document BEGIN
  INSERT INTO document_fts(document_fts, rowid, title) VALUES ('delete', OLD.id, OLD.title);
  INSERT INTO document_fts(rowid, title) VALUES (NEW.id, NEW.title);
END;

CREATE VIEW annotation_search AS SELECT id, exact, body FROM annotation WHERE deleted_at IS NULL;
CREATE VIRTUAL TABLE annotation_fts USING fts5(exact, body, content = 'annotation_search', content_rowid = 'id', ${TOKENIZE});
CREATE TRIGGER annotation_fts_insert AFTER INSERT ON annotation WHEN NEW.deleted_at IS NULL BEGIN
  INSERT INTO annotation_fts(rowid, exact, body) VALUES (NEW.id, NEW.exact, NEW.body);
END;
CREATE TRIGGER annotation_fts_delete AFTER DELETE ON annotation WHEN OLD.deleted_at IS NULL BEGIN
  INSERT INTO annotation_fts(annotation_fts, rowid, exact, body) VALUES ('delete', OLD.id, OLD.exact, OLD.body);
END;
-- One trigger, so the old entry is always removed before the new one is added.
CREATE TRIGGER annotation_fts_update AFTER UPDATE OF exact, body, deleted_at ON annotation BEGIN
  INSERT INTO annotation_fts(annotation_fts, rowid, exact, body)
    SELECT 'delete', OLD.id, OLD.exact, OLD.body WHERE OLD.deleted_at IS NULL;
  INSERT INTO annotation_fts(rowid, exact, body) SELECT NEW.id, NEW.exact, NEW.body WHERE NEW.deleted_at IS NULL;
END;

CREATE VIEW outcome_search AS SELECT id, text FROM outcome;
CREATE VIRTUAL TABLE outcome_fts USING fts5(text, content = 'outcome_search', content_rowid = 'id', ${TOKENIZE});
CREATE TRIGGER outcome_fts_insert AFTER INSERT ON outcome BEGIN
  INSERT INTO outcome_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;
CREATE TRIGGER outcome_fts_delete AFTER DELETE ON outcome BEGIN
  INSERT INTO outcome_fts(outcome_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
END;
CREATE TRIGGER outcome_fts_update AFTER UPDATE OF text ON outcome BEGIN
  INSERT INTO outcome_fts(outcome_fts, rowid, text) VALUES ('delete', OLD.id, OLD.text);
  INSERT INTO outcome_fts(rowid, text) VALUES (NEW.id, NEW.text);
END;

CREATE VIEW question_search AS SELECT id, text, private_note FROM question;
CREATE VIRTUAL TABLE question_fts USING fts5(text, private_note, content = 'question_search', content_rowid = 'id', ${TOKENIZE});
CREATE TRIGGER question_fts_insert AFTER INSERT ON question BEGIN
  INSERT INTO question_fts(rowid, text, private_note) VALUES (NEW.id, NEW.text, NEW.private_note);
END;
CREATE TRIGGER question_fts_delete AFTER DELETE ON question BEGIN
  INSERT INTO question_fts(question_fts, rowid, text, private_note) VALUES ('delete', OLD.id, OLD.text, OLD.private_note);
END;
CREATE TRIGGER question_fts_update AFTER UPDATE OF text, private_note ON question BEGIN
  INSERT INTO question_fts(question_fts, rowid, text, private_note) VALUES ('delete', OLD.id, OLD.text, OLD.private_note);
  INSERT INTO question_fts(rowid, text, private_note) VALUES (NEW.id, NEW.text, NEW.private_note);
END;

INSERT INTO block_fts(block_fts) VALUES ('rebuild');
INSERT INTO document_fts(document_fts) VALUES ('rebuild');
INSERT INTO annotation_fts(annotation_fts) VALUES ('rebuild');
INSERT INTO outcome_fts(outcome_fts) VALUES ('rebuild');
INSERT INTO question_fts(question_fts) VALUES ('rebuild');
`;
