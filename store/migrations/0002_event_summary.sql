-- Schema 2: what a timeline row shows about an event, kept in the row.
--
-- Every event row used to be read with four correlated subqueries (the
-- number of sources, the first document, the tags, the number of notes);
-- at a few hundred rows per frame those cost more than the rest of the
-- frame. The summary columns below hold the same values and are kept by
-- triggers, so the viewport query reads one row per event. Each trigger
-- recomputes its column from the child table rather than adding one, so a
-- summary cannot drift from what it summarises.
--
-- tags holds the event's tag names joined by char(31) (unordered; Go sorts).

ALTER TABLE events ADD COLUMN sources_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN first_document INTEGER NULL;
ALTER TABLE events ADD COLUMN notes_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN tags TEXT NULL;

UPDATE events SET
	sources_n = (SELECT count(*) FROM event_sources s WHERE s.event_id = events.id),
	first_document = (SELECT min(s.document_id) FROM event_sources s WHERE s.event_id = events.id),
	notes_n = (SELECT count(*) FROM annotations a WHERE a.event_id = events.id),
	tags = (SELECT group_concat(t.name, char(31)) FROM event_tags et JOIN tags t ON t.id = et.tag_id
	        WHERE et.event_id = events.id);

-- Sources.
CREATE TRIGGER event_sources_summary_insert AFTER INSERT ON event_sources BEGIN
	UPDATE events SET
		sources_n = (SELECT count(*) FROM event_sources s WHERE s.event_id = new.event_id),
		first_document = (SELECT min(s.document_id) FROM event_sources s WHERE s.event_id = new.event_id)
	WHERE id = new.event_id;
END;
CREATE TRIGGER event_sources_summary_delete AFTER DELETE ON event_sources BEGIN
	UPDATE events SET
		sources_n = (SELECT count(*) FROM event_sources s WHERE s.event_id = old.event_id),
		first_document = (SELECT min(s.document_id) FROM event_sources s WHERE s.event_id = old.event_id)
	WHERE id = old.event_id;
END;
CREATE TRIGGER event_sources_summary_update AFTER UPDATE OF event_id, document_id ON event_sources BEGIN
	UPDATE events SET
		sources_n = (SELECT count(*) FROM event_sources s WHERE s.event_id = events.id),
		first_document = (SELECT min(s.document_id) FROM event_sources s WHERE s.event_id = events.id)
	WHERE id IN (old.event_id, new.event_id);
END;

-- Notes on events.
CREATE TRIGGER annotations_summary_insert AFTER INSERT ON annotations WHEN new.event_id IS NOT NULL BEGIN
	UPDATE events SET notes_n = (SELECT count(*) FROM annotations a WHERE a.event_id = new.event_id)
	WHERE id = new.event_id;
END;
CREATE TRIGGER annotations_summary_delete AFTER DELETE ON annotations WHEN old.event_id IS NOT NULL BEGIN
	UPDATE events SET notes_n = (SELECT count(*) FROM annotations a WHERE a.event_id = old.event_id)
	WHERE id = old.event_id;
END;
CREATE TRIGGER annotations_summary_update AFTER UPDATE OF event_id ON annotations BEGIN
	UPDATE events SET notes_n = (SELECT count(*) FROM annotations a WHERE a.event_id = events.id)
	WHERE id IN (old.event_id, new.event_id);
END;

-- Tags: links, and renames of a tag.
CREATE TRIGGER event_tags_summary_insert AFTER INSERT ON event_tags BEGIN
	UPDATE events SET tags = (SELECT group_concat(t.name, char(31)) FROM event_tags et
		JOIN tags t ON t.id = et.tag_id WHERE et.event_id = new.event_id)
	WHERE id = new.event_id;
END;
CREATE TRIGGER event_tags_summary_delete AFTER DELETE ON event_tags BEGIN
	UPDATE events SET tags = (SELECT group_concat(t.name, char(31)) FROM event_tags et
		JOIN tags t ON t.id = et.tag_id WHERE et.event_id = old.event_id)
	WHERE id = old.event_id;
END;
CREATE TRIGGER event_tags_summary_update AFTER UPDATE ON event_tags BEGIN
	UPDATE events SET tags = (SELECT group_concat(t.name, char(31)) FROM event_tags et
		JOIN tags t ON t.id = et.tag_id WHERE et.event_id = events.id)
	WHERE id IN (old.event_id, new.event_id);
END;
CREATE TRIGGER tags_summary_rename AFTER UPDATE OF name ON tags BEGIN
	UPDATE events SET tags = (SELECT group_concat(t.name, char(31)) FROM event_tags et
		JOIN tags t ON t.id = et.tag_id WHERE et.event_id = events.id)
	WHERE id IN (SELECT event_id FROM event_tags WHERE tag_id = new.id);
END;

-- The viewport query ranges over start, orders by (start, end) and filters
-- by status; per-bucket counts of few events range over start and filter
-- by status. With status in the index, neither visits the table. It
-- replaces events_start_end, whose columns it starts with.
CREATE INDEX events_start_end_status ON events (start_unix, end_unix, status);
DROP INDEX events_start_end;
