-- Schema 1 of the Zaman store.
--
-- Times are int64 Unix seconds, UTC (negative before 1970, so BCE works).
-- Intervals are [start_unix, end_unix), end exclusive. Offsets into document
-- text are Unicode code points (runes), end exclusive.
-- Full-text tables hold text normalised by store.Normalize (written from Go);
-- only their deletions are kept in sync by triggers, since triggers cannot
-- call Go.

PRAGMA application_id = 1514233153; -- 'Zama' in ASCII, marks the file as ours

CREATE TABLE documents (
	id            INTEGER PRIMARY KEY,
	title         TEXT    NOT NULL DEFAULT '',
	text          TEXT    NOT NULL,
	lang          TEXT    NOT NULL DEFAULT '',
	dct_value     TEXT    NOT NULL DEFAULT '',
	dct_unix      INTEGER NULL,
	dct_precision TEXT    NOT NULL DEFAULT '',
	dct_source    TEXT    NOT NULL DEFAULT 'none'
	              CHECK (dct_source IN ('dateline', 'metadata', 'user', 'none')),
	origin        TEXT    NOT NULL DEFAULT '',
	sha256        TEXT    NOT NULL UNIQUE,
	imported_at   INTEGER NOT NULL
);

CREATE TABLE mentions (
	id           INTEGER PRIMARY KEY,
	document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	start_offset INTEGER NOT NULL,
	end_offset   INTEGER NOT NULL,
	text         TEXT    NOT NULL DEFAULT '',
	type         TEXT    NOT NULL DEFAULT '',
	value        TEXT    NOT NULL DEFAULT '',
	mod          TEXT    NOT NULL DEFAULT '',
	CHECK (end_offset >= start_offset)
);
CREATE INDEX mentions_document ON mentions (document_id, start_offset);

-- span_class is the bit length of (end_unix - start_unix), written by Go. An
-- event of class c lasts less than 2^c seconds, so every event of class c that
-- intersects [from, to) starts in [from - 2^c, to): the viewport query is one
-- bounded range scan of events_class_start per class present, merged in start
-- order. The index holds end_unix so the scan never visits the table.
CREATE TABLE events (
	id         INTEGER PRIMARY KEY,
	title      TEXT    NOT NULL DEFAULT '',
	start_unix INTEGER NOT NULL,
	end_unix   INTEGER NOT NULL,
	span_class INTEGER NOT NULL DEFAULT 0,
	precision  TEXT    NOT NULL DEFAULT 'day'
	           CHECK (precision IN ('minute', 'hour', 'day', 'week', 'month', 'quarter',
	                                'season', 'year', 'decade', 'century', 'millennium')),
	value      TEXT    NOT NULL DEFAULT '',
	status     TEXT    NOT NULL DEFAULT 'auto'
	           CHECK (status IN ('auto', 'accepted', 'rejected', 'edited')),
	confidence REAL    NOT NULL DEFAULT 0,
	color      TEXT    NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL,
	updated_at INTEGER NOT NULL,
	CHECK (end_unix >= start_unix),
	CHECK (span_class BETWEEN 0 AND 64)
);
CREATE INDEX events_start_end ON events (start_unix, end_unix);
CREATE INDEX events_end ON events (end_unix);
CREATE INDEX events_class_start ON events (span_class, start_unix, end_unix);

-- event_counts counts events by start in aligned slots of three sizes
-- (level 0: a day, 1: 32 days, 2: 1024 days; slot = floor(start / width)) and
-- status, kept by the triggers below, so that BucketCounts over a wide range
-- adds a few hundred counters instead of scanning every event's index entry.
CREATE TABLE event_counts (
	level  INTEGER NOT NULL,
	slot   INTEGER NOT NULL,
	status TEXT    NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (level, slot, status)
) WITHOUT ROWID;

