package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
)

// EventState is everything stored about one event: its row, tags, sources
// and annotations. Snapshots of it make every edit undoable.
type EventState struct {
	Event       Event
	Sources     []Source
	Annotations []Annotation
}

// Snapshot is the state of a set of events at one moment. Restoring it puts
// those events back exactly (same ids, sources, tags, annotations) and
// deletes the ones listed as Absent, which did not exist then.
type Snapshot struct {
	Events []EventState
	Absent []int64
}

// Snapshot captures the events with the given ids; ids of events that do
// not exist are recorded as absent.
func (s *Store) Snapshot(ctx context.Context, ids ...int64) (Snapshot, error) {
	var snap Snapshot
	for _, id := range ids {
		e, err := s.Event(ctx, id)
		if err != nil {
			if errors.Is(err, ErrNotFound) {
				snap.Absent = append(snap.Absent, id)
				continue
			}
			return Snapshot{}, fmt.Errorf("snapshot: %w", err)
		}
		st := EventState{Event: e}
		if st.Sources, err = s.EventSources(ctx, id); err != nil {
			return Snapshot{}, fmt.Errorf("snapshot: %w", err)
		}
		if st.Annotations, err = s.Annotations(ctx, AnnotationFilter{EventID: id}); err != nil {
			return Snapshot{}, fmt.Errorf("snapshot: %w", err)
		}
		snap.Events = append(snap.Events, st)
	}
	return snap, nil
}

// IDs lists every event id the snapshot speaks of.
func (snap Snapshot) IDs() []int64 {
	ids := append([]int64(nil), snap.Absent...)
	for _, st := range snap.Events {
		ids = append(ids, st.Event.ID)
	}
	return ids
}

// Restore puts the events of snap back as they were, in one transaction.
func (s *Store) Restore(ctx context.Context, snap Snapshot) error {
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		for _, id := range snap.Absent {
			if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
				return err
			}
		}
		// An event's id may have been given to another event since the
		// snapshot (SQLite reuses the largest id after a delete, and an
		// import is not undone): that event, told apart by its creation
		// time, is kept, and the snapshot's comes back under a new id.
		moved := make([]bool, len(snap.Events))
		for i, st := range snap.Events {
			var created int64
			err := tx.QueryRowContext(ctx, `SELECT created_at FROM events WHERE id = ?`, st.Event.ID).Scan(&created)
			switch {
			case errors.Is(err, sql.ErrNoRows):
			case err != nil:
				return err
			case created != st.Event.CreatedAt.Unix():
				moved[i] = true
			default:
				if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, st.Event.ID); err != nil {
					return err
				}
			}
		}
		for i, st := range snap.Events {
			if err := restoreEvent(ctx, tx, st, moved[i]); err != nil {
				return err
			}
		}
		_, err := tx.ExecContext(ctx, `DELETE FROM tags WHERE color = '' AND id NOT IN (SELECT tag_id FROM event_tags)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("restore events: %w", err)
	}
	return nil
}

// restoreEvent writes st back; with newID the event and its sources and
// notes take fresh ids (theirs belong to others now).
func restoreEvent(ctx context.Context, tx *sql.Tx, st EventState, newID bool) error {
	e := st.Event
	start, end := e.Start.Unix(), e.End.Unix()
	var id any = e.ID
	if newID {
		id = nil
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO events
		(id, title, start_unix, end_unix, span_class, precision, value, status, confidence, color, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		id, e.Title, start, end, spanClass(start, end), e.Precision, e.Value, e.Status, e.Confidence, e.Color,
		e.CreatedAt.Unix(), e.UpdatedAt.Unix())
	if err != nil {
		return err
	}
	if e.ID, err = res.LastInsertId(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, insertEventFTS, textFTSArgs(e.ID, e.Title)...); err != nil {
		return err
	}
	if err := linkTags(ctx, tx, e.ID, e.Tags); err != nil {
		return err
	}
	for _, src := range st.Sources {
		// The event's own sources went with it; a source row with this id
		// is another event's, and keeps it.
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_sources
			(id, event_id, document_id, passage_start, passage_end, mention_id)
			VALUES (CASE WHEN EXISTS (SELECT 1 FROM event_sources WHERE id = ?) THEN NULL ELSE ? END, ?, ?, ?, ?, ?)`,
			src.ID, src.ID, e.ID, src.DocumentID, src.PassageStart, src.PassageEnd, nullID(src.MentionID)); err != nil {
			return err
		}
	}
	for _, a := range st.Annotations {
		a.EventID = e.ID
		if err := putAnnotation(ctx, tx, a); err != nil {
			return err
		}
	}
	return nil
}

