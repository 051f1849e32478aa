package timeline

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

func newTestWidget(t *testing.T, items []Item, size fyne.Size) (*Widget, fyne.Window) {
	t.Helper()
	test.NewTempApp(t)
	w := New(NewMemSource(items))
	w.Theme = LightTheme()
	win := test.NewTempWindow(t, w)
	win.SetPadded(false)
	win.Resize(size)
	return w, win
}

func span(w *Widget) (float64, float64) {
	f, t := w.View()
	return Seconds(f), Seconds(t)
}

func TestWidgetFitAllOnNew(t *testing.T) {
	w, _ := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	f, to := w.View()
	if !f.Before(day(2024, 1, 1)) || !to.After(day(2025, 6, 26)) {
		t.Errorf("initial view %v – %v does not hold every item", f, to)
	}
}

func TestWidgetScrollZoomsAroundPointer(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	f0, t0 := span(w)
	pos := fyne.NewPos(300, 150)
	anchor := NewScaleSec(f0, t0, 900).Sec(300)
	w.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(0, 50)})
	f1, t1 := span(w)
	if !(t1-f1 < t0-f0) {
		t.Fatalf("scroll up did not zoom in: %v -> %v", t0-f0, t1-f1)
	}
	if got := NewScaleSec(f1, t1, 900).Sec(300); abs(got-anchor) > (t1-f1)/900 {
		t.Errorf("time under the pointer moved by %v s", got-anchor)
	}
	// Through the canvas, as a wheel would.
	test.Scroll(win.Canvas(), fyne.NewPos(450, 150), 0, -50)
	f2, t2 := span(w)
	if !(t2-f2 > t1-f1) {
		t.Errorf("scroll down did not zoom out")
	}
}

func TestWidgetDragPans(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	f0, t0 := span(w)
	test.Drag(win.Canvas(), fyne.NewPos(400, 150), 90, 0)
	f1, t1 := span(w)
	want := (t0 - f0) * 90 / 900
	if abs((f0-f1)-want) > want*0.01 || abs((t1-f1)-(t0-f0)) > 1 {
		t.Errorf("drag by 90 px moved the view by %v s, want %v earlier", f0-f1, want)
	}
}

func TestWidgetOverviewDrag(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2025, 6, 1), day(2025, 7, 1))
	test.Drag(win.Canvas(), fyne.NewPos(100, 320-overviewH/2), 0, 0)
	f, to := w.View()
	if to.Sub(f) > 31*24*time.Hour || !f.Before(day(2024, 12, 1)) {
		t.Errorf("dragging in the overview should move the window left keeping its size: %v – %v", f, to)
	}
}

