package timeline

import (
	"fmt"
	"image"
	"math"
	"slices"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var (
	_ fyne.Widget         = (*Widget)(nil)
	_ fyne.Draggable      = (*Widget)(nil)
	_ fyne.Scrollable     = (*Widget)(nil)
	_ fyne.Tappable       = (*Widget)(nil)
	_ fyne.DoubleTappable = (*Widget)(nil)
	_ fyne.Focusable      = (*Widget)(nil)
	_ fyne.Tabbable       = (*Widget)(nil)
	_ desktop.Hoverable   = (*Widget)(nil)
	_ desktop.Keyable     = (*Widget)(nil)
)

// Layout of the widget, in device-independent units.
const (
	overviewH   = 30  // overview strip at the bottom
	zoomStep    = 1.6 // +/- keys and double-click
	panFraction = 0.2 // arrow keys
	animTime    = 220 * time.Millisecond
	// syncBudget: a Source that answers faster than this is queried in the
	// view-change handler itself; a slower one from a goroutine.
	syncBudget = 8 * time.Millisecond
)

// Widget is the interactive timeline: a raster of the Scene under the
// pointer, with wheel/keyboard zoom, drag and arrow-key pan, selection, hover
// tooltip, clusters that open on double-click and an overview strip of the
// whole span. It asks its Source only for what is visible. Its methods must
// be called on the Fyne UI goroutine.
type Widget struct {
	widget.BaseWidget

	// OnSelected is called when the user selects an item (0 when the
	// selection is cleared by a tap on empty space).
	OnSelected func(id int64)
	// RunOnUI, when set, replaces fyne.Do for handing the results of a
	// background query back to the UI goroutine (the app routes it through
	// its own scheduling of UI callbacks).
	RunOnUI func(func())
	// Theme colours the timeline; nil follows the Fyne theme: dark colours
	// on a dark background, light ones otherwise.
	Theme *Theme
	// Locale names months and eras on the axis; nil = English.
	Locale *Locale

	src Source

	mu       sync.Mutex // guards the fields below against the fetch goroutine
	from, to float64    // view, seconds
	spanOK   bool
	span     [2]float64
	items    []Item // sorted by Start
	buckets  []int
	got      [2]float64 // view the items and buckets were fetched for
	overview []int      // bucket counts over the whole span
	gen      int        // fetch generation
	async    bool       // the source is slow: fetch in a goroutine

	grouping Grouping
	hijri    bool

	selected, hovered int64
	hoverPos          fyne.Position
	focused, shift    bool
	dragOverview      bool
	anim              *fyne.Animation

	scene *Scene // last drawn, for hit testing
	k     float32
	img   *image.RGBA
}

// New returns a timeline over src, showing all of it.
func New(src Source) *Widget {
	w := &Widget{src: src}
	w.ExtendBaseWidget(w)
	now := time.Now().UTC()
	w.from, w.to = Seconds(now.AddDate(-1, 0, 0)), Seconds(now)
	w.loadSpan()
	w.fitAll(false)
	return w
}

// CreateRenderer is part of fyne.Widget.
func (w *Widget) CreateRenderer() fyne.WidgetRenderer {
	r := &renderer{w: w, raster: canvas.NewRaster(w.draw)}
	return r
}

// MinSize is small and fixed: the timeline fills what it is given.
func (w *Widget) MinSize() fyne.Size {
	w.ExtendBaseWidget(w)
	return fyne.NewSize(240, 160)
}

type renderer struct {
	w      *Widget
	raster *canvas.Raster
}

func (r *renderer) Layout(s fyne.Size) {
	r.raster.Resize(s)
	r.raster.Move(fyne.NewPos(0, 0))
}
func (r *renderer) MinSize() fyne.Size           { return r.w.MinSize() }
func (r *renderer) Refresh()                     { r.raster.Refresh() }
func (r *renderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.raster} }
func (r *renderer) Destroy()                     { r.w.img = nil }

