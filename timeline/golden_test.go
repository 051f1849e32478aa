package timeline

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Golden images of the widget (main view, overview strip, tooltip) as the
// software painter draws it. On mismatch the new image is written to
// testdata/failed/ (git-ignored); look at it before copying it over.

func TestGoldenEmpty(t *testing.T) {
	w, win := newTestWidget(t, nil, fyne.NewSize(600, 240))
	w.SetView(day(2025, 1, 1), day(2026, 1, 1)) // an empty widget shows the last year: pin it
	test.AssertRendersToImage(t, "empty.png", win.Canvas())
}

func TestGoldenSample(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2024, 1, 1), day(2025, 8, 1))
	test.AssertRendersToImage(t, "sample.png", win.Canvas())
}

func TestGoldenDense(t *testing.T) {
	_, win := newTestWidget(t, Synthetic(20000, 3), fyne.NewSize(900, 320))
	test.AssertRendersToImage(t, "dense.png", win.Canvas())
}

func TestGoldenSelection(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2025, 6, 18), day(2025, 6, 29))
	w.Select(4)
	win.Canvas().Capture()
	h, _ := w.scene.Find(3)
	w.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(h.X0+8, (h.Y0+h.Y1)/2)}})
	test.AssertRendersToImage(t, "selection.png", win.Canvas())
}

// TestGoldenGroups: lanes by document (one Arabic title), the Hijri row,
// note glyphs, keyboard focus ring.
func TestGoldenGroups(t *testing.T) {
	items := sampleItems()
	items[3].Notes, items[0].Notes = 2, 1
	for i := range items {
		items[i].Lane = []string{"هسبريس: المغرب وفرنسا يوقعان خطة عمل", "Le Monde"}[i%2]
	}
	w, win := newTestWidget(t, items, fyne.NewSize(900, 320))
	w.SetView(day(2024, 6, 1), day(2025, 7, 15))
	w.SetGrouping(GroupLane)
	w.SetHijri(true)
	win.Canvas().Focus(w)
	test.AssertRendersToImage(t, "groups.png", win.Canvas())
}
