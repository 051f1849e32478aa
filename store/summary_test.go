package store

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"testing"
	"time"

	_ "github.com/mattn/go-sqlite3"
)

// checkSummaries compares every event's summary columns (migration 0002)
// with the values computed from the tables they summarise.
func checkSummaries(t *testing.T, s *Store, when string) {
	t.Helper()
	rows, err := s.read.QueryContext(t.Context(), `SELECT e.id, e.sources_n, e.first_document, e.notes_n, coalesce(e.tags, ''),
		(SELECT count(*) FROM event_sources x WHERE x.event_id = e.id),
		(SELECT min(x.document_id) FROM event_sources x WHERE x.event_id = e.id),
		(SELECT count(*) FROM annotations a WHERE a.event_id = e.id),
		coalesce((SELECT group_concat(t.name, char(31)) FROM event_tags et JOIN tags t ON t.id = et.tag_id WHERE et.event_id = e.id), '')
		FROM events e`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, srcs, notes, wantSrcs, wantNotes int64
		var first, wantFirst sql.NullInt64
		var tags, wantTags string
		if err := rows.Scan(&id, &srcs, &first, &notes, &tags, &wantSrcs, &wantFirst, &wantNotes, &wantTags); err != nil {
			t.Fatal(err)
		}
		n++
		if srcs != wantSrcs || first != wantFirst || notes != wantNotes || sortedTags(tags) != sortedTags(wantTags) {
			t.Errorf("%s: event %d summary (sources %d, first %v, notes %d, tags %q), tables say (%d, %v, %d, %q)",
				when, id, srcs, first, notes, tags, wantSrcs, wantFirst, wantNotes, wantTags)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("%s: no events to check", when)
	}
}

func sortedTags(s string) string {
	p := strings.Split(s, "\x1f")
	sort.Strings(p)
	return strings.Join(p, "\x1f")
}

// TestEventSummaryFollowsEdits drives every operation that changes an
// event's sources, notes or tags and checks the summary after each.
func TestEventSummaryFollowsEdits(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	a, b := twoReports(t, s)
	checkSummaries(t, s, "import")
	ea, _ := s.Event(ctx, a)
	if ea.Sources != 1 || ea.DocumentID == 0 {
		t.Fatalf("imported event: sources %d, document %d", ea.Sources, ea.DocumentID)
	}
	if err := s.SetEventTags(ctx, a, []string{"أمن", "Diplomacy"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetEventTags(ctx, b, []string{"أمن"}); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "tags set")
	note, err := s.AddAnnotation(ctx, Annotation{EventID: b, Body: "مصدر ثان"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAnnotation(ctx, Annotation{EventID: a, Body: "first"}); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "notes added")
	if err := s.MergeEvents(ctx, a, b); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "merge")
	ea, _ = s.Event(ctx, a)
	if ea.Sources != 2 || ea.Notes != 2 || len(ea.Tags) != 2 {
		t.Errorf("merged event: sources %d notes %d tags %v, want 2, 2, two tags", ea.Sources, ea.Notes, ea.Tags)
	}
	srcs, err := s.EventSources(ctx, a)
	if err != nil || len(srcs) != 2 {
		t.Fatalf("sources of the merged event: %d (%v)", len(srcs), err)
	}
	if _, err := s.SplitSource(ctx, a, srcs[1].ID); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "split")
	if err := s.DeleteAnnotation(ctx, note); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "note deleted")
	// Renaming a tag (the tags table, as a rename by another tool would)
	// and deleting one (cascading to event_tags) reach the summary too.
	if _, err := s.write.ExecContext(ctx, `UPDATE tags SET name = 'Diplomatie' WHERE name = 'Diplomacy'`); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "tag renamed")
	if _, err := s.write.ExecContext(ctx, `DELETE FROM tags WHERE name = 'أمن'`); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "tag deleted")
	ea, _ = s.Event(ctx, a)
	if strings.Join(ea.Tags, ",") != "Diplomatie" {
		t.Errorf("tags after rename and delete: %v", ea.Tags)
	}
	snap, err := s.Snapshot(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEvent(ctx, a); err != nil {
		t.Fatal(err)
	}
	if err := s.Restore(ctx, snap); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "delete and restore")
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 2 {
		t.Fatalf("documents: %d (%v)", len(docs), err)
	}
	if err := s.DeleteDocument(ctx, docs[0].ID); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s, "document deleted")
	d, err := s.DumpAll(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s2 := openTest(t)
	if _, err := s2.ImportDump(ctx, d); err != nil {
		t.Fatal(err)
	}
	checkSummaries(t, s2, "dump imported")
}