// Resize lays the timeline out again for the new size.
func (w *Widget) Resize(s fyne.Size) {
	if s == w.Size() {
		return
	}
	w.BaseWidget.Resize(s)
	w.mu.Lock()
	w.got = [2]float64{}
	w.mu.Unlock()
	w.scene = nil
	w.refetch()
}

// View returns the visible window of time.
func (w *Widget) View() (from, to time.Time) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return FromSeconds(w.from), FromSeconds(w.to)
}

// SetView shows [from, to) at once.
func (w *Widget) SetView(from, to time.Time) {
	w.stopAnim()
	w.setView(Seconds(from), Seconds(to))
}

// FitAll shows the whole span of the source, with a margin.
func (w *Widget) FitAll() { w.fitAll(true) }

// Reload re-reads the source after its data changed.
func (w *Widget) Reload() {
	w.loadSpan()
	w.mu.Lock()
	w.got = [2]float64{}
	w.mu.Unlock()
	w.refetch()
	w.Refresh()
}

// SetGrouping arranges the items in one set of lanes (GroupNone) or in a
// labelled band per Item.Lane key (GroupLane), e.g. per document or tag.
func (w *Widget) SetGrouping(g Grouping) {
	if g == w.grouping {
		return
	}
	w.grouping = g
	w.Refresh()
}

// Grouping returns the current arrangement of the items.
func (w *Widget) Grouping() Grouping { return w.grouping }

// SetHijri shows or hides the row of Hijri months under the Gregorian
// labels of the axis (see HijriDate for the calendar used).
func (w *Widget) SetHijri(on bool) {
	if on == w.hijri {
		return
	}
	w.hijri = on
	w.Refresh()
}

// Hijri reports whether the Hijri row is shown.
func (w *Widget) Hijri() bool { return w.hijri }

// Selected returns the selected item ID, 0 if none.
func (w *Widget) Selected() int64 { return w.selected }

// Select selects item id and scrolls it into view if it is not visible.
// It does not call OnSelected.
func (w *Widget) Select(id int64) {
	w.selected = id
	if id == 0 {
		w.Refresh()
		return
	}
	if it, ok := w.item(id); ok {
		s, e := Seconds(it.Start), Seconds(it.end())
		w.mu.Lock()
		from, to := w.from, w.to
		w.mu.Unlock()
		if s < from || s > to {
			c := (s + e) / 2
			half := (to - from) / 2
			if e-s > to-from {
				half = (e - s) * 0.6
			}
			w.animateTo(c-half, c+half)
			return
		}
	}
	w.Refresh()
}

// ZoomToSelection fits the view around the selected item.
func (w *Widget) ZoomToSelection() {
	it, ok := w.item(w.selected)
	if !ok {
		return
	}
	s, e := Seconds(it.Start), Seconds(it.end())
	d := math.Max(e-s, 0)
	pad := math.Max(d*0.5, secDay*3)
	if it.Precision == PrecMinute || it.Precision == PrecHour {
		pad = math.Max(d*0.5, secHour*3)
	}
	w.animateTo(s-pad, e+pad)
}

// item finds id among the loaded items or asks an ItemSource.
func (w *Widget) item(id int64) (Item, bool) {
	if id == 0 {
		return Item{}, false
	}
	w.mu.Lock()
	for _, it := range w.items {
		if it.ID == id {
			w.mu.Unlock()
			return it, true
		}
	}
	w.mu.Unlock()
	if is, ok := w.src.(ItemSource); ok {
		return is.Item(id)
	}
	return Item{}, false
}

func (w *Widget) loadSpan() {
	if w.src == nil {
		return
	}
	f, t, ok := w.src.Span()
	var ov []int
	if ok {
		if !t.After(f) {
			t = f.Add(time.Hour)
		}
		ov = w.src.Buckets(f, t, 240)
	}
	w.mu.Lock()
	w.spanOK = ok
	w.span = [2]float64{Seconds(f), Seconds(t)}
	w.overview = ov
	w.mu.Unlock()
}