CREATE TRIGGER events_count_insert AFTER INSERT ON events BEGIN
	INSERT INTO event_counts (level, slot, status, n)
	SELECT l.level, (new.start_unix - ((new.start_unix % l.w) + l.w) % l.w) / l.w, new.status, 1
	FROM (SELECT 0 AS level, 86400 AS w UNION ALL SELECT 1, 2764800 UNION ALL SELECT 2, 88473600) AS l
	WHERE true
	ON CONFLICT (level, slot, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER events_count_delete AFTER DELETE ON events BEGIN
	UPDATE event_counts SET n = n - 1 WHERE status = old.status AND (
		(level = 0 AND slot = (old.start_unix - ((old.start_unix % 86400) + 86400) % 86400) / 86400) OR
		(level = 1 AND slot = (old.start_unix - ((old.start_unix % 2764800) + 2764800) % 2764800) / 2764800) OR
		(level = 2 AND slot = (old.start_unix - ((old.start_unix % 88473600) + 88473600) % 88473600) / 88473600));
END;
CREATE TRIGGER events_count_update AFTER UPDATE OF start_unix, status ON events
WHEN old.start_unix <> new.start_unix OR old.status <> new.status BEGIN
	UPDATE event_counts SET n = n - 1 WHERE status = old.status AND (
		(level = 0 AND slot = (old.start_unix - ((old.start_unix % 86400) + 86400) % 86400) / 86400) OR
		(level = 1 AND slot = (old.start_unix - ((old.start_unix % 2764800) + 2764800) % 2764800) / 2764800) OR
		(level = 2 AND slot = (old.start_unix - ((old.start_unix % 88473600) + 88473600) % 88473600) / 88473600));
	INSERT INTO event_counts (level, slot, status, n)
	SELECT l.level, (new.start_unix - ((new.start_unix % l.w) + l.w) % l.w) / l.w, new.status, 1
	FROM (SELECT 0 AS level, 86400 AS w UNION ALL SELECT 1, 2764800 UNION ALL SELECT 2, 88473600) AS l
	WHERE true
	ON CONFLICT (level, slot, status) DO UPDATE SET n = n + 1;
END;

CREATE TABLE tags (
	id    INTEGER PRIMARY KEY,
	name  TEXT NOT NULL UNIQUE COLLATE NOCASE,
	color TEXT NOT NULL DEFAULT ''
);

CREATE TABLE event_tags (
	event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
	PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX event_tags_tag ON event_tags (tag_id, event_id);

CREATE TABLE event_sources (
	id            INTEGER PRIMARY KEY,
	event_id      INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
	document_id   INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
	passage_start INTEGER NOT NULL,
	passage_end   INTEGER NOT NULL,
	mention_id    INTEGER NULL REFERENCES mentions (id) ON DELETE SET NULL,
	CHECK (passage_end >= passage_start)
);
CREATE INDEX event_sources_event ON event_sources (event_id);
CREATE INDEX event_sources_document ON event_sources (document_id, event_id);
CREATE INDEX event_sources_mention ON event_sources (mention_id);

CREATE TABLE annotations (
	id            INTEGER PRIMARY KEY,
	event_id      INTEGER NULL REFERENCES events (id) ON DELETE CASCADE,
	document_id   INTEGER NULL REFERENCES documents (id) ON DELETE CASCADE,
	passage_start INTEGER NULL,
	passage_end   INTEGER NULL,
	body          TEXT    NOT NULL DEFAULT '',
	created_at    INTEGER NOT NULL,
	updated_at    INTEGER NOT NULL,
	CHECK (event_id IS NOT NULL OR document_id IS NOT NULL),
	CHECK (passage_end IS NULL OR passage_start IS NULL OR passage_end >= passage_start)
);
CREATE INDEX annotations_event ON annotations (event_id);
CREATE INDEX annotations_document ON annotations (document_id, passage_start);

-- stems holds the Arabic words of the other columns without their
-- proclitics (store.stems), so "وقع" finds "ووقّع".
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, stems, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE events_fts USING fts5 (title, stems, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE annotations_fts USING fts5 (body, stems, tokenize = 'unicode61 remove_diacritics 2');

-- Deletions, including those made by ON DELETE CASCADE, remove the indexed
-- rows. Inserts and updates are written by Go, which normalises the text.
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
	DELETE FROM documents_fts WHERE rowid = old.id;
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
	DELETE FROM events_fts WHERE rowid = old.id;
END;
CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN
	DELETE FROM annotations_fts WHERE rowid = old.id;
END;
