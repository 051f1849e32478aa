package timeline

import (
	"image/color"
	"math"
	"slices"
	"strconv"
	"time"

	"zaman/text"
)

// View is the visible window of time and the size of the area, in
// device-independent units (multiplied by SceneOptions.Scale for pixels).
type View struct {
	Start, End    time.Time
	Width, Height float32
}

// SceneOptions says what to emphasise and how to draw.
type SceneOptions struct {
	Selected, Hovered int64 // item IDs; 0 = none
	// Buckets are item counts over equal slices of the view, used for the
	// density strip and for clusters; nil = computed from the items.
	Buckets []int
	// ClusterThreshold is the count above which a bucket is drawn as a
	// cluster; 0 = derived from the available room.
	ClusterThreshold int
	Theme            *Theme  // nil = LightTheme
	Scale            float32 // pixels per unit; 0 = 1
	Locale           *Locale // tick labels; nil = English
	// NoBackground leaves the destination as it is under the scene.
	NoBackground bool
}

// PrimKind is the kind of a drawing primitive.
type PrimKind uint8

// Primitive kinds.
const (
	PrimRect   PrimKind = iota // X, Y, W, H box with Radius; Soft feathers the left and right ends
	PrimCircle                 // centre X, Y; radius W
	PrimLine                   // from X, Y to X+W, Y+H, width StrokeW
)

// Prim is one shape of a scene, in pixels.
type Prim struct {
	Kind       PrimKind
	X, Y, W, H float32
	Fill       color.NRGBA // zero alpha = no fill
	Stroke     color.NRGBA // zero alpha = no stroke
	StrokeW    float32
	Radius     float32
	Soft       float32
}

// TextRun is one line of text at X, Y (top left of its box), W×H pixels.
type TextRun struct {
	X, Y, W, H float32
	S          string
	Size       float32
	Color      color.NRGBA
	RTL        bool         // paragraph direction (for SVG)
	Layout     *text.Layout // shaped, bidi-ordered runs of S
	mask       *mask
}

// Hit is a clickable region of the scene.
type Hit struct {
	ID             int64 // item ID; 0 for a cluster
	Cluster        bool
	Count          int       // items in a cluster
	From, To       time.Time // the item's or cluster's interval
	X0, Y0, X1, Y1 float32
}

// Scene is everything a renderer needs to draw a view of the timeline.
// Prims are painted in order, then Texts.
type Scene struct {
	Width, Height float32 // pixels
	Background    color.NRGBA
	Prims         []Prim
	Texts         []TextRun
	// Overlay is painted last, over the texts: tooltips and the like.
	Overlay  *Scene
	Hits     []Hit
	Scale    Scale // time to pixels of this scene
	Overflow int   // items not shown for lack of room (besides clusters)
}

// HitAt returns the topmost hit region under pixel (x, y).
func (s *Scene) HitAt(x, y float32) (Hit, bool) {
	for i := len(s.Hits) - 1; i >= 0; i-- {
		h := s.Hits[i]
		if x >= h.X0 && x < h.X1 && y >= h.Y0 && y < h.Y1 {
			return h, true
		}
	}
	return Hit{}, false
}

// Find returns the hit of item id.
func (s *Scene) Find(id int64) (Hit, bool) {
	for _, h := range s.Hits {
		if !h.Cluster && h.ID == id {
			return h, true
		}
	}
	return Hit{}, false
}

// metrics are the sizes of the layout at scale k.
type metrics struct {
	k                         float32
	axisH, densTop, densH     float32
	areaTop, laneH            float32
	font, fontAxis, fontSmall float32
	markR                     float32
	maxLabel                  float32
	bucketPx                  float32
}

func newMetrics(k float32) metrics {
	return metrics{
		k:         k,
		axisH:     44 * k,
		densTop:   46 * k,
		densH:     6 * k,
		areaTop:   58 * k,
		laneH:     24 * k,
		font:      13 * k,
		fontAxis:  12 * k,
		fontSmall: 10 * k,
		markR:     5 * k,
		maxLabel:  280 * k,
		bucketPx:  12 * k,
	}
}