func (w *Widget) fitAll(animate bool) {
	w.mu.Lock()
	ok, sp := w.spanOK, w.span
	w.mu.Unlock()
	if !ok {
		w.Refresh()
		return
	}
	d := math.Max(sp[1]-sp[0], secDay)
	from, to := sp[0]-d*0.04, sp[1]+d*0.04
	if animate {
		w.animateTo(from, to)
	} else {
		w.setView(from, to)
	}
}

// setView changes the view, clamped to the zoom limits, and refreshes.
func (w *Widget) setView(from, to float64) {
	if !(to > from) {
		return
	}
	c := (from + to) / 2
	d := math.Max(minSpan, math.Min(maxSpan, to-from))
	w.mu.Lock()
	w.from, w.to = c-d/2, c+d/2
	w.mu.Unlock()
	w.refetch()
	w.Refresh()
}

func (w *Widget) stopAnim() {
	if w.anim != nil {
		w.anim.Stop()
		w.anim = nil
	}
}

// animateTo moves the view smoothly: the span changes geometrically and the
// centre linearly, so a zoom feels uniform at every scale.
func (w *Widget) animateTo(from, to float64) {
	w.stopAnim()
	w.mu.Lock()
	f0, t0 := w.from, w.to
	w.mu.Unlock()
	c0, c1 := (f0+t0)/2, (from+to)/2
	l0, l1 := math.Log(t0-f0), math.Log(math.Max(minSpan, math.Min(maxSpan, to-from)))
	if fyne.CurrentApp() == nil || !fyne.CurrentApp().Settings().ShowAnimations() {
		w.setView(from, to)
		return
	}
	a := fyne.NewAnimation(animTime, func(p float32) {
		f := float64(p)
		c := c0 + (c1-c0)*f
		d := math.Exp(l0 + (l1-l0)*f)
		w.setView(c-d/2, c+d/2)
	})
	a.Curve = fyne.AnimationEaseOut
	w.anim = a
	a.Start()
}

// refetch loads the items of the current view: in the handler when the
// source is fast, else in a goroutine whose result lands through fyne.Do.
func (w *Widget) refetch() {
	if w.src == nil {
		return
	}
	w.mu.Lock()
	if w.got == [2]float64{w.from, w.to} {
		w.mu.Unlock()
		return
	}
	w.gen++
	gen, async := w.gen, w.async
	view := View{Start: FromSeconds(w.from), End: FromSeconds(w.to), Width: w.Size().Width, Height: w.Size().Height - overviewH}
	w.mu.Unlock()
	if view.Width <= 0 {
		view.Width, view.Height = 800, 400
	}
	k := w.k
	if k == 0 {
		k = 1
	}
	run := func() {
		t0 := time.Now()
		items, buckets := fetch(w.src, view, k)
		slices.SortStableFunc(items, func(a, b Item) int { return a.Start.Compare(b.Start) })
		slow := time.Since(t0) > syncBudget
		apply := func() {
			w.mu.Lock()
			w.async = slow
			if gen != w.gen && async {
				w.mu.Unlock()
				return // a newer view is on its way
			}
			w.items, w.buckets = items, buckets
			w.got = [2]float64{Seconds(view.Start), Seconds(view.End)}
			w.mu.Unlock()
			w.Refresh()
		}
		if async {
			w.do(apply)
		} else {
			apply()
		}
	}
	if async {
		go run()
	} else {
		run()
	}
}

// draw is the raster callback: it builds the scene from what is loaded (no
// I/O) and renders it.
func (w *Widget) draw(pw, ph int) image.Image {
	if w.img == nil || w.img.Bounds().Dx() != pw || w.img.Bounds().Dy() != ph {
		w.img = image.NewRGBA(image.Rect(0, 0, pw, ph))
	}
	size := w.Size()
	k := float32(1)
	if size.Width > 0 {
		k = float32(pw) / size.Width
	}
	s := w.buildScene(size, k)
	w.scene, w.k = s, k
	Render(w.img, s)
	return w.img
}

