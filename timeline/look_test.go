package timeline

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
)

// TestLook writes the widget at several zoom levels to $ZAMAN_LOOK (a
// folder) as tl-*.png, for a person to look at; it is skipped otherwise.
func TestLook(t *testing.T) {
	dir := os.Getenv("ZAMAN_LOOK")
	if dir == "" {
		t.Skip("set ZAMAN_LOOK=/some/folder to write the pictures")
	}
	sample := sampleItems()
	sample[3].Notes = 2
	sample[0].Notes = 1
	for i := range sample {
		sample[i].Lane = []string{"هسبريس: المغرب وفرنسا يوقعان خطة عمل", "Le Monde", "هسبريس: المغرب وفرنسا يوقعان خطة عمل"}[i%3]
	}
	dense := Synthetic(50000, 7)
	for _, c := range []struct {
		name     string
		items    []Item
		from, to time.Time
		group    bool
		hijri    bool
	}{
		{"sample-all", sample, time.Time{}, time.Time{}, false, false},
		{"sample-june", sample, day(2025, 6, 1), day(2025, 7, 1), false, true},
		{"sample-groups", sample, day(2024, 1, 1), day(2025, 8, 1), true, true},
		{"dense-all", dense, time.Time{}, time.Time{}, false, false},
		{"dense-year", dense, day(2024, 1, 1), day(2025, 1, 1), false, true},
		{"dense-week", dense, day(2024, 6, 3), day(2024, 6, 10), false, false},
	} {
		w, win := newTestWidget(t, c.items, fyne.NewSize(1400, 600))
		if !c.from.IsZero() {
			w.SetView(c.from, c.to)
		}
		if c.group {
			w.SetGrouping(GroupLane)
		}
		w.SetHijri(c.hijri)
		img := win.Canvas().Capture()
		f, err := os.Create(filepath.Join(dir, "tl-"+c.name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		png.Encode(f, img)
		f.Close()
	}
}