// BucketCount is the number of density buckets a view of width units at
// scale k uses; a Source is asked for this many.
func BucketCount(width, k float32) int {
	if k <= 0 {
		k = 1
	}
	return max(1, int(width*k/newMetrics(k).bucketPx))
}

// ClusterThreshold is the per-bucket count above which BuildScene draws a
// cluster for a view of this size, unless SceneOptions says otherwise.
func ClusterThreshold(v View, k float32) int {
	if k <= 0 {
		k = 1
	}
	m := newMetrics(k)
	lanes := float32(math.Floor(float64((v.Height*k - m.areaTop) / m.laneH)))
	// Room for about one label start every 90 px per lane.
	t := int(lanes * m.bucketPx / (90 * k))
	return max(t, 3)
}

// entry is an item or a cluster being laid out.
type entry struct {
	item   *Item
	cl     *Cluster
	x0, x1 float64 // the mark's extent
	span   Span    // extent including the label, for lane packing
	label  string
	lw, lh float32
	badge  string
	bw     float32
	mk     *mask
	lx     float64 // left of the label
	mark   Mark
	lane   int
	from   time.Time
	to     time.Time
	count  int
}

// Mark is how an item is drawn.
type Mark int

// Marks of items.
const (
	MarkPoint Mark = iota // an instant, a minute, an hour or a day
	MarkBar               // an explicit range
	MarkBand              // a date known only to the week, month, ... : soft band over the interval
)

// MarkOf says how an item is drawn: a point for a day or finer, a bar for an
// explicit range of days or times, a soft band when the date is only known to
// the week, month, quarter, season, year or coarser.
func MarkOf(it Item) Mark {
	switch it.Precision {
	case PrecWeek, PrecMonth, PrecQuarter, PrecSeason, PrecYear, PrecDecade, PrecCentury, PrecMillennium:
		return MarkBand
	}
	unit := 24 * time.Hour
	switch it.Precision {
	case PrecMinute:
		unit = time.Minute
	case PrecHour:
		unit = time.Hour
	}
	if it.End.Sub(it.Start) > unit {
		return MarkBar
	}
	return MarkPoint
}

