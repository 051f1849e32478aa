package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"zaman/store"
)

// selectOn selects the first event starting on day, through the list.
func selectOn(t *testing.T, a *App, day string) store.Event {
	t.Helper()
	var ev store.Event
	runUIWait(func() {
		for i, e := range a.events.all {
			if e.Start.Format("2006-01-02") == day {
				ev = e
				a.events.list.Select(i)
				return
			}
		}
	})
	if ev.ID == 0 {
		t.Fatalf("no event on %s", day)
	}
	eventually(t, "the inspector to show the event", func() bool { return a.inspector.ev != nil && a.inspector.ev.ID == ev.ID })
	return ev
}

func TestInspectorEditsDatesInAnyLanguageWithUndo(t *testing.T) {
	a, st := newTestApp(t, Options{})
	ev := selectOn(t, a, "2025-06-24")

	for _, tc := range []struct{ typed, start, prec string }{
		{"مارس 2025", "2025-03-01", "month"},
		{"25 juin 2025", "2025-06-25", "day"},
		{"2024-07-26/2024-08-11", "2024-07-26", "day"},
		{"March 2025", "2025-03-01", "month"},
	} {
		runUIWait(func() { test.Type(a.inspector.date, ""); a.inspector.date.SetText(tc.typed) })
		var p *parsedDate
		runUIWait(func() { p = a.inspector.parsed })
		if p == nil || p.start.Format("2006-01-02") != tc.start || p.precision != tc.prec {
			t.Errorf("typed %q: parsed %+v, want %s (%s)", tc.typed, p, tc.start, tc.prec)
		}
	}
	runUIWait(func() {
		a.inspector.date.SetText("nonsense words")
	})
	runUIWait(func() {
		if a.inspector.parsed != nil || !strings.Contains(a.inspector.dateInfo.Text(), "2025-03") {
			t.Errorf("nonsense date: parsed %+v, feedback %q (should say what to type)", a.inspector.parsed, a.inspector.dateInfo.Text())
		}
	})

	// Apply a new date and title, then undo and redo.
	runUIWait(func() {
		a.inspector.date.SetText("مارس 2025")
		a.inspector.title.SetText("مباحثات حموشي ونظيره الفرنسي")
		a.inspector.tags.SetText("أمن, talks")
		a.inspector.apply()
	})
	eventually(t, "the edit to be stored", func() bool {
		e, err := st.Event(t.Context(), ev.ID)
		return err == nil && e.Precision == "month" && e.Status == store.StatusEdited && len(e.Tags) == 2
	})
	runUIWait(a.Undo)
	eventually(t, "undo to restore the event", func() bool {
		e, err := st.Event(t.Context(), ev.ID)
		return err == nil && e.Start.Equal(ev.Start) && e.Title == ev.Title && e.Status == ev.Status && len(e.Tags) == 0
	})
	runUIWait(a.Redo)
	eventually(t, "redo to apply it again", func() bool {
		e, err := st.Event(t.Context(), ev.ID)
		return err == nil && e.Precision == "month" && e.Title == "مباحثات حموشي ونظيره الفرنسي"
	})
}

func TestReviewQueueWithKeys(t *testing.T) {
	a, st := newTestApp(t, Options{Review: true})
	eventually(t, "the review queue", func() bool { return a.review != nil && len(a.review.queue) > 0 })
	var n int
	var first int64
	runUIWait(func() { n, first = len(a.review.queue), a.review.queue[0].ID })
	runUIWait(func() { test.TypeOnCanvas(a.review.win.Canvas(), "a") })
	eventually(t, "the accepted event to leave the queue", func() bool { return len(a.review.queue) == n-1 })
	if e, _ := st.Event(t.Context(), first); e.Status != store.StatusAccepted {
		t.Errorf("status after A = %s", e.Status)
	}
	var second int64
	runUIWait(func() { second = a.review.queue[a.review.pos].ID })
	runUIWait(func() { test.TypeOnCanvas(a.review.win.Canvas(), "r") })
	eventually(t, "the rejected event to leave the queue", func() bool { return len(a.review.queue) == n-2 })
	if e, _ := st.Event(t.Context(), second); e.Status != store.StatusRejected {
		t.Errorf("status after R = %s", e.Status)
	}
	if !strings.Contains(a.review.left.Text(), "left to review") {
		t.Errorf("count line = %q", a.review.left.Text())
	}
	// Rejected events leave the timeline; undo brings the status back.
	runUIWait(a.Undo)
	eventually(t, "undo of the rejection", func() bool {
		e, _ := st.Event(t.Context(), second)
		return e.Status == store.StatusAuto
	})
}