func (w *Widget) theme() *Theme {
	if w.Theme != nil {
		return w.Theme
	}
	// Judge by the background the app's theme actually paints, so that a
	// theme that forces its own variant is followed too.
	if fyne.CurrentApp() != nil {
		r, g, b, _ := theme.Color(theme.ColorNameBackground).RGBA()
		if 299*r+587*g+114*b < 1000*0x8000 {
			return DarkTheme()
		}
	}
	return LightTheme()
}

// buildScene lays out the whole widget at scale k: the main scene, the
// overview strip and the tooltip.
func (w *Widget) buildScene(size fyne.Size, k float32) *Scene {
	w.mu.Lock()
	from, to := w.from, w.to
	items, buckets, got := w.items, w.buckets, w.got
	ov, span, spanOK := w.overview, w.span, w.spanOK
	w.mu.Unlock()
	th := w.theme()
	mainH := max(size.Height-overviewH, 40)
	view := View{Start: FromSeconds(from), End: FromSeconds(to), Width: size.Width, Height: mainH}
	if buckets != nil {
		buckets = resample(buckets, got[0], got[1], from, to, BucketCount(size.Width, k))
	}
	s := BuildScene(items, view, SceneOptions{Selected: w.selected, Hovered: w.hovered, Buckets: buckets,
		Theme: th, Scale: k, Locale: w.Locale, Grouping: w.grouping, Hijri: w.hijri})
	s.mainH = s.Height
	s.Height = size.Height * k
	if spanOK {
		w.addOverview(s, ov, span, from, to, mainH*k, k, th)
	} else {
		mk := defaultLabels().get("No dated events yet", 14*k, 0)
		s.textMask(mk, (s.Width-mk.w)/2, (s.Height-mk.h)/2, 14*k, th.AxisTextDim)
	}
	if w.hovered != 0 || w.hoverCluster() != nil {
		s.Overlay = &Scene{Width: s.Width, Height: s.Height}
		w.addTooltip(s, s.Overlay, k, th)
	}
	if w.focused {
		// Keyboard focus: a ring just inside the edge, over everything.
		if s.Overlay == nil {
			s.Overlay = &Scene{Width: s.Width, Height: s.Height}
		}
		s.Overlay.Prims = append(s.Overlay.Prims, Prim{Kind: PrimRect, X: 1.5 * k, Y: 1.5 * k,
			W: s.Width - 3*k, H: s.Height - 3*k, Stroke: th.Focus, StrokeW: 2 * k, Radius: 3 * k})
	}
	return s
}

// overviewRange is the time range the overview strip shows.
func overviewRange(span [2]float64) (float64, float64) {
	d := math.Max(span[1]-span[0], secDay)
	return span[0] - d*0.02, span[1] + d*0.02
}

func (w *Widget) addOverview(s *Scene, ov []int, span [2]float64, from, to float64, y, k float32, th *Theme) {
	W := s.Width
	h := overviewH * k
	s.rect(0, y, W, h, th.AxisBand)
	s.rect(0, y, W, k, th.GridMajor)
	o0, o1 := overviewRange(span)
	osc := NewScaleSec(o0, o1, W)
	if n := len(ov); n > 0 {
		maxC := slices.Max(ov)
		x0 := osc.XSec(span[0])
		bw := (osc.XSec(span[1]) - x0) / float64(n)
		for i, c := range ov {
			if c == 0 || maxC == 0 {
				continue
			}
			bh := float32(math.Log1p(float64(c))/math.Log1p(float64(maxC))) * (h - 8*k)
			s.rect(float32(x0+float64(i)*bw), y+h-3*k-bh, float32(bw), bh, withAlpha(th.Density, 0xb0))
		}
	}
	wx0, wx1 := float32(osc.XSec(from)), float32(osc.XSec(to))
	if wx1-wx0 < 4*k {
		c := (wx0 + wx1) / 2
		wx0, wx1 = c-2*k, c+2*k
	}
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: wx0, Y: y + 2*k, W: wx1 - wx0, H: h - 4*k,
		Fill: withAlpha(th.Selection, 0x10), Stroke: withAlpha(th.Selection, 0xc0), StrokeW: 1.5 * k, Radius: 2 * k})
}