// BuildScene lays out items in view: axis with two label rows, density
// strip, clusters for dense stretches, items packed into lanes with their
// labels. It does no I/O. Items outside the view are ignored.
func BuildScene(items []Item, view View, opts SceneOptions) *Scene {
	k := opts.Scale
	if k <= 0 {
		k = 1
	}
	th := opts.Theme
	if th == nil {
		th = LightTheme()
	}
	m := newMetrics(k)
	W, H := view.Width*k, view.Height*k
	sc := NewScale(view.Start, view.End, W)
	s := &Scene{Width: W, Height: H, Background: th.Background, Scale: sc}
	labels := defaultLabels()

	// Axis band and ticks.
	s.rect(0, 0, W, m.axisH, th.AxisBand)
	major, minor := TicksWith(sc, W, TickOptions{Locale: opts.Locale})
	for _, t := range minor {
		x := float32(t.X)
		s.vline(x, m.areaTop-4*k, H, th.Grid, k)
		s.vline(x, m.axisH-6*k, m.axisH, th.GridMajor, k)
		s.text(labels, t.Label, x+3*k, 23*k, m.fontAxis, th.AxisTextDim)
	}
	for i, t := range major {
		x := float32(t.X)
		if x >= 0 {
			s.vline(x, 0, H, th.GridMajor, k)
		}
		// Pin the label of a period that began before the view, but let the
		// next period push it out.
		lx := max(x+4*k, 4*k)
		w, _ := labels.Measure(t.Label, m.fontAxis)
		if i+1 < len(major) {
			lx = min(lx, float32(major[i+1].X)-w-8*k)
		}
		if lx >= 0 && lx < W {
			s.text(labels, t.Label, lx, 4*k, m.fontAxis, th.AxisText)
		}
	}
	s.rect(0, m.axisH, W, k, th.GridMajor)

	// Density and clusters.
	visible := visibleItems(items, view)
	buckets := opts.Buckets
	if buckets == nil {
		buckets = bucketize(visible, sc, BucketCount(view.Width, k), W)
	}
	nb := len(buckets)
	bw := float64(W) / float64(max(nb, 1))
	maxC := slices.Max(append([]int{0}, buckets...))
	if maxC > 0 {
		for i, c := range buckets {
			if c == 0 {
				continue
			}
			a := 0.15 + 0.85*math.Log1p(float64(c))/math.Log1p(float64(maxC))
			s.rect(float32(float64(i)*bw), m.densTop, float32(bw)-0.5, m.densH, withAlpha(th.Density, uint8(a*255)))
		}
	}
	thr := opts.ClusterThreshold
	if thr <= 0 {
		thr = ClusterThreshold(view, k)
	}
	clusters := splitClusters(Clusters(buckets, thr), int(math.Max(1, float64(140*k)/bw)), buckets)
	dense := make([]bool, nb)
	for _, c := range clusters {
		for i := c.First; i <= c.Last; i++ {
			dense[i] = true
		}
	}

	// Entries: clusters and the items outside them.
	var es []entry
	for i := range clusters {
		c := &clusters[i]
		x0, x1 := float64(c.First)*bw, float64(c.Last+1)*bw
		e := entry{cl: c, x0: x0, x1: x1, count: c.Count, from: FromSeconds(sc.Sec(x0)), to: FromSeconds(sc.Sec(x1))}
		e.label = formatCount(c.Count)
		e.lw, e.lh = labels.Measure(e.label, m.fontSmall)
		e.span = Span{x0, math.Max(x1, x0+float64(e.lw+12*k))}
		es = append(es, e)
	}
	for i := range visible {
		it := &visible[i]
		x0, x1 := sc.X(it.Start), sc.X(it.end())
		if nb > 0 {
			b := int(math.Floor(math.Max(x0, 0) / bw))
			if b < nb && dense[b] {
				continue
			}
		}
		e := entry{item: it, mark: MarkOf(*it), from: it.Start, to: it.end()}
		e.label = it.Label
		e.mk = labels.get(e.label, m.font, m.maxLabel)
		e.lw, e.lh = e.mk.w, e.mk.h
		if it.Sources > 1 {
			e.badge = strconv.Itoa(it.Sources)
			w, _ := labels.Measure(e.badge, m.fontSmall)
			e.bw = w + 8*k
		}
		text := float64(e.lw)
		if e.bw > 0 {
			text += float64(e.bw + 5*k)
		}
		switch e.mark {
		case MarkPoint:
			c := (x0 + x1) / 2
			e.x0, e.x1 = c, c
			e.lx = c + float64(m.markR+5*k)
			e.span = Span{c - float64(m.markR+2*k), e.lx + text}
			if e.span.X1 > float64(W) && c-float64(m.markR+5*k)-text >= 0 {
				// No room on the right: label on the left of the mark.
				e.lx = c - float64(m.markR+5*k) - text
				e.span = Span{e.lx, c + float64(m.markR+2*k)}
			}
		default:
			if x1-x0 < float64(4*k) {
				x1 = x0 + float64(4*k)
			}
			e.x0, e.x1 = x0, x1
			e.lx = math.Max(x0, 0) + float64(6*k)
			if e.lx+text > float64(W) {
				e.lx = math.Max(0, math.Min(x1, float64(W))-float64(6*k)-text)
			}
			e.span = Span{math.Min(x0, e.lx), math.Max(x1, e.lx+text)}
		}
		es = append(es, e)
	}
	slices.SortStableFunc(es, func(a, b entry) int {
		if a.span.X0 < b.span.X0 {
			return -1
		}
		if a.span.X0 > b.span.X0 {
			return 1
		}
		return 0
	})
	maxLanes := int((H - m.areaTop - 2*k) / m.laneH)
	spans := make([]Span, len(es))
	for i := range es {
		spans[i] = es[i].span
	}
	// Clusters own the first lane; items pack below them.
	first := 0
	if len(clusters) > 0 {
		first = 1
	}
	var itemSpans []Span
	for i := range es {
		if es[i].cl == nil {
			itemSpans = append(itemSpans, spans[i])
		}
	}
	packed := PackLanes(itemSpans, float64(10*k), maxLanes-first)
	lanes := make([]int, len(es))
	for i, j := 0, 0; i < len(es); i++ {
		if es[i].cl != nil {
			lanes[i] = 0
			continue
		}
		lanes[i] = packed[j]
		if lanes[i] >= 0 {
			lanes[i] += first
		}
		j++
	}

	// Selection guide below everything else.
	for i := range es {
		e := &es[i]
		e.lane = lanes[i]
		if e.item != nil && e.item.ID == opts.Selected && opts.Selected != 0 {
			if e.mark == MarkPoint {
				s.vline(float32(e.x0), m.areaTop, H, withAlpha(th.Selection, 0x90), k)
			} else {
				s.rect(float32(e.x0), m.areaTop, float32(e.x1-e.x0), H-m.areaTop, withAlpha(th.Selection, 0x14))
			}
		}
	}
	var overflow []float64
	for i := range es {
		e := &es[i]
		if e.lane < 0 {
			if e.item != nil {
				overflow = append(overflow, e.x0)
			}
			continue
		}
		y := m.areaTop + float32(e.lane)*m.laneH
		if e.cl != nil {
			s.drawCluster(e, y, m, th, labels)
			continue
		}
		s.drawItem(e, y, m, th, labels, opts)
	}
	// Items that found no lane: ticks along the bottom with a count.
	if len(overflow) > 0 {
		slices.Sort(overflow)
		s.Overflow = len(overflow)
		y := H - 5*k
		for _, x := range overflow {
			s.rect(float32(x)-0.5*k, y, k, 4*k, withAlpha(th.Cluster, 0xa0))
		}
		for _, g := range ClusterPoints(overflow, float64(60*k), 1) {
			lbl := "+" + formatCount(g[1]-g[0])
			s.text(labels, lbl, float32(overflow[g[0]])+2*k, y-13*k, m.fontSmall, th.AxisTextDim)
		}
	}
	return s
}