// putAnnotation writes an annotation with its id and times as given and
// indexes it. The row with that id is updated when it is the same note
// (same creation time); when the id now belongs to another note, that note
// is kept and this one is written under a new id.
func putAnnotation(ctx context.Context, tx *sql.Tx, a Annotation) error {
	ps, pe := passage(a)
	var created int64
	err := tx.QueryRowContext(ctx, `SELECT created_at FROM annotations WHERE id = ?`, a.ID).Scan(&created)
	switch {
	case err == nil && created == a.CreatedAt.Unix():
		// An UPDATE, not a REPLACE: its triggers keep the events' note
		// counts (a REPLACE's implicit delete fires no trigger).
		if _, err := tx.ExecContext(ctx, `UPDATE annotations SET event_id = ?, document_id = ?, passage_start = ?,
			passage_end = ?, body = ?, updated_at = ? WHERE id = ?`, nullID(a.EventID), nullID(a.DocumentID), ps, pe,
			a.Body, a.UpdatedAt.Unix(), a.ID); err != nil {
			return err
		}
	case err == nil || errors.Is(err, sql.ErrNoRows):
		var id any = a.ID
		if err == nil {
			id = nil
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO annotations
			(id, event_id, document_id, passage_start, passage_end, body, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, nullID(a.EventID), nullID(a.DocumentID), ps, pe, a.Body,
			a.CreatedAt.Unix(), a.UpdatedAt.Unix())
		if err != nil {
			return err
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return err
		}
	default:
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM annotations_fts WHERE rowid = ?`, a.ID); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, insertAnnotationFTS, textFTSArgs(a.ID, a.Body)...)
	return err
}

// Annotation returns one annotation.
func (s *Store) Annotation(ctx context.Context, id int64) (Annotation, error) {
	var a Annotation
	var created, updated int64
	err := s.read.QueryRowContext(ctx, `SELECT id, coalesce(event_id, 0), coalesce(document_id, 0),
		coalesce(passage_start, 0), coalesce(passage_end, 0), body, created_at, updated_at
		FROM annotations WHERE id = ?`, id).Scan(&a.ID, &a.EventID, &a.DocumentID, &a.PassageStart,
		&a.PassageEnd, &a.Body, &created, &updated)
	if err != nil {
		return Annotation{}, fmt.Errorf("annotation %d: %w", id, mapErr(err))
	}
	a.CreatedAt, a.UpdatedAt = unixTime(created), unixTime(updated)
	return a, nil
}

// RestoreAnnotation puts back a deleted annotation exactly as it was (same
// id and times), for undo. ErrNotFound when its event or document is gone.
func (s *Store) RestoreAnnotation(ctx context.Context, a Annotation) error {
	if a.ID == 0 || a.EventID == 0 && a.DocumentID == 0 {
		return fmt.Errorf("restore annotation: %w: needs an id and an event or a document", ErrInvalid)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		for table, id := range map[string]int64{"events": a.EventID, "documents": a.DocumentID} {
			if id == 0 {
				continue
			}
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM `+table+` WHERE id = ?`, id).Scan(&one); err != nil {
				return err
			}
		}
		return putAnnotation(ctx, tx, a)
	})
	if err != nil {
		return fmt.Errorf("restore annotation %d: %w", a.ID, err)
	}
	return nil
}

// linkTags adds the named tags (created when unknown) to an event.
func linkTags(ctx context.Context, tx *sql.Tx, id int64, names []string) error {
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING`, n); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO event_tags (event_id, tag_id)
			SELECT ?, id FROM tags WHERE name = ?`, id, n); err != nil {
			return err
		}
	}
	return nil
}