func (w *Widget) hoverCluster() *Hit {
	if w.scene == nil || w.hovered != 0 || w.k == 0 {
		return nil
	}
	h, ok := w.scene.HitAt(w.hoverPos.X*w.k, w.hoverPos.Y*w.k)
	if !ok || !h.Cluster {
		return nil
	}
	return &h
}

// addTooltip draws the details of the hovered item (or cluster) near the
// pointer: date and precision on the first line, the title below.
func (w *Widget) addTooltip(s, o *Scene, k float32, th *Theme) {
	var line1, line2 string
	if it, ok := w.item(w.hovered); ok && w.hovered != 0 {
		line1 = FormatInterval(it.Start, it.end(), it.Precision)
		if it.Precision != "" {
			line1 += " · " + it.Precision
		}
		if it.Sources > 1 {
			line1 += fmt.Sprintf(" · %d sources", it.Sources)
		}
		switch {
		case it.Notes == 1:
			line1 += " · 1 note"
		case it.Notes > 1:
			line1 += fmt.Sprintf(" · %d notes", it.Notes)
		}
		if it.Status != "" {
			line1 += " · " + it.Status
		}
		line2 = it.Label
	} else if h := w.hoverCluster(); h != nil {
		line1 = formatCount(h.Count) + " events"
		line2 = FormatInterval(h.From, h.To, "") + " — double-click to open"
	} else {
		return
	}
	labels := defaultLabels()
	m1 := labels.get(line1, 11*k, 0)
	m2 := labels.get(line2, 13*k, 420*k)
	pw := max(m1.w, m2.w) + 16*k
	ph := m1.h + m2.h + 12*k
	x, y := tooltipPos(s, w.hoverPos, pw, ph, w.hovered, w.selected, w.hoverCluster(), k)
	bg := th.Background
	bg.A = 0xf4
	o.Prims = append(o.Prims, Prim{Kind: PrimRect, X: x + 2*k, Y: y + 2*k, W: pw, H: ph, Fill: withAlpha(th.Text, 0x20), Radius: 5 * k})
	o.Prims = append(o.Prims, Prim{Kind: PrimRect, X: x, Y: y, W: pw, H: ph, Fill: bg, Stroke: th.GridMajor, StrokeW: k, Radius: 5 * k})
	o.textMask(m1, x+8*k, y+5*k, 11*k, th.AxisTextDim)
	// Arabic titles are right-aligned in the box.
	x2 := x + 8*k
	if isRTL(line2) {
		x2 = x + pw - 8*k - m2.w
	}
	o.textMask(m2, x2, y+7*k+m1.h, 13*k, th.Text)
}

// tooltipPos places a tooltip of pw×ph pixels: centred on the pointer
// horizontally, below the hovered row or above it, never over the hovered
// item's own label, and avoiding the selected item's label when the other
// side has room.
func tooltipPos(s *Scene, pointer fyne.Position, pw, ph float32, hovered, selected int64, cl *Hit, k float32) (x, y float32) {
	px, py := pointer.X*k, pointer.Y*k
	x = min(max(px-pw/2, 2*k), s.Width-pw-2*k)
	x = max(x, 0)
	// The row to keep clear: the hovered item's (mark and label) or cluster.
	y0, y1 := py-10*k, py+14*k
	if h, ok := s.Find(hovered); ok && hovered != 0 {
		y0, y1 = h.Y0, h.Y1
	} else if cl != nil {
		y0, y1 = cl.Y0, cl.Y1
	}
	below, above := y1+6*k, y0-ph-6*k
	limit := s.Height
	if s.mainH > 0 {
		limit = s.mainH
	}
	fitsBelow, fitsAbove := below+ph <= limit, above >= 0
	covers := func(ty float32) bool {
		sh, ok := s.Find(selected)
		if !ok || selected == 0 || selected == hovered {
			return false
		}
		return x < sh.X1 && sh.X0 < x+pw && ty < sh.Y1 && sh.Y0 < ty+ph
	}
	switch {
	case fitsBelow && !covers(below):
		return x, below
	case fitsAbove && !covers(above):
		return x, above
	case fitsBelow:
		return x, below
	case fitsAbove:
		return x, above
	}
	return x, max(0, limit-ph-2*k)
}

