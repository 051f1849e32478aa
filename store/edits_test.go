package store

import (
	"errors"
	"reflect"
	"testing"
)

// twoReports imports two documents that report the same talks on
// 2025-06-24 in different words, plus an unrelated event.
func twoReports(t *testing.T, s *Store) (a, b int64) {
	t.Helper()
	ctx := t.Context()
	mk := func(text, title string, extra bool) Import {
		imp := Import{Doc: Document{Title: title, Text: text, Lang: "ar"}}
		imp.Events = []NewEvent{{Event: Event{Title: title, Start: day(2025, 6, 24), End: day(2025, 6, 25),
			Precision: "day", Confidence: 0.8}, Mention: -1, PassageStart: 0, PassageEnd: len([]rune(text))}}
		if extra {
			imp.Events = append(imp.Events, NewEvent{Event: Event{Title: "حفل رياضي في الدوحة", Start: day(2025, 6, 20),
				End: day(2025, 6, 21), Precision: "day"}, Mention: -1})
		}
		return imp
	}
	if _, _, err := s.ImportDocument(ctx, mk("والثلاثاء عقد عبداللطيف حموشي مباحثات مكثفة مع نظيره الفرنسي لوي لوجيي في الرباط.", "مباحثات حموشي ولوجيي", true)); err != nil {
		t.Fatal(err)
	}
	if _, _, err := s.ImportDocument(ctx, mk("أجرى حموشي الثلاثاء مباحثات مع المدير العام للشرطة الوطنية الفرنسية لوجيي بالرباط.", "حموشي يجري مباحثات مع لوجيي", false)); err != nil {
		t.Fatal(err)
	}
	evs, err := s.Events(ctx, EventFilter{From: day(2025, 6, 24), To: day(2025, 6, 25)})
	if err != nil || len(evs) != 2 {
		t.Fatalf("events on 06-24: %d (%v)", len(evs), err)
	}
	return evs[0].ID, evs[1].ID
}

func TestProposeMergesAcrossDocuments(t *testing.T) {
	s := openTest(t)
	a, b := twoReports(t, s)
	ps, err := s.ProposeMerges(t.Context(), 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Fatalf("got %d proposals, want 1 (the talks): %+v", len(ps), ps)
	}
	got := []int64{ps[0].A.ID, ps[0].B.ID}
	if !(got[0] == a && got[1] == b || got[0] == b && got[1] == a) {
		t.Errorf("proposal pairs %v, want %d and %d", got, a, b)
	}
}

func TestMergeSplitAndRestore(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	a, b := twoReports(t, s)
	if err := s.SetEventTags(ctx, b, []string{"أمن"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddAnnotation(ctx, Annotation{EventID: b, Body: "مصدر ثان"}); err != nil {
		t.Fatal(err)
	}
	before, err := s.Snapshot(ctx, a, b)
	if err != nil {
		t.Fatal(err)
	}

	if err := s.MergeEvents(ctx, a, b); err != nil {
		t.Fatal(err)
	}
	merged, err := s.Event(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if merged.Sources != 2 || !reflect.DeepEqual(merged.Tags, []string{"أمن"}) {
		t.Errorf("merged event: %d sources, tags %v; want 2 and the tag of b", merged.Sources, merged.Tags)
	}
	if _, err := s.Event(ctx, b); !errors.Is(err, ErrNotFound) {
		t.Errorf("merged-away event still there: %v", err)
	}
	if notes, _ := s.Annotations(ctx, AnnotationFilter{EventID: a}); len(notes) != 1 {
		t.Errorf("annotation did not follow the merge: %d", len(notes))
	}

	// Undo: restoring the snapshot brings both events back exactly.
	if err := s.Restore(ctx, before); err != nil {
		t.Fatal(err)
	}
	after, err := s.Snapshot(ctx, a, b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(before, after) {
		t.Errorf("restore is not exact:\nbefore %+v\nafter  %+v", before, after)
	}
	if hits, err := s.Search(ctx, "مصدر", 10); err != nil || len(hits) == 0 {
		t.Errorf("restored annotation not searchable: %v %v", hits, err)
	}

	// Split the merged event again.
	if err := s.MergeEvents(ctx, a, b); err != nil {
		t.Fatal(err)
	}
	srcs, _ := s.EventSources(ctx, a)
	newID, err := s.SplitSource(ctx, a, srcs[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := s.Event(ctx, a); e.Sources != 1 {
		t.Errorf("after split the event has %d sources, want 1", e.Sources)
	}
	if e, err := s.Event(ctx, newID); err != nil || e.Sources != 1 || e.Status != StatusEdited {
		t.Errorf("split-off event: %+v %v", e, err)
	}
	if _, err := s.SplitSource(ctx, newID, srcs[1].ID); !errors.Is(err, ErrInvalid) {
		t.Errorf("splitting a single-source event: err = %v, want ErrInvalid", err)
	}
	// A snapshot taken before an event existed deletes it on restore.
	snap, _ := s.Snapshot(ctx, newID+100)
	if len(snap.Absent) != 1 {
		t.Errorf("absent ids = %v", snap.Absent)
	}
}

func TestMergeRefusals(t *testing.T) {
	s := openTest(t)
	a, _ := twoReports(t, s)
	if err := s.MergeEvents(t.Context(), a, a); !errors.Is(err, ErrInvalid) {
		t.Errorf("self merge: %v", err)
	}
	if err := s.MergeEvents(t.Context(), a, 9999); !errors.Is(err, ErrNotFound) {
		t.Errorf("merge with a missing event: %v", err)
	}
}

func TestStartsWithinAndCounts(t *testing.T) {
	s := openTest(t)
	ctx := t.Context()
	imp := Import{Doc: Document{Title: "d", Text: "long and short"}}
	imp.Events = []NewEvent{
		{Event: Event{Title: "decade", Start: day(2020, 1, 1), End: day(2030, 1, 1), Precision: "decade"}, Mention: -1},
		{Event: Event{Title: "that day", Start: day(2025, 6, 24), End: day(2025, 6, 25), Precision: "day"}, Mention: -1},
	}
	docID, _, err := s.ImportDocument(ctx, imp)
	if err != nil {
		t.Fatal(err)
	}
	win := EventFilter{From: day(2025, 6, 24), To: day(2025, 6, 25)}
	all, _ := s.Events(ctx, win)
	win.StartsWithin = true
	within, _ := s.Events(ctx, win)
	if len(all) != 2 || len(within) != 1 || within[0].Title != "that day" {
		t.Fatalf("intersecting %d, starting within %v; want 2 and only the day event", len(all), within)
	}
	if _, err := s.AddAnnotation(ctx, Annotation{EventID: within[0].ID, Body: "note"}); err != nil {
		t.Fatal(err)
	}
	e, _ := s.Event(ctx, within[0].ID)
	if e.Notes != 1 || e.DocumentID != docID {
		t.Errorf("event notes %d document %d, want 1 and %d", e.Notes, e.DocumentID, docID)
	}
}

func TestOpenFolderCannotOpen(t *testing.T) {
	_, err := Open(t.TempDir()) // a folder, not a file
	if !errors.Is(err, ErrCannotOpen) {
		t.Errorf("Open(folder) = %v, want ErrCannotOpen", err)
	}
}
