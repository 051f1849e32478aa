package timeline

import (
	"image"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestHijri(t *testing.T) {
	for _, c := range []struct {
		name  string
		greg  time.Time
		hijri HijriDate
	}{
		// Tabular and Umm al-Qura agree.
		{"1 Ramadan 1446", day(2025, 3, 1), HijriDate{1446, 9, 1}},
		// Umm al-Qura has 26 June 2025; the tabular calendar is a day later.
		{"1 Muharram 1447", day(2025, 6, 27), HijriDate{1447, 1, 1}},
		{"epoch", time.Date(622, 7, 19, 0, 0, 0, 0, time.UTC), HijriDate{1, 1, 1}}, // 16 July 622 Julian
		{"1 Shawwal 1445", day(2024, 4, 10), HijriDate{1445, 10, 1}},
		{"30 Dhu al-Hijja 1445 (leap year)", day(2024, 7, 7), HijriDate{1445, 12, 30}},
		{"1 Muharram 1400", day(1979, 11, 21), HijriDate{1400, 1, 1}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := ToHijri(c.greg); got != c.hijri {
				t.Errorf("ToHijri(%s) = %+v, want %+v", c.greg.Format(time.DateOnly), got, c.hijri)
			}
			if got := FromHijri(c.hijri.Year, c.hijri.Month, c.hijri.Day); !got.Equal(c.greg) {
				t.Errorf("FromHijri(%+v) = %s, want %s", c.hijri, got.Format(time.DateOnly), c.greg.Format(time.DateOnly))
			}
		})
	}
	// Round trip over three 30-year cycles, day by day.
	d := day(1990, 1, 1)
	prev := ToHijri(d.AddDate(0, 0, -1))
	for range 32000 {
		h := ToHijri(d)
		if !FromHijri(h.Year, h.Month, h.Day).Equal(d) {
			t.Fatalf("round trip of %s via %+v", d.Format(time.DateOnly), h)
		}
		if h.Day != prev.Day+1 && (h.Day != 1 || prev.Day < 29) {
			t.Fatalf("%s: %+v follows %+v", d.Format(time.DateOnly), h, prev)
		}
		prev = h
		d = d.AddDate(0, 0, 1)
	}
}

func TestHijriRow(t *testing.T) {
	v := View{Start: day(2025, 1, 1), End: day(2025, 8, 1), Width: 900, Height: 260}
	s := BuildScene(sampleItems(), v, SceneOptions{Hijri: true})
	found := map[string]bool{}
	for _, tr := range s.Texts {
		found[tr.S] = true
	}
	for _, want := range []string{"رمضان 1446", "محرم 1447"} {
		if !found[want] {
			t.Errorf("Hijri label %q not drawn", want)
		}
	}
	// Zoomed out, the row counts years.
	v = View{Start: day(1900, 1, 1), End: day(2030, 1, 1), Width: 900, Height: 260}
	ticks := HijriTicks(NewScale(v.Start, v.End, 900), 900)
	if len(ticks) == 0 || ticks[0].Unit != Year {
		t.Fatalf("zoomed-out Hijri ticks: %+v", ticks)
	}
	if len(ticks) > 30 {
		t.Errorf("%d Hijri year ticks on 900 px", len(ticks))
	}
}

func TestGroupingBands(t *testing.T) {
	items := sampleItems()
	for i := range items {
		items[i].Lane = []string{"وكالة المغرب العربي للأنباء", "Le Monde"}[i%2]
	}
	v := View{Start: day(2024, 1, 1), End: day(2025, 8, 1), Width: 900, Height: 320}
	s := BuildScene(items, v, SceneOptions{Grouping: GroupLane})
	var heads []TextRun
	for _, tr := range s.Texts {
		if tr.S == "Le Monde" || tr.S == "وكالة المغرب العربي للأنباء" {
			heads = append(heads, tr)
		}
	}
	if len(heads) != 2 {
		t.Fatalf("group labels drawn: %+v", heads)
	}
	// Each item lies in the band below its own group's label.
	bandOf := func(y float32) string {
		best := ""
		for _, h := range heads {
			if h.Y <= y {
				best = h.S
			}
		}
		return best
	}
	for _, it := range items {
		h, ok := s.Find(it.ID)
		if !ok {
			t.Fatalf("item %d not drawn", it.ID)
		}
		if got := bandOf(h.Y0); got != it.Lane {
			t.Errorf("item %d (%s) drawn in the band of %q", it.ID, it.Lane, got)
		}
	}
}