func (s *Scene) drawCluster(e *entry, y float32, m metrics, th *Theme, labels *maskCache) {
	k := m.k
	x0, x1 := float32(e.x0)+k, float32(e.x1)-k
	h := m.laneH - 6*k
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0, Y: y + 3*k, W: x1 - x0, H: h,
		Fill: withAlpha(th.Cluster, 0xd0), Radius: 4 * k})
	// Stacked edge suggests many items.
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0 + 2*k, Y: y + 3*k + h, W: x1 - x0 - 4*k, H: 2 * k,
		Fill: withAlpha(th.Cluster, 0x60), Radius: k})
	// The count goes inside the box, shortened when the box is narrow.
	for _, lbl := range []string{e.label, shortCount(e.count)} {
		mk := labels.get(lbl, m.fontSmall, 0)
		if x1-x0 >= mk.w+8*k {
			s.textMask(mk, x0+(x1-x0-mk.w)/2, y+3*k+(h-mk.h)/2, m.fontSmall, th.ClusterText)
			break
		}
	}
	s.Hits = append(s.Hits, Hit{Cluster: true, Count: e.count, From: e.from, To: e.to,
		X0: float32(e.x0), Y0: y, X1: float32(e.x1), Y1: y + m.laneH})
}

// shortCount writes n as 950, 1.2k, 12k, 1.2M.
func shortCount(n int) string {
	switch {
	case n < 1000:
		return strconv.Itoa(n)
	case n < 10000:
		return strconv.FormatFloat(float64(n)/1000, 'f', 1, 64) + "k"
	case n < 1000000:
		return strconv.Itoa(n/1000) + "k"
	case n < 10000000:
		return strconv.FormatFloat(float64(n)/1e6, 'f', 1, 64) + "M"
	}
	return strconv.Itoa(n/1000000) + "M"
}