// TestMigration2Backfills opens a database written with schema 1 (events
// with sources, notes and tags) and checks that the upgrade fills the
// summary columns.
func TestMigration2Backfills(t *testing.T) {
	ctx := context.Background()
	path := t.TempDir() + "/v1.db"
	db := rawDB(t, path)
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`,
		ms[0].sql,
		`INSERT INTO schema_migrations VALUES (1, '2026-01-01T00:00:00Z')`,
		`INSERT INTO documents (id, text, sha256, imported_at) VALUES (1, 'a', 'x1', 0), (2, 'b', 'x2', 0)`,
		`INSERT INTO events (id, title, start_unix, end_unix, created_at, updated_at) VALUES (1, 'e1', 0, 86400, 0, 0), (2, 'e2', 0, 86400, 0, 0)`,
		`INSERT INTO event_sources (event_id, document_id, passage_start, passage_end) VALUES (1, 2, 0, 1), (1, 1, 0, 1)`,
		`INSERT INTO annotations (event_id, body, created_at, updated_at) VALUES (1, 'n', 0, 0), (1, 'm', 0, 0), (2, 'o', 0, 0)`,
		`INSERT INTO tags (id, name) VALUES (1, 'b'), (2, 'a')`,
		`INSERT INTO event_tags (event_id, tag_id) VALUES (1, 1), (1, 2)`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%.60s: %v", q, err)
		}
	}
	db.Close()
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	e1, err := s.Event(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if e1.Sources != 2 || e1.DocumentID != 1 || e1.Notes != 2 || strings.Join(e1.Tags, ",") != "a,b" {
		t.Errorf("event 1 after the upgrade: sources %d, document %d, notes %d, tags %v; want 2, 1, 2, [a b]",
			e1.Sources, e1.DocumentID, e1.Notes, e1.Tags)
	}
	e2, _ := s.Event(ctx, 2)
	if e2.Sources != 0 || e2.DocumentID != 0 || e2.Notes != 1 || len(e2.Tags) != 0 {
		t.Errorf("event 2 after the upgrade: %+v", e2)
	}
	checkSummaries(t, s, "upgrade")
}

// TestEventCacheSeesEveryWrite reads the viewport twice (the second read
// comes from the cache), then changes an event through the store, through
// a second Store on the same file and through another program's
// connection: each change must show at the next read.
func TestEventCacheSeesEveryWrite(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	a, _ := twoReports(t, s)
	f := EventFilter{From: day(2025, 6, 1), To: day(2025, 7, 1)}
	title := func() string {
		t.Helper()
		evs, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range evs {
			if e.ID == a {
				return e.Title
			}
		}
		t.Fatalf("event %d not in view", a)
		return ""
	}
	title()
	title()
	e, err := s.Event(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	e.Title = "edited here"
	if err := s.UpdateEvent(ctx, e); err != nil {
		t.Fatal(err)
	}
	if got := title(); got != "edited here" {
		t.Errorf("after an edit through the store: %q", got)
	}
	other, err := Open(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	e.Title = "edited by another Store"
	if err := other.UpdateEvent(ctx, e); err != nil {
		t.Fatal(err)
	}
	other.Close()
	if got := title(); got != "edited by another Store" {
		t.Errorf("after an edit by another Store: %q", got)
	}
	db := rawDB(t, s.Path())
	if _, err := db.ExecContext(ctx, `UPDATE events SET title = 'edited by sqlite3' WHERE id = ?`, a); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if got := title(); got != "edited by sqlite3" {
		t.Errorf("after an edit by another program: %q", got)
	}
	// The cache hands out copies: changing a returned event's tags does not
	// change the next read.
	if err := s.SetEventTags(ctx, a, []string{"x", "y"}); err != nil {
		t.Fatal(err)
	}
	evs, _ := s.Events(ctx, f)
	for i := range evs {
		for j := range evs[i].Tags {
			evs[i].Tags[j] = "changed"
		}
	}
	evs, _ = s.Events(ctx, f)
	for _, e := range evs {
		if e.ID == a && strings.Join(e.Tags, ",") != "x,y" {
			t.Errorf("tags after a caller changed its copy: %v", e.Tags)
		}
	}
}

// TestRestoreKeepsReusedIDs deletes an event and a note, lets new rows take
// their ids (SQLite reuses the largest id), then undoes the deletions: the
// new rows stay as they are, the old ones come back under new ids, and every
// summary matches its table.
func TestRestoreKeepsReusedIDs(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	a, b := twoReports(t, s)
	snap, err := s.Snapshot(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteEvent(ctx, b); err != nil {
		t.Fatal(err)
	}
	// Rows are told apart by their creation time: let a minute pass.
	later := time.Now().Add(time.Minute)
	s.now = func() time.Time { return later }
	// A third report: its event and source take the freed ids.
	imp := Import{Doc: Document{Title: "third", Text: "third report of the talks", Lang: "en"}}
	imp.Events = []NewEvent{{Event: Event{Title: "talks again", Start: day(2025, 6, 24), End: day(2025, 6, 25),
		Precision: "day"}, Mention: -1, PassageEnd: 5}}
	if _, _, err := s.ImportDocument(ctx, imp); err != nil {
		t.Fatal(err)
	}
	taken, err := s.Event(ctx, b)
	if err != nil || taken.Title != "talks again" {
		t.Fatalf("the freed id %d was not reused (%v, %q); the test needs it", b, err, taken.Title)
	}
	if err := s.Restore(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if e, _ := s.Event(ctx, b); e.Title != "talks again" || e.Sources != 1 {
		t.Errorf("the event that took id %d was changed by the restore: %q, %d sources", b, e.Title, e.Sources)
	}
	evs, err := s.Events(ctx, EventFilter{From: day(2025, 6, 24), To: day(2025, 6, 25)})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, e := range evs {
		titles = append(titles, e.Title)
		if e.Sources != 1 {
			t.Errorf("event %d %q has %d sources, want 1", e.ID, e.Title, e.Sources)
		}
	}
	if len(evs) != 3 {
		t.Errorf("events on 06-24 after the restore: %q, want the two reports and the third", titles)
	}
	checkSummaries(t, s, "restore with reused ids")

	// The same for a note.
	n1, err := s.AddAnnotation(ctx, Annotation{EventID: a, Body: "first note"})
	if err != nil {
		t.Fatal(err)
	}
	old, err := s.Annotation(ctx, n1)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAnnotation(ctx, n1); err != nil {
		t.Fatal(err)
	}
	later = later.Add(time.Minute)
	n2, err := s.AddAnnotation(ctx, Annotation{EventID: b, Body: "second note"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.RestoreAnnotation(ctx, old); err != nil {
		t.Fatal(err)
	}
	if got, err := s.Annotation(ctx, n2); err != nil || got.Body != "second note" || got.EventID != b {
		t.Errorf("note %d after restoring a note with the same id: %+v (%v)", n2, got, err)
	}
	notes, err := s.Annotations(ctx, AnnotationFilter{EventID: a})
	if err != nil || len(notes) != 1 || notes[0].Body != "first note" {
		t.Errorf("notes of event %d after the restore: %+v (%v)", a, notes, err)
	}
	checkSummaries(t, s, "note restore with a reused id")
}

// TestEventCacheBounds reads more events than the cache holds (nothing is
// kept) and an event with a negative id written by another program.
func TestEventCacheBounds(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	if err := s.InsertSyntheticEvents(ctx, 300, 1); err != nil {
		t.Fatal(err)
	}
	defer func(n int) { maxCachedEvents = n }(maxCachedEvents)
	maxCachedEvents = 100
	evs, err := s.Events(ctx, EventFilter{})
	if err != nil || len(evs) != 300 {
		t.Fatalf("all events: %d (%v)", len(evs), err)
	}
	s.cache.mu.Lock()
	n := len(s.cache.m)
	s.cache.mu.Unlock()
	if n > maxCachedEvents {
		t.Errorf("%d events cached, the limit is %d", n, maxCachedEvents)
	}
	db := rawDB(t, s.Path())
	if _, err := db.ExecContext(ctx, `INSERT INTO events (id, title, start_unix, end_unix, created_at, updated_at)
		VALUES (-5, 'negative', 0, 86400, 0, 0)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	evs, err = s.Events(ctx, EventFilter{From: time.Unix(0, 0), To: time.Unix(86400, 0)})
	if err != nil {
		t.Fatalf("viewport with a negative id: %v", err)
	}
	found := false
	for _, e := range evs {
		found = found || e.ID == -5
	}
	if !found {
		t.Error("the event with id -5 is not in the viewport")
	}
}