func TestNotesGlyph(t *testing.T) {
	items := sampleItems()
	items[3].Notes = 2
	v := View{Start: day(2025, 6, 20), End: day(2025, 6, 28), Width: 900, Height: 240}
	s := BuildScene(items, v, SceneOptions{})
	note := false
	for _, p := range s.Prims {
		if p.Kind == PrimRect && p.Fill == LightTheme().Note {
			note = true
		}
	}
	count := false
	for _, tr := range s.Texts {
		if tr.S == "2" && tr.Color == LightTheme().Note {
			count = true
		}
	}
	if !note || !count {
		t.Errorf("note glyph %v, count %v", note, count)
	}
}

// TestBadgeNextToMarker: whatever the direction of the title and the side
// of the label, the source count sits between the mark and the label.
func TestBadgeNextToMarker(t *testing.T) {
	items := sampleItems()
	for _, c := range []struct {
		name string
		view View
	}{
		{"label right of the mark", View{Start: day(2025, 6, 20), End: day(2025, 7, 5), Width: 900, Height: 240}},
		{"label left of the mark", View{Start: day(2025, 6, 10), End: day(2025, 6, 26), Width: 900, Height: 240}},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := BuildScene(items, c.view, SceneOptions{})
			cx := float32(s.Scale.X(day(2025, 6, 25).Add(12 * time.Hour)))
			var badge, label *TextRun
			for i, tr := range s.Texts {
				switch tr.S {
				case "3":
					badge = &s.Texts[i]
				case items[3].Label:
					label = &s.Texts[i]
				}
			}
			if badge == nil || label == nil {
				t.Fatal("badge or label missing")
			}
			bc, lc := badge.X+badge.W/2, label.X+label.W/2
			if abs(float64(bc-cx)) >= abs(float64(lc-cx)) || (bc-cx)*(lc-cx) < 0 {
				t.Errorf("badge at %v, label at %v, mark at %v", bc, lc, cx)
			}
		})
	}
}

func TestSpanningItemsSummarised(t *testing.T) {
	var items []Item
	for i := range 40 {
		items = append(items, Item{ID: int64(i + 1), Start: day(1900+i, 1, 1), End: day(2100, 1, 1), Precision: PrecYear, Label: "Long"})
	}
	items = append(items, Item{ID: 100, Start: day(2025, 6, 24), End: day(2025, 6, 25), Precision: PrecDay, Label: "Talks"})
	v := View{Start: day(2025, 6, 1), End: day(2025, 7, 1), Width: 900, Height: 400}
	s := BuildScene(items, v, SceneOptions{Selected: 40})
	drawn := 0
	for _, h := range s.Hits {
		if h.ID < 100 {
			drawn++
		}
	}
	if drawn != maxSpanning {
		t.Errorf("%d spanning items drawn, want %d", drawn, maxSpanning)
	}
	if _, ok := s.Find(40); !ok {
		t.Error("the selected spanning item is not among those drawn")
	}
	if _, ok := s.Find(100); !ok {
		t.Error("the day event is not drawn")
	}
	summary := false
	for _, tr := range s.Texts {
		if tr.S == "+37 longer events span the whole view" {
			summary = true
		}
	}
	if !summary {
		t.Error("no summary of the hidden spanning items")
	}
}