func (s *Scene) drawItem(e *entry, y float32, m metrics, th *Theme, labels *maskCache, opts SceneOptions) {
	k := m.k
	it := e.item
	col := th.Event
	if it.Color != nil {
		col = nrgba(it.Color)
	}
	txt := th.Text
	rejected := it.Status == StatusRejected
	if rejected {
		col = withAlpha(col, 0x70)
		txt = th.TextDim
	}
	filled := it.Status != StatusAuto && !rejected
	sel := opts.Selected != 0 && it.ID == opts.Selected
	hov := opts.Hovered != 0 && it.ID == opts.Hovered
	mid := y + m.laneH/2
	var lx float32
	switch e.mark {
	case MarkPoint:
		cx := float32(e.x0)
		lx = float32(e.lx)
		// At zooms where the day (hour, minute) is wide, show its extent.
		if w := float32(sc(s, it.end()) - sc(s, it.Start)); w > 3*m.markR {
			x := float32(sc(s, it.Start))
			s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x, Y: y + 2*k, W: w, H: m.laneH - 4*k,
				Fill: withAlpha(col, 0x1c), Soft: min(w/3, 10*k)})
		}
		if sel || hov {
			ring := th.Selection
			if !sel {
				ring = withAlpha(th.Hover, 0x80)
			}
			s.Prims = append(s.Prims, Prim{Kind: PrimCircle, X: cx, Y: mid, W: m.markR + 3*k, Stroke: ring, StrokeW: 2 * k})
		}
		p := Prim{Kind: PrimCircle, X: cx, Y: mid, W: m.markR, Stroke: col, StrokeW: 2 * k}
		if filled {
			p.Fill = col
		} else {
			p.Fill = th.Background
		}
		s.Prims = append(s.Prims, p)
		if it.Status == StatusEdited {
			s.Prims = append(s.Prims, Prim{Kind: PrimCircle, X: cx, Y: mid, W: 1.8 * k, Fill: th.Background})
		}
	default:
		x0, x1 := float32(e.x0), float32(e.x1)
		lx = float32(e.lx)
		p := Prim{Kind: PrimRect, X: x0, Y: y + 2*k, W: x1 - x0, H: m.laneH - 4*k}
		if e.mark == MarkBand {
			// Soft, borderless, feathered ends: the date lies somewhere in here.
			a := uint8(0x20)
			if filled {
				a = 0x38
			}
			p.Fill = withAlpha(col, a)
			p.Soft = min((x1-x0)/4, 14*k)
			s.Prims = append(s.Prims, p)
			// A bracket along the bottom keeps the extent readable under
			// the label.
			s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0, Y: y + m.laneH - 4*k, W: x1 - x0, H: 1.5 * k,
				Fill: withAlpha(col, 0xa0), Soft: p.Soft})
			if !filled {
				// Auto: a faint top edge says "not yet checked".
				s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0, Y: y + 2*k, W: x1 - x0, H: k,
					Fill: withAlpha(col, 0x70), Soft: p.Soft})
			}
		} else {
			p.Radius = 3 * k
			if filled {
				p.Fill = withAlpha(col, 0x50)
			} else {
				p.Fill = withAlpha(col, 0x18)
			}
			p.Stroke = col
			p.StrokeW = 1.5 * k
			s.Prims = append(s.Prims, p)
		}
		if it.Status == StatusEdited {
			s.Prims = append(s.Prims, Prim{Kind: PrimCircle, X: lx - 3*k, Y: y + 5*k, W: 2 * k, Fill: col})
		}
		if sel || hov {
			ring := th.Selection
			if !sel {
				ring = withAlpha(th.Hover, 0x80)
			}
			s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0 - 2*k, Y: y, W: x1 - x0 + 4*k, H: m.laneH,
				Stroke: ring, StrokeW: 2 * k, Radius: 4 * k})
		}
	}
	ty := mid - e.lh/2
	if sel || hov {
		bg := withAlpha(th.Selection, 0x30)
		if !sel {
			bg = withAlpha(th.Hover, 0x1c)
		}
		s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: lx - 3*k, Y: ty - k, W: e.lw + 6*k, H: e.lh + 2*k, Fill: bg, Radius: 3 * k})
	}
	s.textMask(e.mk, lx, ty, m.font, txt)
	if rejected {
		s.rect(lx, mid, e.lw, k, txt)
	}
	if e.badge != "" {
		bx := lx + e.lw + 5*k
		_, bh := labels.Measure(e.badge, m.fontSmall)
		s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: bx, Y: mid - bh/2 - k, W: e.bw, H: bh + 2*k,
			Fill: withAlpha(col, 0xc0), Radius: (bh + 2*k) / 2})
		s.text(labels, e.badge, bx+4*k, mid-bh/2, m.fontSmall, th.BadgeText)
	}
	s.Hits = append(s.Hits, Hit{ID: it.ID, From: it.Start, To: it.end(),
		X0: float32(e.span.X0), Y0: y, X1: float32(e.span.X1), Y1: y + m.laneH})
}