// resample maps bucket counts fetched for [f0, f1) onto n buckets of
// [f, t), spreading each old bucket uniformly over its time.
func resample(b []int, f0, f1, f, t float64, n int) []int {
	if len(b) == n && f0 == f && f1 == t {
		return b
	}
	out := make([]float64, n)
	ob := (f1 - f0) / float64(len(b))
	nb := (t - f) / float64(n)
	if !(ob > 0) || !(nb > 0) {
		return nil
	}
	for i, c := range b {
		if c == 0 {
			continue
		}
		s, e := f0+float64(i)*ob, f0+float64(i+1)*ob
		j0 := max(0, int(math.Floor((s-f)/nb)))
		j1 := min(n-1, int(math.Floor((e-f)/nb)))
		for j := j0; j <= j1; j++ {
			bs, be := f+float64(j)*nb, f+float64(j+1)*nb
			ov := math.Min(e, be) - math.Max(s, bs)
			if ov > 0 {
				out[j] += float64(c) * ov / ob
			}
		}
	}
	r := make([]int, n)
	for i, v := range out {
		r[i] = int(math.Round(v))
	}
	return r
}

// --- interaction ---

// Scrolled zooms around the pointer (vertical wheel, pinch) and pans
// (horizontal wheel).
func (w *Widget) Scrolled(ev *fyne.ScrollEvent) {
	w.stopAnim()
	w.mu.Lock()
	from, to := w.from, w.to
	w.mu.Unlock()
	width := float64(w.Size().Width)
	if width <= 0 {
		return
	}
	sc := NewScaleSec(from, to, float32(width))
	if ev.Scrolled.DY != 0 {
		f := math.Exp(float64(ev.Scrolled.DY) * 0.01)
		sc = sc.Zoom(f, float64(ev.Position.X), float32(width))
	}
	if ev.Scrolled.DX != 0 {
		sc = sc.Pan(float64(ev.Scrolled.DX))
	}
	w.setView(sc.T0, sc.Sec(width))
}

// Dragged pans the view, or moves the window of the overview strip.
func (w *Widget) Dragged(ev *fyne.DragEvent) {
	w.stopAnim()
	w.mu.Lock()
	from, to := w.from, w.to
	w.mu.Unlock()
	size := w.Size()
	if ev.Position.Y-ev.Dragged.DY >= size.Height-overviewH || w.dragOverview {
		w.dragOverview = true
		w.centreOverviewAt(ev.Position.X)
		return
	}
	sc := NewScaleSec(from, to, size.Width).Pan(float64(ev.Dragged.DX))
	w.setView(sc.T0, sc.Sec(float64(size.Width)))
}

// DragEnd is part of fyne.Draggable.
func (w *Widget) DragEnd() { w.dragOverview = false }

// centreOverviewAt centres the view on the time under x in the overview.
func (w *Widget) centreOverviewAt(x float32) {
	w.mu.Lock()
	from, to, span, ok := w.from, w.to, w.span, w.spanOK
	w.mu.Unlock()
	if !ok {
		return
	}
	o0, o1 := overviewRange(span)
	c := NewScaleSec(o0, o1, w.Size().Width).Sec(float64(x))
	d := to - from
	w.setView(c-d/2, c+d/2)
}

// Tapped selects the item under the pointer, or recentres from the
// overview strip.
func (w *Widget) Tapped(ev *fyne.PointEvent) {
	if ev.Position.Y >= w.Size().Height-overviewH {
		w.stopAnim()
		w.centreOverviewAt(ev.Position.X)
		return
	}
	h, ok := w.hitAt(ev.Position)
	id := int64(0)
	if ok && !h.Cluster {
		id = h.ID
	}
	if ok && h.Cluster {
		return
	}
	if id == w.selected {
		return
	}
	w.selected = id
	w.Refresh()
	if w.OnSelected != nil {
		w.OnSelected(id)
	}
}