func TestNotesAutosaveAndUndo(t *testing.T) {
	a, st := newTestApp(t, Options{})
	ev := selectOn(t, a, "2025-06-25")
	runUIWait(func() {
		a.notes.newEventNote()
		a.notes.editor.SetText("مصدر ثان يؤكد التوقيع")
	})
	eventually(t, "the note to be saved without pressing anything", func() bool {
		ns, _ := st.Annotations(t.Context(), store.AnnotationFilter{EventID: ev.ID})
		return len(ns) == 1 && ns[0].Body == "مصدر ثان يؤكد التوقيع"
	})
	eventually(t, "the first save to be recorded", func() bool { return a.notes.saves == 1 })
	runUIWait(func() { a.notes.editor.SetText("مصدر ثان يؤكد التوقيع يوم الأربعاء") })
	eventually(t, "the edit to be saved and recorded", func() bool {
		ns, _ := st.Annotations(t.Context(), store.AnnotationFilter{EventID: ev.ID})
		return len(ns) == 1 && strings.HasSuffix(ns[0].Body, "الأربعاء") && a.notes.saves == 2
	})
	// Both saves of one note are one undo step: undo removes the note.
	runUIWait(a.Undo)
	eventually(t, "undo to remove the note", func() bool {
		ns, _ := st.Annotations(t.Context(), store.AnnotationFilter{EventID: ev.ID})
		return len(ns) == 0
	})
	runUIWait(a.Redo)
	eventually(t, "redo to bring the note back", func() bool {
		ns, _ := st.Annotations(t.Context(), store.AnnotationFilter{EventID: ev.ID})
		return len(ns) == 1 && strings.HasSuffix(ns[0].Body, "الأربعاء")
	})
	// Search finds the note, ignoring diacritics and clitics.
	hits, err := st.Search(t.Context(), "التوقيع", 10)
	if err != nil || len(hits) == 0 {
		t.Errorf("search for the note: %v %v", hits, err)
	}
}

func TestSearchAndFiltersDriveListAndTimeline(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	all := len(a.events.all)
	runUIWait(func() { a.filters.search.SetText("وقّع") }) // with a shadda: the title has none
	eventually(t, "the search to filter the list", func() bool { return len(a.events.all) == 1 })
	runUIWait(func() { a.filters.search.SetText("") })
	eventually(t, "clearing the search", func() bool { return len(a.events.all) == all })
	runUIWait(func() { a.filters.from.SetText("2025-06"); a.filters.to.SetText("2025-06") })
	eventually(t, "the date filter", func() bool { return len(a.events.all) < all && len(a.events.all) >= 2 })
	runUIWait(func() { a.filters.from.SetText("2025/13/45") })
	eventually(t, "a warning for an impossible date", func() bool { return strings.Contains(a.filters.msg.Text, "2025/13/45") })
	runUIWait(a.filters.clear)
	eventually(t, "clear", func() bool { return len(a.events.all) == all })
	runUIWait(func() { a.filters.status.SetSelectedIndex(2) }) // accepted
	eventually(t, "the status filter", func() bool { return len(a.events.all) == 0 })
}

