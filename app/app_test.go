package app

import (
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"

	"zaman/store"
)

// newTestApp opens a fresh database and the main window on the headless
// test driver, and waits for the first load (which imports the sample).
func newTestApp(t *testing.T, opts Options) (*App, *store.Store) {
	t.Helper()
	fa := test.NewTempApp(t)
	st, err := store.Open(filepath.Join(t.TempDir(), "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	if opts.Width == 0 {
		opts.Width, opts.Height = 1400, 900
	}
	// Under the lock of UI callbacks: background work of an earlier test
	// may still be finishing, and the test driver runs callbacks in place.
	noteDriver(fa)
	var a *App
	runUIWait(func() {
		a = New(fa, st, opts)
		a.win.Show()
	})
	t.Cleanup(func() {
		runUIWait(func() {
			if !a.closed {
				a.onClose()
			}
		})
		// Let the window's background work finish before the test app and
		// its caches are torn down.
		done := make(chan struct{})
		go func() { background.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(20 * time.Second):
			t.Error("background work of the window did not finish")
		}
	})
	a.Start()
	select {
	case <-a.loaded:
	case <-time.After(30 * time.Second):
		t.Fatal("the window did not finish loading")
	}
	return a, st
}

// eventually polls cond on the UI goroutine until it holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		ok := false
		runUIWait(func() { ok = cond() })
		if ok {
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

func TestFirstRunImportsSampleAndSelectsSigning(t *testing.T) {
	a, _ := newTestApp(t, Options{At: "2025-06-25"})
	if n := len(a.docs.docs); n != 1 {
		t.Fatalf("documents after first run: %d, want the sample", n)
	}
	if n := len(a.events.all); n < 5 {
		t.Fatalf("events of the sample: %d, want at least 5", n)
	}
	eventually(t, "the source pane to show the selected passage", func() bool {
		return a.source.shown.PassageEnd > a.source.shown.PassageStart
	})
	sel := a.selected
	if sel == 0 || a.tl.w.Selected() != sel {
		t.Fatalf("selected %d, timeline selected %d", sel, a.tl.w.Selected())
	}
	var ev store.Event
	for _, e := range a.events.all {
		if e.ID == sel {
			ev = e
		}
	}
	if got := ev.Start.Format("2006-01-02"); got != "2025-06-25" {
		t.Errorf("selected event starts %s, want 2025-06-25", got)
	}
	// The highlighted passage is on screen, in the highlight colour.
	var img image.Image
	runUIWait(func() { img = a.win.Canvas().Capture() })
	if n := countNear(img, highlightColour); n < 200 {
		t.Errorf("highlight colour covers %d pixels of the window, want a visible passage", n)
	}
}

func TestSelectingInListSelectsEverywhere(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	var target store.Event
	for _, e := range a.events.all {
		if e.Start.Format("2006-01-02") == "2025-06-24" {
			target = e
		}
	}
	if target.ID == 0 {
		t.Fatal("the sample has no event on 2025-06-24 (the talks)")
	}
	runUIWait(func() {
		for i, e := range a.events.all {
			if e.ID == target.ID {
				a.events.list.Select(i)
			}
		}
	})
	eventually(t, "selection to reach timeline and source pane", func() bool {
		return a.tl.w.Selected() == target.ID && a.source.shown.EventID == target.ID
	})
	// And from the timeline back to the list.
	other := a.events.all[0].ID
	runUIWait(func() { a.tl.w.OnSelected(other) })
	eventually(t, "timeline selection to reach the source pane", func() bool {
		return a.selected == other && a.source.shown.EventID == other
	})
}

func TestDropImportsFilesAndRefusesBadOnes(t *testing.T) {
	a, st := newTestApp(t, Options{})
	dir := t.TempDir()
	good := filepath.Join(dir, "talks.txt")
	os.WriteFile(good, []byte("Talks in Rabat\n\nRabat, June 25, 2025 — The ministers met on Tuesday and signed a plan. They first met in March.\n"), 0o644)
	bad := filepath.Join(dir, "image.txt")
	os.WriteFile(bad, []byte("\x89PNG\x00\x00"), 0o644)

	runUIWait(func() {
		a.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good), storage.NewFileURI(bad)})
	})
	eventually(t, "the dropped document in the list", func() bool { return len(a.docs.docs) == 2 })
	docs, err := st.Documents(t.Context())
	if err != nil || len(docs) != 2 {
		t.Fatalf("store has %d documents (%v), want 2", len(docs), err)
	}
	eventually(t, "a message about the binary file", func() bool {
		return a.win.Canvas().Overlays().Top() != nil
	})
	// Dropping the same file again is recognised, not duplicated.
	runUIWait(func() { a.onDropped(fyne.NewPos(10, 10), []fyne.URI{storage.NewFileURI(good)}) })
	eventually(t, "the import summary", func() bool {
		return a.status.msg.Text() == "Import: 0 imported, 1 already there"
	})
	if docs, _ := st.Documents(t.Context()); len(docs) != 2 {
		t.Errorf("re-dropping made %d documents, want 2", len(docs))
	}
}

func countNear(img image.Image, c interface{ RGBA() (r, g, b, a uint32) }) int {
	cr, cg, cb, _ := c.RGBA()
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if absDiff(r, cr) < 0x600 && absDiff(g, cg) < 0x600 && absDiff(bl, cb) < 0x600 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}