// DoubleTapped opens a cluster, zooms to an item, or zooms in.
func (w *Widget) DoubleTapped(ev *fyne.PointEvent) {
	if ev.Position.Y >= w.Size().Height-overviewH {
		return
	}
	if h, ok := w.hitAt(ev.Position); ok {
		s, e := Seconds(h.From), Seconds(h.To)
		pad := math.Max((e-s)*0.08, minSpan/2)
		if !h.Cluster {
			w.selected = h.ID
			w.ZoomToSelection()
			return
		}
		w.animateTo(s-pad, e+pad)
		return
	}
	w.zoomBy(zoomStep, ev.Position.X)
}

func (w *Widget) hitAt(p fyne.Position) (Hit, bool) {
	if w.scene == nil {
		// Not drawn yet (headless tests): lay out at scale 1.
		w.scene = w.buildScene(w.Size(), 1)
		w.k = 1
	}
	return w.scene.HitAt(p.X*w.k, p.Y*w.k)
}

func (w *Widget) zoomBy(f float64, x float32) {
	w.mu.Lock()
	from, to := w.from, w.to
	w.mu.Unlock()
	width := w.Size().Width
	if width <= 0 {
		width = 1
	}
	sc := NewScaleSec(from, to, width).Zoom(f, float64(x), width)
	w.animateTo(sc.T0, sc.Sec(float64(width)))
}

func (w *Widget) pan(fraction float64) {
	w.mu.Lock()
	from, to := w.from, w.to
	w.mu.Unlock()
	d := (to - from) * fraction
	w.animateTo(from+d, to+d)
}

// MouseIn is part of desktop.Hoverable.
func (w *Widget) MouseIn(ev *desktop.MouseEvent) { w.MouseMoved(ev) }

// MouseMoved updates the hovered item and the tooltip.
func (w *Widget) MouseMoved(ev *desktop.MouseEvent) {
	w.hoverPos = ev.Position
	id := int64(0)
	h, ok := w.hitAt(ev.Position)
	if ok && !h.Cluster {
		id = h.ID
	}
	if id != w.hovered || ok && h.Cluster || w.hovered != 0 {
		w.hovered = id
		w.Refresh()
	}
}

// MouseOut is part of desktop.Hoverable.
func (w *Widget) MouseOut() {
	w.hoverPos = fyne.NewPos(-1000, -1000)
	if w.hovered != 0 {
		w.hovered = 0
	}
	w.Refresh()
}

// FocusGained is part of fyne.Focusable.
func (w *Widget) FocusGained() { w.focused = true; w.Refresh() }

// FocusLost is part of fyne.Focusable.
func (w *Widget) FocusLost() { w.focused = false; w.Refresh() }

// AcceptsTab keeps Tab for moving between events.
func (w *Widget) AcceptsTab() bool { return true }

// KeyDown tracks Shift for Shift+Tab.
func (w *Widget) KeyDown(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		w.shift = true
	}
}

// KeyUp tracks Shift for Shift+Tab.
func (w *Widget) KeyUp(ev *fyne.KeyEvent) {
	if ev.Name == desktop.KeyShiftLeft || ev.Name == desktop.KeyShiftRight {
		w.shift = false
	}
}

// TypedRune handles + and - (zoom around the centre).
func (w *Widget) TypedRune(r rune) {
	c := w.Size().Width / 2
	switch r {
	case '+', '=':
		w.zoomBy(zoomStep, c)
	case '-', '_':
		w.zoomBy(1/zoomStep, c)
	}
}