func sc(s *Scene, t time.Time) float64 { return s.Scale.X(t) }

func (s *Scene) rect(x, y, w, h float32, c color.NRGBA) {
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x, Y: y, W: w, H: h, Fill: c})
}

func (s *Scene) vline(x, y0, y1 float32, c color.NRGBA, k float32) {
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: float32(math.Round(float64(x))), Y: y0, W: max(1, float32(math.Round(float64(k)))), H: y1 - y0, Fill: c})
}

func (s *Scene) text(labels *maskCache, str string, x, y, size float32, c color.NRGBA) {
	s.textMask(labels.get(str, size, 0), x, y, size, c)
}

func (s *Scene) textMask(mk *mask, x, y, size float32, c color.NRGBA) {
	s.Texts = append(s.Texts, TextRun{X: x, Y: y, W: mk.w, H: mk.h, S: mk.lay.Text(), Size: size, Color: c,
		RTL: isRTL(mk.lay.Text()), Layout: mk.lay, mask: mk})
}

// visibleItems returns the items overlapping the view.
func visibleItems(items []Item, v View) []Item {
	out := make([]Item, 0, min(len(items), 4096))
	for _, it := range items {
		if it.end().Before(v.Start) || it.Start.After(v.End) {
			continue
		}
		out = append(out, it)
	}
	return out
}

// bucketize counts item starts per bucket of n equal slices of the view;
// items that started before the view count in the first bucket.
func bucketize(items []Item, s Scale, n int, width float32) []int {
	b := make([]int, n)
	bw := float64(width) / float64(n)
	for _, it := range items {
		i := int(math.Floor(s.X(it.Start) / bw))
		b[min(max(i, 0), n-1)]++
	}
	return b
}

// splitClusters cuts runs longer than maxB buckets into pieces of about
// equal length so that a dense stretch keeps its shape.
func splitClusters(cs []Cluster, maxB int, counts []int) []Cluster {
	var out []Cluster
	for _, c := range cs {
		n := c.Last - c.First + 1
		if n <= maxB {
			out = append(out, c)
			continue
		}
		parts := (n + maxB - 1) / maxB
		for p := 0; p < parts; p++ {
			f := c.First + p*n/parts
			l := c.First + (p+1)*n/parts - 1
			sum := 0
			for i := f; i <= l; i++ {
				sum += counts[i]
			}
			out = append(out, Cluster{First: f, Last: l, Count: sum})
		}
	}
	return out
}

// formatCount writes n with thousands separators.
func formatCount(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b []byte
	pre := len(s) % 3
	if pre > 0 {
		b = append(b, s[:pre]...)
	}
	for i := pre; i < len(s); i += 3 {
		if len(b) > 0 {
			b = append(b, ',')
		}
		b = append(b, s[i:i+3]...)
	}
	return string(b)
}