// Two documents that report the same talks: Zaman proposes the merge, the
// merged event shows both sources, and undo separates them again.
func TestCrossDocumentMergeEndToEnd(t *testing.T) {
	a, st := newTestApp(t, Options{})
	dir := t.TempDir()
	second := filepath.Join(dir, "second.txt")
	os.WriteFile(second, []byte("حموشي يجري مباحثات مع نظيره الفرنسي\n\nالرباط، الأربعاء 2025/06/25\n\n"+
		"أجرى عبداللطيف حموشي الثلاثاء مباحثات مكثفة مع نظيره الفرنسي لوي لوجيي حول التعاون الأمني.\n"), 0o644)
	runUIWait(func() { a.onDropped(fyne.NewPos(1, 1), []fyne.URI{storage.NewFileURI(second)}) })
	eventually(t, "the second document", func() bool { return len(a.docs.docs) == 2 })
	eventually(t, "a merge proposal", func() bool { return len(a.merges.proposals) > 0 })
	var p store.MergeProposal
	runUIWait(func() { p = a.merges.proposals[0] })
	for _, e := range []store.Event{p.A, p.B} {
		if e.Start.Format("2006-01-02") != "2025-06-24" {
			t.Errorf("proposed event %q starts %s, want the talks of 2025-06-24", e.Title, e.Start)
		}
	}
	runUIWait(func() { a.merge(p.A.ID, p.B.ID) })
	eventually(t, "the merged event with both sources", func() bool {
		e, err := st.Event(t.Context(), p.A.ID)
		return err == nil && e.Sources == 2
	})
	eventually(t, "the inspector to list both sources", func() bool {
		return a.inspector.ev != nil && a.inspector.ev.ID == p.A.ID && len(a.inspector.srcs) == 2
	})
	runUIWait(a.Undo)
	eventually(t, "undo to separate them", func() bool {
		e, err := st.Event(t.Context(), p.B.ID)
		return err == nil && e.Sources == 1
	})
}

func TestChangingTheDCTReResolvesRelativeDates(t *testing.T) {
	a, st := newTestApp(t, Options{})
	ev := selectOn(t, a, "2025-06-24") // "الثلاثاء" before Wednesday 2025-06-25
	doc := a.source.doc
	runUIWait(func() { a.redate(doc, time.Date(2025, 7, 10, 0, 0, 0, 0, time.UTC)) }) // a Thursday
	eventually(t, "the talks to move to the Tuesday before 2025-07-10", func() bool {
		evs, _ := st.EventsOfDocument(t.Context(), doc.ID)
		for _, e := range evs {
			if e.Start.Format("2006-01-02") == "2025-07-08" {
				return true
			}
		}
		return false
	})
	d, _ := st.Document(t.Context(), doc.ID)
	if d.DCTValue != "2025-07-10" || d.DCTSource != store.DCTUser {
		t.Errorf("document DCT %s (%s), want 2025-07-10 (user)", d.DCTValue, d.DCTSource)
	}
	eventually(t, "the re-dating to be recorded", func() bool { return len(a.hist.done) == 1 })
	runUIWait(a.Undo)
	eventually(t, "undo to restore the old dating and event", func() bool {
		e, err := st.Event(t.Context(), ev.ID)
		d, _ := st.Document(t.Context(), doc.ID)
		return err == nil && e.Start.Equal(ev.Start) && d.DCTValue == "2025-06-25"
	})
}

func TestPreferencesAndThemePersist(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	runUIWait(func() { a.cfg.theme = "light"; a.applyTheme() })
	if got := a.fa.Preferences().String(PrefTheme); got != "light" {
		t.Errorf("theme preference = %q", got)
	}
	runUIWait(a.toggleTheme)
	if !a.theme.dark(a.fa) || a.fa.Preferences().String(PrefTheme) != "dark" {
		t.Error("toggle did not switch to dark")
	}
	runUIWait(a.onClose)
	if a.fa.Preferences().Float(PrefWinWidth) <= 0 {
		t.Error("window size not saved on close")
	}
}