func TestWidgetKeys(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	win.Canvas().Focus(w)
	f0, t0 := span(w)
	test.Type(w, "+")
	f1, t1 := span(w)
	if !(t1-f1 < (t0-f0)*0.7) {
		t.Errorf("+ did not zoom in: %v -> %v", t0-f0, t1-f1)
	}
	test.Type(w, "-")
	f2, t2 := span(w)
	if abs((t2-f2)-(t0-f0)) > (t0-f0)*0.01 {
		t.Errorf("- did not undo +: %v vs %v", t2-f2, t0-f0)
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	f3, _ := span(w)
	if !(f3 > f2) {
		t.Errorf("Right did not pan later")
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	f4, _ := span(w)
	if !(f4 < f2) {
		t.Errorf("Left did not pan earlier")
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	_, t5 := span(w)
	if abs(t5-Seconds(day(2025, 6, 26))) > (t5-f4)*0.1 {
		t.Errorf("End should bring the last event to the right edge, view ends %v", FromSeconds(t5))
	}
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	f6, _ := span(w)
	if abs(f6-Seconds(day(2024, 1, 1))) > (t5-f4)*0.1 {
		t.Errorf("Home should bring the first event to the left edge, view starts %v", FromSeconds(f6))
	}
}

func TestWidgetTabSelects(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	win.Canvas().Focus(w)
	var got []int64
	w.OnSelected = func(id int64) { got = append(got, id) }
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	w.KeyDown(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	w.KeyUp(&fyne.KeyEvent{Name: desktop.KeyShiftLeft})
	// Items in time order: 6 (2024 year), 5 (Olympics), 1, 2, 3, 4.
	want := []int64{6, 5, 6}
	if len(got) != len(want) {
		t.Fatalf("selected %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("selected %v, want %v", got, want)
		}
	}
}

func TestWidgetTapSelects(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	var got int64 = -1
	w.OnSelected = func(id int64) { got = id }
	w.SetView(day(2025, 6, 20), day(2025, 6, 28))
	win.Canvas().Capture() // draw, so that the scene is laid out at the canvas scale
	h, ok := w.scene.Find(4)
	if !ok {
		t.Fatal("item 4 not in the scene")
	}
	test.TapCanvas(win.Canvas(), fyne.NewPos((h.X0+h.X1)/2, (h.Y0+h.Y1)/2))
	if got != 4 || w.Selected() != 4 {
		t.Fatalf("tap selected %d (widget %d), want 4", got, w.Selected())
	}
	test.TapCanvas(win.Canvas(), fyne.NewPos(890, 250))
	if got != 0 || w.Selected() != 0 {
		t.Errorf("tap on empty space should clear the selection, got %d", got)
	}
}

func TestWidgetSelectScrollsIntoView(t *testing.T) {
	w, _ := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2020, 1, 1), day(2020, 2, 1))
	w.Select(3)
	f, to := w.View()
	it := sampleItems()[2]
	if it.Start.Before(f) || it.End.After(to) {
		t.Errorf("Select did not scroll item 3 into view: %v – %v", f, to)
	}
	w.ZoomToSelection()
	f, to = w.View()
	if to.Sub(f) > 10*24*time.Hour {
		t.Errorf("ZoomToSelection left %v visible", to.Sub(f))
	}
}

func TestWidgetDoubleTapOpensCluster(t *testing.T) {
	w, win := newTestWidget(t, Synthetic(20000, 3), fyne.NewSize(900, 320))
	win.Canvas().Capture()
	var c *Hit
	for _, h := range w.scene.Hits {
		if h.Cluster {
			c = &h
			break
		}
	}
	if c == nil {
		t.Fatal("no cluster at full zoom out")
	}
	w.DoubleTapped(&fyne.PointEvent{Position: fyne.NewPos((c.X0+c.X1)/2, (c.Y0+c.Y1)/2)})
	f, to := w.View()
	if f.After(c.From) || to.Before(c.To) || to.Sub(f) > c.To.Sub(c.From)*2 {
		t.Errorf("view %v – %v does not fit the cluster %v – %v", f, to, c.From, c.To)
	}
}

func TestWidgetHoverTooltip(t *testing.T) {
	w, win := newTestWidget(t, sampleItems(), fyne.NewSize(900, 320))
	w.SetView(day(2025, 6, 20), day(2025, 6, 28))
	win.Canvas().Capture()
	h, _ := w.scene.Find(3)
	w.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(h.X0+8, (h.Y0+h.Y1)/2)}})
	if w.hovered != 3 {
		t.Fatalf("hovered %d, want 3", w.hovered)
	}
	win.Canvas().Capture()
	found := false
	if w.scene.Overlay == nil {
		t.Fatal("no tooltip overlay")
	}
	for _, tr := range w.scene.Overlay.Texts {
		if tr.S == "24 Jun 2025 · day · edited" {
			found = true
		}
	}
	if !found {
		t.Error("tooltip with date, precision and status not drawn")
	}
	w.MouseOut()
	if w.hovered != 0 {
		t.Error("hover not cleared")
	}
}

func TestWidgetEmptySource(t *testing.T) {
	w, win := newTestWidget(t, nil, fyne.NewSize(600, 240))
	w.FitAll()
	w.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 10)})
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
	win.Canvas().Capture()
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}