// TypedKey pans with Left/Right, moves between events with Tab, Shift+Tab,
// Up and Down, jumps to the first/last event with Home/End, zooms to the
// selection with Enter/Return.
func (w *Widget) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		w.pan(-panFraction)
	case fyne.KeyRight:
		w.pan(panFraction)
	case fyne.KeyTab:
		w.step(!w.shift)
	case fyne.KeyDown:
		w.step(true)
	case fyne.KeyUp:
		w.step(false)
	case fyne.KeyHome, fyne.KeyEnd:
		w.mu.Lock()
		from, to, span, ok := w.from, w.to, w.span, w.spanOK
		w.mu.Unlock()
		if !ok {
			return
		}
		d := to - from
		if ev.Name == fyne.KeyHome {
			w.animateTo(span[0]-d*0.05, span[0]+d*0.95)
		} else {
			w.animateTo(span[1]-d*0.95, span[1]+d*0.05)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		w.ZoomToSelection()
	case fyne.KeyEscape:
		if w.selected != 0 {
			w.selected = 0
			w.Refresh()
			if w.OnSelected != nil {
				w.OnSelected(0)
			}
		}
	}
}

// step selects the next (or previous) loaded item in time order and
// scrolls to it.
func (w *Widget) step(next bool) {
	w.mu.Lock()
	items := w.items
	from, to := w.from, w.to
	w.mu.Unlock()
	if len(items) == 0 {
		return
	}
	i := slices.IndexFunc(items, func(it Item) bool { return it.ID == w.selected })
	switch {
	case i < 0:
		// Nothing selected: start from the first item in view.
		i = slices.IndexFunc(items, func(it Item) bool { return Seconds(it.end()) >= from && Seconds(it.Start) <= to })
		if i < 0 {
			i = 0
		}
		if !next {
			i = len(items) - 1
			for j := len(items) - 1; j >= 0; j-- {
				if Seconds(items[j].Start) <= to {
					i = j
					break
				}
			}
		}
	case next:
		i = min(i+1, len(items)-1)
	default:
		i = max(i-1, 0)
	}
	id := items[i].ID
	if id == w.selected {
		return
	}
	w.Select(id)
	if w.OnSelected != nil {
		w.OnSelected(id)
	}
}

// FormatInterval writes an interval at its precision: "24 Jun 2025",
// "March 2025", "26 Jul – 11 Aug 2024", "2025", "14:00, 24 Jun 2025".
func FormatInterval(start, end time.Time, precision string) string {
	y := englishYear
	last := end.Add(-time.Nanosecond)
	dayStr := func(t time.Time) string { return fmt.Sprintf("%d %s %s", t.Day(), t.Month().String()[:3], y(t.Year())) }
	switch precision {
	case PrecMinute:
		return start.Format("15:04, ") + dayStr(start)
	case PrecHour:
		return start.Format("15:00, ") + dayStr(start)
	case PrecMonth:
		return start.Month().String() + " " + y(start.Year())
	case PrecQuarter, PrecSeason:
		return fmt.Sprintf("%s – %s %s", start.Month().String()[:3], last.Month().String()[:3], y(last.Year()))
	case PrecYear:
		return y(start.Year())
	case PrecDecade, PrecCentury, PrecMillennium:
		return y(start.Year()) + " – " + y(last.Year())
	}
	if !end.After(start) || end.Sub(start) <= 24*time.Hour && start.Hour() == 0 {
		return dayStr(start)
	}
	if end.Sub(start) < 24*time.Hour {
		return start.Format("15:04") + " – " + last.Format("15:04, ") + dayStr(start)
	}
	if start.Year() == last.Year() {
		if start.Month() == last.Month() {
			return fmt.Sprintf("%d – %s", start.Day(), dayStr(last))
		}
		return fmt.Sprintf("%d %s – %s", start.Day(), start.Month().String()[:3], dayStr(last))
	}
	return dayStr(start) + " – " + dayStr(last)
}

// do runs fn on the UI goroutine: through RunOnUI when set, else fyne.Do.
func (w *Widget) do(fn func()) {
	if w.RunOnUI != nil {
		w.RunOnUI(fn)
		return
	}
	fyne.Do(fn)
}