func TestClustersGrowWithCount(t *testing.T) {
	items := Synthetic(20000, 3)
	v := View{Start: day(1895, 1, 1), End: day(2030, 1, 1), Width: 900, Height: 300}
	s := BuildScene(items, v, SceneOptions{})
	var small, big Hit
	for _, h := range s.Hits {
		if !h.Cluster {
			continue
		}
		if small.Count == 0 || h.Count < small.Count {
			small = h
		}
		if h.Count > big.Count {
			big = h
		}
	}
	if !(big.Y1-big.Y0 > (small.Y1-small.Y0)*1.3) {
		t.Errorf("cluster of %d is %v high, of %d %v", big.Count, big.Y1-big.Y0, small.Count, small.Y1-small.Y0)
	}
}

func TestWidgetFollowsThemeVariant(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(theme.DarkTheme())
	w := New(NewMemSource(sampleItems()))
	win := test.NewTempWindow(t, w)
	win.SetPadded(false)
	win.Resize(fyne.NewSize(600, 240))
	img := win.Canvas().Capture()
	want := DarkTheme().Background
	if got := nrgbaAt(img, 590, 150); got != want {
		t.Errorf("dark theme: background %v, want %v", got, want)
	}
	w.Theme = LightTheme()
	w.Refresh()
	if got := nrgbaAt(win.Canvas().Capture(), 590, 150); got != LightTheme().Background {
		t.Errorf("explicit light theme: background %v", got)
	}
}

func nrgbaAt(img image.Image, x, y int) any { return nrgba(img.At(x, y)) }

func TestWidgetFocusRing(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(600, 240))
	win.Canvas().Capture()
	if w.scene.Overlay != nil {
		t.Fatal("overlay without focus or hover")
	}
	win.Canvas().Focus(w)
	win.Canvas().Capture()
	if w.scene.Overlay == nil || len(w.scene.Overlay.Prims) == 0 || w.scene.Overlay.Prims[0].Stroke != LightTheme().Focus {
		t.Fatal("no focus ring when focused")
	}
	win.Canvas().Unfocus()
	win.Canvas().Capture()
	if w.scene.Overlay != nil {
		t.Error("focus ring left after focus lost")
	}
}

func TestWidgetGroupingAndHijri(t *testing.T) {
	items := sampleItems()
	items[0].Lane, items[4].Lane = "Le Monde", "Le Monde"
	w, win := newTestWidget(t, items, fyne.NewSize(900, 320))
	w.SetGrouping(GroupLane)
	w.SetHijri(true)
	if w.Grouping() != GroupLane || !w.Hijri() {
		t.Fatal("settings not kept")
	}
	win.Canvas().Capture()
	labels := map[string]bool{}
	for _, tr := range w.scene.Texts {
		labels[tr.S] = true
	}
	if !labels["Le Monde"] || !labels["—"] {
		t.Errorf("group labels missing")
	}
	hijri := false
	for s := range labels {
		if strings.HasSuffix(s, " هـ") {
			hijri = true
		}
	}
	if !hijri {
		t.Error("no Hijri labels")
	}
}

// TestTooltipAvoidsLabels: the tooltip never hides the hovered item's label
// nor, when there is room elsewhere, the selected one's.
func TestTooltipAvoidsLabels(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2025, 6, 18), day(2025, 6, 29))
	w.Select(4)
	win.Canvas().Capture()
	h, _ := w.scene.Find(3)
	w.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(h.X0+8, (h.Y0+h.Y1)/2)}})
	win.Canvas().Capture()
	o := w.scene.Overlay
	if o == nil || len(o.Prims) < 2 {
		t.Fatal("no tooltip")
	}
	box := o.Prims[1]
	for _, id := range []int64{3, 4} {
		r, _ := w.scene.Find(id)
		if box.X < r.X1 && r.X0 < box.X+box.W && box.Y < r.Y1 && r.Y0 < box.Y+box.H {
			t.Errorf("tooltip %v covers item %d at %+v", box, id, r)
		}
	}
}
