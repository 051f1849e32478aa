package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func openTest(t testing.TB) *Store {
	t.Helper()
	path := filepath.Join(t.TempDir(), "sub", "dir", "zaman.db") // Open creates folders
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// rawDB opens the file without the store, as another program would.
func rawDB(t testing.TB, path string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=1000")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

const sampleText = `الرباط - توقيع مخطط عمل مشترك.
الأربعاء 2025/06/25
ووقّع عبداللطيف حموشي مع نظيره الفرنسي، والثلاثاء جرت محادثات. وأُعلن في مارس الماضي عن إعلان مشترك.`

// sampleImport builds an import of sampleText with two mentions and three
// events (the offsets are found, not hard-coded).
func sampleImport(t testing.TB) Import {
	t.Helper()
	runes := []rune(sampleText)
	find := func(s string) (int, int) {
		i := strings.Index(sampleText, s)
		if i < 0 {
			t.Fatalf("%q not in sample", s)
		}
		start := len([]rune(sampleText[:i]))
		return start, start + len([]rune(s))
	}
	ms, me := find("الثلاثاء")
	ns, ne := find("مارس الماضي")
	ps, pe := find("ووقّع عبداللطيف حموشي مع نظيره الفرنسي، والثلاثاء جرت محادثات.")
	_ = runes
	return Import{
		Doc: Document{Title: "التعاون الأمني", Text: sampleText, Lang: "ar", DCTValue: "2025-06-25",
			DCT: day(2025, 6, 25), DCTPrecision: "day", DCTSource: DCTDateline, Origin: "sample.txt"},
		Mentions: []Mention{
			{Start: ms, End: me, Text: "الثلاثاء", Type: "DATE", Value: "2025-06-24"},
			{Start: ns, End: ne, Text: "مارس الماضي", Type: "DATE", Value: "2025-03"},
		},
		Events: []NewEvent{
			{Event: Event{Title: "محادثات", Start: day(2025, 6, 24), End: day(2025, 6, 25), Precision: "day",
				Value: "2025-06-24", Confidence: 0.8}, Mention: 0, PassageStart: ps, PassageEnd: pe},
			{Event: Event{Title: "إعلان مشترك", Start: day(2025, 3, 1), End: day(2025, 4, 1), Precision: "month",
				Value: "2025-03", Confidence: 0.7}, Mention: 1, PassageStart: ns, PassageEnd: ne},
			{Event: Event{Title: "ووقّع مخطط عمل", Start: day(2025, 6, 25), End: day(2025, 6, 26), Precision: "day",
				Value: "2025-06-25", Confidence: 0.9}, Mention: -1, PassageStart: ps, PassageEnd: pe},
		},
	}
}

func TestMigrationsRecorded(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, err := os.Stat(s.Path()); err != nil {
		t.Fatal(err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT version, applied_at FROM schema_migrations ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	var versions []int
	for rows.Next() {
		var v int
		var at string
		if err := rows.Scan(&v, &at); err != nil {
			t.Fatal(err)
		}
		if _, err := time.Parse(time.RFC3339, at); err != nil {
			t.Errorf("applied_at %q: %v", at, err)
		}
		versions = append(versions, v)
	}
	rows.Close()
	if len(versions) != SchemaVersion() || versions[0] != 1 {
		t.Fatalf("versions %v, want 1..%d", versions, SchemaVersion())
	}
	var mode string
	var fk, appID int
	s.read.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode)
	s.read.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk)
	s.read.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&appID)
	if mode != "wal" || fk != 1 || appID != applicationID {
		t.Errorf("journal_mode %q foreign_keys %d application_id %d", mode, fk, appID)
	}

	// Reopen: nothing applied twice, data kept.
	path := s.Path()
	if _, _, err := s.ImportDocument(ctx, sampleImport(t)); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	var n int
	s2.read.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n)
	if n != SchemaVersion() {
		t.Errorf("%d migrations recorded after reopen", n)
	}
	docs, err := s2.Documents(ctx)
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents after reopen: %v %v", docs, err)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	path := s.Path()
	if _, err := s.write.ExecContext(ctx, `INSERT INTO schema_migrations VALUES (5, '2030-01-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("err = %v, want ErrNewerSchema", err)
	}
	if !strings.Contains(err.Error(), fmt.Sprintf("schema 5, this build knows %d", SchemaVersion())) || !strings.Contains(err.Error(), "upgrade Zaman") {
		t.Errorf("message %q", err)
	}
	after, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("the refused database file was modified")
	}
}

func TestForeignDatabaseRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db := rawDB(t, path)
	if _, err := db.Exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(path); !errors.Is(err, ErrNotZaman) {
		t.Fatalf("err = %v, want ErrNotZaman", err)
	}
}

func TestNotADatabase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	if err := os.WriteFile(path, bytes.Repeat([]byte("this is not sqlite\n"), 400), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(path); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("err = %v, want ErrCorrupt", err)
	}
}

func TestImportAndDedup(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	imp := sampleImport(t)
	id, dup, err := s.ImportDocument(ctx, imp)
	if err != nil || dup || id == 0 {
		t.Fatalf("import: id %d dup %v err %v", id, dup, err)
	}
	id2, dup, err := s.ImportDocument(ctx, imp)
	if err != nil || !dup || id2 != id {
		t.Fatalf("re-import: id %d dup %v err %v, want %d true", id2, dup, err, id)
	}
	var nev int
	s.read.QueryRow(`SELECT count(*) FROM events`).Scan(&nev)
	if nev != 3 {
		t.Errorf("%d events after duplicate import, want 3", nev)
	}

	doc, err := s.Document(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != sampleText || doc.Events != 3 || !doc.DCT.Equal(day(2025, 6, 25)) || doc.DCTSource != DCTDateline ||
		len(doc.SHA256) != 64 || doc.ImportedAt.IsZero() {
		t.Errorf("document %+v", doc)
	}
	docs, err := s.Documents(ctx)
	if err != nil || len(docs) != 1 || docs[0].Text != "" || docs[0].Events != 3 || docs[0].Title != imp.Doc.Title {
		t.Errorf("documents %+v %v", docs, err)
	}
	if _, err := s.Document(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Errorf("missing document: %v", err)
	}

	evs, err := s.EventsOfDocument(ctx, id)
	if err != nil || len(evs) != 3 {
		t.Fatalf("events of document: %v %v", evs, err)
	}
	if evs[0].Title != "إعلان مشترك" || evs[0].Precision != "month" || evs[0].Status != StatusAuto ||
		!evs[0].Start.Equal(day(2025, 3, 1)) || evs[0].Start.Location() != time.UTC || evs[0].Sources != 1 {
		t.Errorf("first event %+v", evs[0])
	}
	srcs, err := s.EventSources(ctx, evs[1].ID)
	if err != nil || len(srcs) != 1 {
		t.Fatalf("sources %v %v", srcs, err)
	}
	src := srcs[0]
	if src.Passage != "ووقّع عبداللطيف حموشي مع نظيره الفرنسي، والثلاثاء جرت محادثات." || src.MentionText != "الثلاثاء" ||
		src.DocumentTitle != "التعاون الأمني" || src.DocumentLang != "ar" || src.DocumentID != id {
		t.Errorf("source %+v", src)
	}
	if got := string([]rune(sampleText)[src.MentionStart:src.MentionEnd]); got != "الثلاثاء" {
		t.Errorf("mention offsets give %q", got)
	}
	ms, err := s.Mentions(ctx, id)
	if err != nil || len(ms) != 2 || ms[0].Value != "2025-06-24" {
		t.Errorf("mentions %+v %v", ms, err)
	}

	// A bad event rolls the whole import back.
	bad := sampleImport(t)
	bad.Doc.Text += " (نسخة)"
	bad.Events[2].Status = "maybe"
	if _, _, err := s.ImportDocument(ctx, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad status: %v", err)
	}
	bad.Events[2].Status = ""
	bad.Events[2].Mention = 7
	if _, _, err := s.ImportDocument(ctx, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad mention index: %v", err)
	}
	bad.Events[2].Mention = -1
	bad.Events[2].PassageEnd = bad.Events[2].PassageStart - 1 // refused by the schema, mid-transaction
	if _, _, err := s.ImportDocument(ctx, bad); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad passage: %v", err)
	}
	if docs, _ := s.Documents(ctx); len(docs) != 1 {
		t.Errorf("failed imports left %d documents", len(docs))
	}
	s.read.QueryRow(`SELECT count(*) FROM events`).Scan(&nev)
	if nev != 3 {
		t.Errorf("failed imports left %d events", nev)
	}
}

func TestEditing(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id, _, err := s.ImportDocument(ctx, sampleImport(t))
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := s.EventsOfDocument(ctx, id)
	e := evs[0]
	e.Title = "Déclaration commune"
	e.Start, e.End, e.Precision = day(2025, 3, 3), day(2025, 3, 4), "day"
	e.Status = ""
	if err := s.UpdateEvent(ctx, e); err != nil {
		t.Fatal(err)
	}
	got, err := s.Event(ctx, e.ID)
	if err != nil || got.Title != e.Title || got.Status != StatusEdited || !got.Start.Equal(day(2025, 3, 3)) {
		t.Errorf("after update %+v %v", got, err)
	}
	if hits, _ := s.Search(ctx, "declaration", 10); len(hits) != 1 || hits[0].EventID != e.ID || hits[0].DocumentID != id {
		t.Errorf("search after title change: %+v", hits)
	}
	if hits, _ := s.Search(ctx, "إعلان مشترك", 10); len(hits) != 0 {
		for _, h := range hits {
			if h.Kind == "event" && h.ID == e.ID {
				t.Errorf("old title still indexed: %+v", h)
			}
		}
	}
	e.End = day(2025, 3, 1)
	if err := s.UpdateEvent(ctx, e); !errors.Is(err, ErrInvalid) {
		t.Errorf("end before start: %v", err)
	}
	if err := s.UpdateEvent(ctx, Event{ID: 999, Start: day(2025, 1, 1), End: day(2025, 1, 2)}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update missing event: %v", err)
	}

	if err := s.SetEventStatus(ctx, e.ID, StatusRejected); err != nil {
		t.Fatal(err)
	}
	if err := s.SetEventStatus(ctx, e.ID, "nope"); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad status: %v", err)
	}
	if rej, _ := s.Events(ctx, EventFilter{Statuses: []string{StatusRejected}}); len(rej) != 1 || rej[0].ID != e.ID {
		t.Errorf("rejected filter: %+v", rej)
	}

	if err := s.SetEventTags(ctx, e.ID, []string{"Sécurité", " maroc ", "", "MAROC"}); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Event(ctx, e.ID)
	if fmt.Sprint(got.Tags) != "[Sécurité maroc]" {
		t.Errorf("tags %q", got.Tags)
	}
	if tagged, _ := s.Events(ctx, EventFilter{Tag: "Maroc"}); len(tagged) != 1 || tagged[0].ID != e.ID {
		t.Errorf("tag filter: %+v", tagged)
	}
	if err := s.SetEventTags(ctx, e.ID, []string{"maroc"}); err != nil {
		t.Fatal(err)
	}
	tags, err := s.Tags(ctx)
	if err != nil || len(tags) != 1 || tags[0].Name != "maroc" || tags[0].Events != 1 {
		t.Errorf("unused tag not dropped: %+v %v", tags, err)
	}
	if err := s.SetEventTags(ctx, 999, []string{"x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("tags on missing event: %v", err)
	}

	aid, err := s.AddAnnotation(ctx, Annotation{DocumentID: id, PassageStart: 3, PassageEnd: 9, Body: "مصدر أمني موثوق"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAnnotation(ctx, Annotation{EventID: 12345, Body: "x"}); !errors.Is(err, ErrNotFound) {
		t.Errorf("annotation on missing event: %v", err)
	}
	if _, err := s.AddAnnotation(ctx, Annotation{Body: "x"}); !errors.Is(err, ErrInvalid) {
		t.Errorf("annotation on nothing: %v", err)
	}
	if err := s.UpdateAnnotation(ctx, Annotation{ID: aid, Body: "À vérifier auprès de la DGSN"}); err != nil {
		t.Fatal(err)
	}
	as, err := s.Annotations(ctx, AnnotationFilter{DocumentID: id})
	if err != nil || len(as) != 1 || as[0].Body != "À vérifier auprès de la DGSN" || as[0].HasPassage() {
		t.Errorf("annotations %+v %v", as, err)
	}
	if as, _ := s.Annotations(ctx, AnnotationFilter{Query: "verifier"}); len(as) != 1 {
		t.Errorf("annotation query: %+v", as)
	}
	if as, _ := s.Annotations(ctx, AnnotationFilter{Query: "موثوق"}); len(as) != 0 {
		t.Errorf("old annotation body still indexed: %+v", as)
	}
	if err := s.DeleteAnnotation(ctx, aid); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAnnotation(ctx, aid); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}

	if err := s.SetDocumentDCT(ctx, id, "2025-06-26", day(2025, 6, 26), "day", DCTUser); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Document(ctx, id); d.DCTValue != "2025-06-26" || d.DCTSource != DCTUser || !d.DCT.Equal(day(2025, 6, 26)) {
		t.Errorf("dct %+v", d)
	}
	if err := s.SetDocumentDCT(ctx, id, "", time.Time{}, "", "guess"); !errors.Is(err, ErrInvalid) {
		t.Errorf("bad dct source: %v", err)
	}
	if err := s.SetDocumentDCT(ctx, id, "", time.Time{}, "", ""); err != nil {
		t.Fatal(err)
	}
	if d, _ := s.Document(ctx, id); !d.DCT.IsZero() || d.DCTSource != DCTNone {
		t.Errorf("cleared dct %+v", d)
	}
}

func count(t *testing.T, s *Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.read.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCascadeDeletes(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id, _, err := s.ImportDocument(ctx, sampleImport(t))
	if err != nil {
		t.Fatal(err)
	}
	other := sampleImport(t)
	other.Doc.Text = "Le 24 juin 2025, des pourparlers ont eu lieu."
	other.Events = other.Events[:1]
	other.Events[0].Mention = -1
	id2, _, err := s.ImportDocument(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := s.EventsOfDocument(ctx, id)
	// Make the first event shared by both documents, as a merge would.
	shared := evs[1].ID
	if _, err := s.write.Exec(`INSERT INTO event_sources (event_id, document_id, passage_start, passage_end) VALUES (?, ?, 0, 5)`,
		shared, id2); err != nil {
		t.Fatal(err)
	}
	victim := evs[0].ID
	s.SetEventTags(ctx, victim, []string{"t"})
	aid, _ := s.AddAnnotation(ctx, Annotation{EventID: victim, Body: "ملاحظة فريدة"})
	s.AddAnnotation(ctx, Annotation{DocumentID: id, Body: "note unique"})

	if err := s.DeleteEvent(ctx, victim); err != nil {
		t.Fatal(err)
	}
	if n := count(t, s, `SELECT count(*) FROM event_sources WHERE event_id = ?`, victim); n != 0 {
		t.Errorf("%d sources left", n)
	}
	if n := count(t, s, `SELECT count(*) FROM event_tags WHERE event_id = ?`, victim); n != 0 {
		t.Errorf("%d tag links left", n)
	}
	if n := count(t, s, `SELECT count(*) FROM annotations WHERE id = ?`, aid); n != 0 {
		t.Errorf("annotation left")
	}
	if hits, _ := s.Search(ctx, "فريدة", 10); len(hits) != 0 {
		t.Errorf("deleted annotation still found: %+v", hits)
	}
	if err := s.DeleteEvent(ctx, victim); !errors.Is(err, ErrNotFound) {
		t.Errorf("delete twice: %v", err)
	}

	if err := s.DeleteDocument(ctx, id); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`SELECT count(*) FROM mentions WHERE document_id = ?`,
		`SELECT count(*) FROM event_sources WHERE document_id = ?`,
		`SELECT count(*) FROM annotations WHERE document_id = ?`,
		`SELECT count(*) FROM documents_fts WHERE rowid = ?`,
	} {
		if n := count(t, s, q, id); n != 0 {
			t.Errorf("%s: %d left", q, n)
		}
	}
	// The shared event survives with its other source; the others go.
	left, _ := s.Events(ctx, EventFilter{})
	var ids []int64
	for _, e := range left {
		ids = append(ids, e.ID)
	}
	if len(left) != 2 || (left[0].ID != shared && left[1].ID != shared) {
		t.Errorf("events left %v (shared %d)", ids, shared)
	}
	if n := count(t, s, `SELECT count(*) FROM events_fts`); n != 2 {
		t.Errorf("%d event index rows for 2 events", n)
	}
	if hits, _ := s.Search(ctx, "unique", 10); len(hits) != 0 {
		t.Errorf("annotation of deleted document still found: %+v", hits)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	path := s.Path()
	s.Close()

	ro, err := OpenWith(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if _, err := ro.Documents(ctx); err != nil {
		t.Errorf("read on read-only store: %v", err)
	}
	if _, _, err := ro.ImportDocument(ctx, sampleImport(t)); !errors.Is(err, ErrReadOnly) {
		t.Errorf("write on read-only store: %v, want ErrReadOnly", err)
	}

	// A file the user may not write. Root writes anyway, so this part
	// only runs for ordinary users.
	if err := os.Chmod(path, 0o444); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(path, 0o644)
	if f, err := os.OpenFile(path, os.O_WRONLY, 0); err == nil {
		f.Close()
		t.Log("running as a user who can write read-only files; file-mode part skipped")
		return
	}
	s2, err := Open(path) // opens, for reading
	if err != nil {
		t.Fatalf("open read-only file: %v", err)
	}
	defer s2.Close()
	if _, err := s2.Documents(ctx); err != nil {
		t.Errorf("read a read-only file: %v", err)
	}
	_, _, err = s2.ImportDocument(ctx, sampleImport(t))
	if !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only file: %v, want ErrReadOnly", err)
	}
	t.Logf("read-only file: %v", err)

	// A folder the user may not write.
	dir := filepath.Join(t.TempDir(), "locked")
	if err := os.Mkdir(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	_, err = Open(filepath.Join(dir, "new.db"))
	if !errors.Is(err, ErrReadOnly) {
		t.Errorf("read-only folder: %v, want ErrReadOnly", err)
	}
	t.Logf("read-only folder: %v", err)
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "z.db")
	s, err := OpenWith(path, Options{BusyTimeout: 150 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	other := rawDB(t, path)
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(ctx, `ROLLBACK`)

	start := time.Now()
	_, _, err = s.ImportDocument(ctx, sampleImport(t))
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d < 100*time.Millisecond {
		t.Errorf("gave up after %v, before the busy timeout", d)
	}
	// Readers are not blocked by the writer (WAL).
	if _, err := s.Documents(ctx); err != nil {
		t.Errorf("read during foreign write lock: %v", err)
	}
}

func TestMapErr(t *testing.T) {
	if mapErr(nil) != nil {
		t.Error("nil")
	}
	if err := mapErr(sql.ErrNoRows); !errors.Is(err, ErrNotFound) || !errors.Is(err, sql.ErrNoRows) {
		t.Errorf("no rows: %v", err)
	}
	if err := mapErr(os.ErrPermission); !errors.Is(err, ErrReadOnly) {
		t.Errorf("permission: %v", err)
	}
	plain := errors.New("x")
	if mapErr(plain) != plain {
		t.Error("unknown errors pass through")
	}
}

func TestConcurrentUse(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if err := s.InsertSyntheticEvents(ctx, 2000, 5); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 64)
	done := make(chan struct{})
	for w := 0; w < 3; w++ {
		go func(w int) {
			for i := 0; i < 10; i++ {
				imp := sampleImport(t)
				imp.Doc.Text = fmt.Sprintf("%s %d-%d", sampleText, w, i)
				if _, _, err := s.ImportDocument(ctx, imp); err != nil {
					errs <- err
				}
			}
			done <- struct{}{}
		}(w)
	}
	for r := 0; r < 3; r++ {
		go func() {
			for i := 0; i < 20; i++ {
				if _, err := s.Events(ctx, EventFilter{From: day(1950, 1, 1), To: day(1960, 1, 1), Limit: 100}); err != nil {
					errs <- err
				}
				if _, err := s.Search(ctx, "توقيع", 10); err != nil {
					errs <- err
				}
				if _, err := s.BucketCounts(ctx, day(1900, 1, 1), day(2030, 1, 1), 50, EventFilter{}); err != nil {
					errs <- err
				}
			}
			done <- struct{}{}
		}()
	}
	for i := 0; i < 6; i++ {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if docs, _ := s.Documents(ctx); len(docs) != 30 {
		t.Errorf("%d documents, want 30", len(docs))
	}
}