func TestSearchBoxListsDocumentsEventsAndNotes(t *testing.T) {
	a, st := newTestApp(t, Options{})
	ev := selectOn(t, a, "2025-03-01")
	if _, err := st.AddAnnotation(t.Context(), store.Annotation{EventID: ev.ID, Body: "إعلان مشترك مهم"}); err != nil {
		t.Fatal(err)
	}
	runUIWait(func() {
		a.filters.search.SetText("مشترك")
		a.filters.showHits()
	})
	eventually(t, "the hit list", func() bool { return a.filters.popup != nil && a.filters.popup.Visible() })
	var rows int
	runUIWait(func() {
		rows = len(a.filters.popup.Content.(*container.Scroll).Content.(*fyne.Container).Objects)
	})
	if rows < 3 {
		t.Errorf("%d hits for مشترك, want the document, events and the note", rows)
	}
	// Opening a note's hit selects its event.
	hits, _ := st.Search(t.Context(), "مهم", 5)
	if len(hits) == 0 {
		t.Fatal("the note is not found")
	}
	runUIWait(func() { a.selectEvent(0, originCommand); a.openHit(hits[0]) })
	eventually(t, "the note's event to be selected", func() bool { return a.selected == ev.ID })
}

func TestColourDeleteAndPassageNote(t *testing.T) {
	a, st := newTestApp(t, Options{})
	ev := selectOn(t, a, "2025-06-24")
	// Colour and delete, undone.
	runUIWait(func() {
		a.inspector.colour.SetSelectedIndex(1) // red
		a.inspector.apply()
	})
	eventually(t, "the colour to be stored", func() bool {
		e, _ := st.Event(t.Context(), ev.ID)
		return e.Color == colourChoices[1].hex
	})
	runUIWait(a.inspector.delete)
	eventually(t, "the delete", func() bool {
		_, err := st.Event(t.Context(), ev.ID)
		return err != nil
	})
	runUIWait(a.Undo)
	eventually(t, "undo of the delete", func() bool {
		e, err := st.Event(t.Context(), ev.ID)
		return err == nil && e.Sources == 1 && e.Color == colourChoices[1].hex
	})
	// A note on a passage selected in the source pane by dragging over it.
	var docID int64
	runUIWait(func() {
		docID = a.source.docID
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(a.source.view)
		size := a.source.view.Size()
		test.Drag(a.win.Canvas(), pos.Add(fyne.NewPos(size.Width-20, 30)), -150, 0)
	})
	if docID == 0 {
		t.Fatal("no document in the source pane")
	}
	var s0, s1 int
	runUIWait(func() { s0, s1 = a.source.view.Selection() })
	if s1 <= s0 {
		t.Fatalf("the drag selected nothing (%d, %d)", s0, s1)
	}
	runUIWait(func() {
		a.notes.newPassageNote()
		a.notes.editor.SetText("ملاحظة على المقطع")
	})
	eventually(t, "the passage note", func() bool {
		ns, _ := st.Annotations(t.Context(), store.AnnotationFilter{DocumentID: docID})
		return len(ns) == 1 && ns[0].HasPassage() && ns[0].EventID == 0
	})
}

func TestHelpAndRestoredView(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	runUIWait(a.showHelp)
	eventually(t, "the help dialog", func() bool { return a.win.Canvas().Overlays().Top() != nil })
	// The view and the selection of last time come back at the next start.
	ev := selectOn(t, a, "2025-03-01")
	from, to := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
	runUIWait(func() { a.tl.w.SetView(from, to) })
	eventually(t, "the view to settle", func() bool {
		f, tt := a.tl.w.View()
		return f.Equal(from) && tt.Equal(to)
	})
	runUIWait(a.onClose)
	var b *App
	runUIWait(func() {
		b = New(a.fa, a.st, Options{})
		b.win.Show()
	})
	b.Start()
	select {
	case <-b.loaded:
	case <-time.After(20 * time.Second):
		t.Fatal("second start did not load")
	}
	eventually(t, "the selection to come back", func() bool { return b.selected == ev.ID })
	var f, tt time.Time
	runUIWait(func() { f, tt = b.tl.w.View() })
	if f.Unix() != from.Unix() || tt.Unix() != to.Unix() {
		t.Errorf("view at restart %v – %v, want %v – %v", f, tt, from, to)
	}
	runUIWait(b.onClose)
}