// MergeEvents folds event from into event into: its sources (except those
// into already has), annotations and tags move over, and from is deleted.
func (s *Store) MergeEvents(ctx context.Context, into, from int64) error {
	if into == from {
		return fmt.Errorf("merge events: %w: an event cannot be merged with itself", ErrInvalid)
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		for _, id := range []int64{into, from} {
			var one int
			if err := tx.QueryRowContext(ctx, `SELECT 1 FROM events WHERE id = ?`, id).Scan(&one); err != nil {
				return err
			}
		}
		steps := []string{
			`UPDATE event_sources SET event_id = ?1 WHERE event_id = ?2 AND NOT EXISTS (
				SELECT 1 FROM event_sources o WHERE o.event_id = ?1 AND o.document_id = event_sources.document_id
				AND o.passage_start = event_sources.passage_start AND o.passage_end = event_sources.passage_end)`,
			`UPDATE annotations SET event_id = ?1 WHERE event_id = ?2`,
			`INSERT OR IGNORE INTO event_tags (event_id, tag_id) SELECT ?1, tag_id FROM event_tags WHERE event_id = ?2`,
			`DELETE FROM events WHERE id = ?2`,
			`UPDATE events SET updated_at = ?3 WHERE id = ?1`,
		}
		for _, q := range steps {
			if _, err := tx.ExecContext(ctx, q, into, from, s.now().Unix()); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("merge event %d into %d: %w", from, into, err)
	}
	return nil
}

// SplitSource moves one source of an event to a new event with the same
// date and title, and returns the new event's id. The event must keep at
// least one source.
func (s *Store) SplitSource(ctx context.Context, eventID, sourceID int64) (int64, error) {
	var newID int64
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM event_sources WHERE event_id = ?`, eventID).Scan(&n); err != nil {
			return err
		}
		var owner int64
		if err := tx.QueryRowContext(ctx, `SELECT event_id FROM event_sources WHERE id = ?`, sourceID).Scan(&owner); err != nil {
			return err
		}
		if owner != eventID {
			return fmt.Errorf("%w: source %d is not a source of event %d", ErrInvalid, sourceID, eventID)
		}
		if n < 2 {
			return fmt.Errorf("%w: event %d has a single source; there is nothing to split", ErrInvalid, eventID)
		}
		now := s.now().Unix()
		res, err := tx.ExecContext(ctx, `INSERT INTO events
			(title, start_unix, end_unix, span_class, precision, value, status, confidence, color, created_at, updated_at)
			SELECT title, start_unix, end_unix, span_class, precision, value, 'edited', confidence, color, ?, ?
			FROM events WHERE id = ?`, now, now, eventID)
		if err != nil {
			return err
		}
		if newID, err = res.LastInsertId(); err != nil {
			return err
		}
		var title string
		if err := tx.QueryRowContext(ctx, `SELECT title FROM events WHERE id = ?`, newID).Scan(&title); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, insertEventFTS, textFTSArgs(newID, title)...); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_tags (event_id, tag_id) SELECT ?, tag_id FROM event_tags WHERE event_id = ?`, newID, eventID); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE event_sources SET event_id = ? WHERE id = ?`, newID, sourceID)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("split event %d: %w", eventID, err)
	}
	return newID, nil
}

// MergeProposal is a pair of events that look like the same happening
// reported by different documents.
type MergeProposal struct {
	A, B  Event
	Score float64 // 0..1: how alike their dates and passages are
}

// ProposeMerges finds events of different documents whose intervals
// overlap at compatible precision and whose titles and passages share
// enough words (after normalisation: at least three, and at least 30% of
// the shorter text's words). Rejected events and pairs already
// sharing a document are left out. At most limit proposals, best first.
func (s *Store) ProposeMerges(ctx context.Context, limit int) ([]MergeProposal, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+eventColumns+`,
		(SELECT group_concat(src.document_id) FROM event_sources src WHERE src.event_id = e.id),
		(SELECT group_concat(substr(d.text, src.passage_start + 1, src.passage_end - src.passage_start), ' ')
		 FROM event_sources src JOIN documents d ON d.id = src.document_id WHERE src.event_id = e.id)
		FROM events e WHERE e.status <> 'rejected' ORDER BY e.start_unix`)
	if err != nil {
		return nil, fmt.Errorf("propose merges: %w", mapErr(err))
	}
	defer rows.Close()
	type cand struct {
		ev    Event
		docs  map[string]bool
		words map[string]bool
	}
	var cs []cand
	for rows.Next() {
		var docs, passages sql.NullString
		e, err := scanEvent(extraScanner{rows, []any{&docs, &passages}})
		if err != nil {
			return nil, fmt.Errorf("propose merges: %w", mapErr(err))
		}
		c := cand{ev: e, docs: map[string]bool{}, words: wordSet(e.Title + " " + passages.String)}
		for _, d := range strings.Split(docs.String, ",") {
			c.docs[d] = true
		}
		cs = append(cs, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("propose merges: %w", mapErr(err))
	}
	var out []MergeProposal
	for i := range cs {
		for j := i + 1; j < len(cs) && cs[j].ev.Start.Before(cs[i].ev.End); j++ {
			a, b := cs[i], cs[j]
			if sharesDoc(a.docs, b.docs) || !comparablePrecision(a.ev.Precision, b.ev.Precision) {
				continue
			}
			shared, sim := overlap(a.words, b.words)
			if shared < 3 || sim < 0.3 {
				continue
			}
			out = append(out, MergeProposal{A: a.ev, B: b.ev, Score: sim})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out, nil
}

// extraScanner lets scanEvent read rows that carry more columns after the
// event's: they land in extra.
type extraScanner struct {
	r     scanner
	extra []any
}

func (x extraScanner) Scan(dest ...any) error { return x.r.Scan(append(dest, x.extra...)...) }

func sharesDoc(a, b map[string]bool) bool {
	for d := range a {
		if b[d] {
			return true
		}
	}
	return false
}

// comparablePrecision accepts pairs whose precisions are at most one step
// apart (a day and a month may be the same event; a day and a decade not).
func comparablePrecision(a, b string) bool {
	rank := map[string]int{"minute": 0, "hour": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 4,
		"year": 5, "decade": 6, "century": 7, "millennium": 8}
	d := rank[a] - rank[b]
	return d >= -2 && d <= 2
}

// wordSet is the set of normalised words of s with at least three letters.
func wordSet(s string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(Normalize(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 0x0600 && r <= 0x06FF)
	}) {
		if len([]rune(w)) >= 3 {
			words[stripClitic(w)] = true
		}
	}
	return words
}

// stripClitic drops a leading Arabic conjunction/preposition/article so that
// "والمغرب" and "المغرب" and "مغرب" count as one word.
func stripClitic(w string) string {
	r := []rune(w)
	for _, p := range [][]rune{[]rune("وال"), []rune("بال"), []rune("فال"), []rune("لل"), []rune("ال")} {
		if len(r) > len(p)+2 && string(r[:len(p)]) == string(p) {
			return string(r[len(p):])
		}
	}
	if len(r) > 4 && (r[0] == 'و' || r[0] == 'ف') {
		return string(r[1:])
	}
	return w
}

// overlap counts the words a and b share and divides by the smaller set:
// a short report and a long one of the same event still score high.
func overlap(a, b map[string]bool) (shared int, score float64) {
	if len(a) == 0 || len(b) == 0 {
		return 0, 0
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	for w := range a {
		if b[w] {
			shared++
		}
	}
	return shared, float64(shared) / float64(len(a))
}

// DocSnapshot is a document's dating and everything extracted from it:
// its DCT, its mentions and the events with a source in it. Restoring it
// undoes a re-dating.
type DocSnapshot struct {
	DocID        int64
	DCTValue     string
	DCT          time.Time
	DCTPrecision string
	DCTSource    string
	Mentions     []Mention
	Events       Snapshot
}

// DocumentSnapshot captures a document's dating, mentions and events.
func (s *Store) DocumentSnapshot(ctx context.Context, docID int64) (DocSnapshot, error) {
	d, err := s.Document(ctx, docID)
	if err != nil {
		return DocSnapshot{}, fmt.Errorf("snapshot document: %w", err)
	}
	snap := DocSnapshot{DocID: docID, DCTValue: d.DCTValue, DCT: d.DCT, DCTPrecision: d.DCTPrecision, DCTSource: d.DCTSource}
	if snap.Mentions, err = s.Mentions(ctx, docID); err != nil {
		return DocSnapshot{}, fmt.Errorf("snapshot document: %w", err)
	}
	evs, err := s.EventsOfDocument(ctx, docID)
	if err != nil {
		return DocSnapshot{}, fmt.Errorf("snapshot document: %w", err)
	}
	ids := make([]int64, len(evs))
	for i, e := range evs {
		ids[i] = e.ID
	}
	if snap.Events, err = s.Snapshot(ctx, ids...); err != nil {
		return DocSnapshot{}, err
	}
	return snap, nil
}

// RestoreDocument puts a document's dating, mentions and events back as
// snap recorded them; events with a source in the document that snap does
// not know are deleted.
func (s *Store) RestoreDocument(ctx context.Context, snap DocSnapshot) error {
	known := map[int64]bool{}
	for _, id := range snap.Events.IDs() {
		known[id] = true
	}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := setDCT(ctx, tx, snap.DocID, snap.DCTValue, snap.DCT, snap.DCTPrecision, snap.DCTSource); err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT event_id FROM event_sources WHERE document_id = ?`, snap.DocID)
		if err != nil {
			return err
		}
		var extra []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			if !known[id] {
				extra = append(extra, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range append(extra, snap.Events.IDs()...) {
			if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE id = ?`, id); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE document_id = ?`, snap.DocID); err != nil {
			return err
		}
		for _, m := range snap.Mentions {
			if _, err := tx.ExecContext(ctx, `INSERT INTO mentions (id, document_id, start_offset, end_offset, text, type, value, mod)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, m.ID, snap.DocID, m.Start, m.End, m.Text, m.Type, m.Value, m.Mod); err != nil {
				return err
			}
		}
		for _, st := range snap.Events.Events {
			if err := restoreEvent(ctx, tx, st, false); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("restore document %d: %w", snap.DocID, err)
	}
	return nil
}

func setDCT(ctx context.Context, tx *sql.Tx, docID int64, value string, dct time.Time, precision, source string) error {
	if source == "" {
		source = DCTNone
	}
	res, err := tx.ExecContext(ctx, `UPDATE documents SET dct_value = ?, dct_unix = ?, dct_precision = ?, dct_source = ?
		WHERE id = ?`, value, nullTime(dct), precision, source, docID)
	if err != nil {
		return err
	}
	return mustAffect(res)
}

// ReplaceExtraction re-dates a document with a fresh extraction: imp.Doc's
// DCT fields, imp.Mentions and imp.Events replace the document's dating,
// mentions and automatic events. Events the user accepted, edited or
// rejected, and events that also have sources in other documents, are
// kept; a new event that repeats a kept one (same passage and interval) is
// not added. One transaction.
func (s *Store) ReplaceExtraction(ctx context.Context, docID int64, imp Import) error {
	for i := range imp.Events {
		if err := checkEvent(&imp.Events[i].Event); err != nil {
			return fmt.Errorf("re-extract document %d: %w", docID, err)
		}
	}
	d := imp.Doc
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		if err := setDCT(ctx, tx, docID, d.DCTValue, d.DCT, d.DCTPrecision, d.DCTSource); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM events WHERE status = 'auto'
			AND id IN (SELECT event_id FROM event_sources WHERE document_id = ?1)
			AND id NOT IN (SELECT event_id FROM event_sources WHERE document_id <> ?1)`, docID); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE document_id = ?`, docID); err != nil {
			return err
		}
		mentionIDs, err := insertMentions(ctx, tx, docID, imp.Mentions)
		if err != nil {
			return err
		}
		var fresh []NewEvent
		for _, ev := range imp.Events {
			var one int
			err := tx.QueryRowContext(ctx, `SELECT 1 FROM events e JOIN event_sources s ON s.event_id = e.id
				WHERE s.document_id = ? AND s.passage_start = ? AND s.passage_end = ? AND e.start_unix = ? AND e.end_unix = ?`,
				docID, ev.PassageStart, ev.PassageEnd, ev.Start.Unix(), ev.End.Unix()).Scan(&one)
			if err == sql.ErrNoRows {
				fresh = append(fresh, ev)
			} else if err != nil {
				return err
			}
		}
		return insertEvents(ctx, tx, docID, mentionIDs, fresh, s.now().Unix())
	})
	if err != nil {
		return fmt.Errorf("re-extract document %d: %w", docID, err)
	}
	return nil
}

// insertEvents writes checked events with their source in document docID;
// an event's Mention indexes mentionIDs.
func insertEvents(ctx context.Context, tx *sql.Tx, docID int64, mentionIDs []int64, events []NewEvent, now int64) error {
	evStmt, err := tx.PrepareContext(ctx, insertEventSQL)
	if err != nil {
		return err
	}
	defer evStmt.Close()
	ftsStmt, err := tx.PrepareContext(ctx, insertEventFTS)
	if err != nil {
		return err
	}
	defer ftsStmt.Close()
	srcStmt, err := tx.PrepareContext(ctx, `INSERT INTO event_sources
		(event_id, document_id, passage_start, passage_end, mention_id) VALUES (?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer srcStmt.Close()
	for _, ev := range events {
		id, err := execInsertEvent(ctx, evStmt, ftsStmt, ev.Event, now)
		if err != nil {
			return err
		}
		var mention any
		if ev.Mention >= 0 && ev.Mention < len(mentionIDs) {
			mention = mentionIDs[ev.Mention]
		}
		if _, err := srcStmt.ExecContext(ctx, id, docID, ev.PassageStart, ev.PassageEnd, mention); err != nil {
			return err
		}
	}
	return nil
}

// Empty reports whether the database holds no document, event or note
// (false when it cannot tell).
func (s *Store) Empty(ctx context.Context) bool {
	var n int
	err := s.read.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM events) +
		(SELECT count(*) FROM annotations)`).Scan(&n)
	return err == nil && n == 0
}
