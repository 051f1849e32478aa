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
	// Grouping puts the items of each Item.Lane key in a labelled band.
	Grouping Grouping
	// Hijri adds a row of Hijri (Islamic calendar) months or years under
	// the Gregorian labels of the axis.
	Hijri bool
}

// Grouping says how items are arranged vertically.
type Grouping uint8

// Groupings.
const (
	GroupNone Grouping = iota // one set of lanes for all items
	GroupLane                 // a labelled band per Item.Lane key (document, tag ...)
)

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
	Scale    Scale   // time to pixels of this scene
	Overflow int     // items not shown for lack of room (besides clusters)
	mainH    float32 // height of the timeline area when a host adds strips below
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
	hijriY                    float32 // top of the Hijri label row; 0 = none
	summaryH, groupHead       float32
	clusterGrow, noteW        float32
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
		summaryH:  18 * k,
		groupHead: 18 * k,
		// Clusters may grow by three lanes when the items leave room.
		clusterGrow: 72 * k,
		noteW:       10 * k,
	}
}

// withHijri makes room for the Hijri row under the Gregorian labels.
func (m metrics) withHijri() metrics {
	d := 17 * m.k
	m.hijriY = m.axisH - 2*m.k
	m.axisH += d
	m.densTop += d
	m.areaTop += d
	return m
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
// cluster for a view of this size, unless SceneOptions says otherwise or
// the view is too crowded to draw the rest (then it clusters sooner).
func ClusterThreshold(v View, k float32) int {
	if k <= 0 {
		k = 1
	}
	m := newMetrics(k)
	lanes := float32(math.Floor(float64((v.Height*k - m.areaTop) / m.laneH)))
	// Room for about one label start every 90 px per lane; but a bucket
	// whose events can each have a lane of their own (half the lanes, the
	// rest for the neighbours' labels) is not worth hiding in a cluster.
	t := int(lanes * m.bucketPx / (90 * k))
	return max(t, int(lanes)/2, 3)
}

// viewThreshold is the cluster threshold BuildScene uses by default, and
// fetch with it: ClusterThreshold, lowered while the buckets left outside
// clusters hold more items than the view has room for. Those would only
// become ticks in the overflow strip, after costing a query, a layout and
// a label each; as clusters they keep their count and open on double-click.
func viewThreshold(counts []int, v View, k float32) int {
	thr := ClusterThreshold(v, k)
	room := drawRoom(v, k)
	for thr > minThreshold && sparseCount(counts, thr) > room {
		thr--
	}
	return thr
}

// minThreshold is the lowest per-bucket count that makes a cluster.
const minThreshold = 3

// drawRoom is about how many items a view has room for: one label every
// 180 px (a title, its mark and the gap) in each lane.
func drawRoom(v View, k float32) int {
	if k <= 0 {
		k = 1
	}
	m := newMetrics(k)
	lanes := math.Floor(float64((v.Height*k - m.areaTop) / m.laneH))
	return max(int(lanes*float64(v.Width)/180), 1)
}

// sparseCount is how many items start in buckets that Clusters(counts, thr)
// leaves out.
func sparseCount(counts []int, thr int) int {
	n := sum(counts)
	for _, c := range Clusters(counts, thr) {
		n -= c.Count
	}
	return n
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
	dx     float64 // left of the decorations (source count, notes)
	notes  string  // note count, when more than one
	nw     float32 // width of the note glyph and count
	y      float32 // top of the lane
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
	gregBottom := m.axisH // bottom of the Gregorian rows
	if opts.Hijri {
		m = m.withHijri()
	}
	W, H := view.Width*k, view.Height*k
	sc := NewScale(view.Start, view.End, W)
	s := &Scene{Width: W, Height: H, Background: th.Background, Scale: sc}
	// Room for the axis, the density strip and a few shapes per item, so
	// that the slices are not regrown and copied while the scene is built.
	n := min(len(items), 4096)
	s.Prims = make([]Prim, 0, 256+4*n)
	s.Texts = make([]TextRun, 0, 64+n)
	s.Hits = make([]Hit, 0, 16+n)
	labels := defaultLabels()

	// Axis band and ticks.
	s.rect(0, 0, W, m.axisH, th.AxisBand)
	major, minor := TicksWith(sc, W, TickOptions{Locale: opts.Locale})
	for _, t := range minor {
		x := float32(t.X)
		s.vline(x, m.areaTop-4*k, H, th.Grid, k)
		s.vline(x, gregBottom-6*k, gregBottom, th.GridMajor, k)
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
	if opts.Hijri {
		// Hijri months (or years) in their own row, in Arabic.
		s.rect(0, m.hijriY, W, k, th.Grid)
		ht := HijriTicks(sc, W)
		for i, t := range ht {
			x := float32(t.X)
			if x >= 0 {
				s.vline(x, m.hijriY, m.axisH, th.GridMajor, k)
			}
			// Pinned to the left edge like the Gregorian periods.
			lx := max(x+3*k, 3*k)
			if i+1 < len(ht) {
				w, _ := labels.Measure(t.Label, m.fontSmall)
				lx = min(lx, float32(ht[i+1].X)-w-6*k)
			}
			if lx >= 0 && lx < W {
				s.text(labels, t.Label, lx, m.hijriY+2*k, m.fontSmall, th.AxisTextDim)
			}
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
		thr = viewThreshold(buckets, view, k)
	}
	clusters := splitClusters(Clusters(buckets, thr), int(math.Max(1, float64(140*k)/bw)), buckets)
	dense := make([]bool, nb)
	for _, c := range clusters {
		for i := c.First; i <= c.Last; i++ {
			dense[i] = true
		}
	}

	// Entries: clusters, and the items outside them.
	var cls, its []entry
	for i := range clusters {
		c := &clusters[i]
		x0, x1 := float64(c.First)*bw, float64(c.Last+1)*bw
		e := entry{cl: c, x0: x0, x1: x1, count: c.Count, from: FromSeconds(sc.Sec(x0)), to: FromSeconds(sc.Sec(x1))}
		e.label = formatCount(c.Count)
		e.lw, e.lh = labels.Measure(e.label, m.fontSmall)
		cls = append(cls, e)
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
		its = append(its, layoutItem(it, x0, x1, W, m, labels))
	}
	its, hidden := capSpanning(its, W, opts)
	slices.SortStableFunc(its, func(a, b entry) int {
		if a.span.X0 < b.span.X0 {
			return -1
		}
		if a.span.X0 > b.span.X0 {
			return 1
		}
		return 0
	})

	// Vertical layout: the cluster row (taller when there is room), the
	// line about items that span the whole view, then the items, packed in
	// lanes, grouped in labelled bands when asked.
	top := m.areaTop
	avail := H - top - 18*k // the bottom strip holds the marks of items without room
	var clusterH, summaryH float32
	if len(cls) > 0 {
		clusterH = m.laneH
	}
	if hidden > 0 {
		summaryH = m.summaryH
	}
	groups := packGroups(its, opts.Grouping, avail-clusterH-summaryH, m, labels)
	used := float32(0)
	for _, g := range groups {
		used += g.height(m)
	}
	if len(cls) > 0 {
		clusterH += min(max(avail-clusterH-summaryH-used, 0), m.clusterGrow)
	}
	y := top + clusterH + summaryH
	for gi := range groups {
		g := &groups[gi]
		g.y = y
		for j, i := range g.idx {
			if g.lanes[j] >= 0 {
				its[i].lane = g.lanes[j]
				its[i].y = y + g.headH + float32(g.lanes[j])*m.laneH
			} else {
				its[i].lane = -1
			}
		}
		y += g.height(m)
	}

	// Selection guide below everything else.
	for i := range its {
		e := &its[i]
		if e.lane >= 0 && opts.Selected != 0 && e.item.ID == opts.Selected {
			if e.mark == MarkPoint {
				s.vline(float32(e.x0), top, H, withAlpha(th.Selection, 0x90), k)
			} else {
				s.rect(float32(e.x0), top, float32(e.x1-e.x0), H-top, withAlpha(th.Selection, 0x14))
			}
		}
	}
	for gi := range groups {
		s.drawGroup(&groups[gi], gi, m, th)
	}
	maxCl := 0
	for i := range cls {
		maxCl = max(maxCl, cls[i].count)
	}
	for i := range cls {
		s.drawCluster(&cls[i], top, clusterH, maxCl, m, th, labels)
	}
	if hidden > 0 {
		lbl := "+" + formatCount(hidden) + " longer events span the whole view"
		if hidden == 1 {
			lbl = "+1 longer event spans the whole view"
		}
		s.text(labels, lbl, 6*k, top+clusterH+(summaryH-m.fontSmall*1.4)/2, m.fontSmall, th.AxisTextDim)
	}
	var overflow []float64
	for i := range its {
		e := &its[i]
		if e.lane < 0 {
			overflow = append(overflow, e.x0)
			continue
		}
		s.drawItem(e, e.y, m, th, labels, opts)
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

// layoutItem places an item's mark, decorations (source count, notes) and
// label on one line. The decorations sit between the mark and the label,
// whichever side of the mark the label goes and whatever its direction, so
// they always read as belonging to the mark.
func layoutItem(it *Item, x0, x1 float64, W float32, m metrics, labels *maskCache) entry {
	k := m.k
	e := entry{item: it, mark: MarkOf(*it), from: it.Start, to: it.end()}
	e.label = it.Label
	e.mk = labels.get(e.label, m.font, m.maxLabel)
	e.lw, e.lh = e.mk.w, e.mk.h
	var dw float64 // decorations, each followed by a gap
	if it.Sources > 1 {
		e.badge = strconv.Itoa(it.Sources)
		w, _ := labels.Measure(e.badge, m.fontSmall)
		e.bw = w + 8*k
		dw += float64(e.bw + 4*k)
	}
	if it.Notes > 0 {
		e.nw = m.noteW
		if it.Notes > 1 {
			e.notes = strconv.Itoa(it.Notes)
			w, _ := labels.Measure(e.notes, m.fontSmall)
			e.nw += w + 2*k
		}
		dw += float64(e.nw + 4*k)
	}
	lw := float64(e.lw)
	switch e.mark {
	case MarkPoint:
		c := (x0 + x1) / 2
		e.x0, e.x1 = c, c
		gap := float64(m.markR + 5*k)
		e.dx = c + gap
		e.lx = e.dx + dw
		e.span = Span{c - float64(m.markR+2*k), e.lx + lw}
		if e.span.X1 > float64(W-4*k) && c-gap-dw-lw >= 0 {
			// No room on the right: label on the left of the mark.
			e.lx = c - gap - dw - lw
			e.dx = e.lx + lw + float64(4*k)
			e.span = Span{e.lx, c + float64(m.markR+2*k)}
		}
	default:
		if x1-x0 < float64(4*k) {
			x1 = x0 + float64(4*k)
		}
		e.x0, e.x1 = x0, x1
		text := dw + lw
		pad := float64(6 * k)
		vis0, vis1 := math.Max(x0, 0), math.Min(x1, float64(W))
		switch {
		case vis1-vis0 >= text+2*pad || (x0 < 0 && x1 > float64(W)):
			// On the bar, from its visible start, or against the right
			// edge of the view when the label would run past it.
			e.dx = vis0 + pad
			e.lx = e.dx + dw
			if e.lx+lw > float64(W) {
				e.lx = math.Max(0, vis1-pad-text)
				e.dx = e.lx + lw + float64(4*k)
			}
		case x1 > 0 && x1+pad+text <= float64(W):
			// A short bar or band: the label beside it, not on it, so that
			// it does not read as a highlighted word.
			e.dx = x1 + pad
			e.lx = e.dx + dw
		case x0-pad-text >= 0:
			e.lx = x0 - pad - text
			e.dx = e.lx + lw + float64(4*k)
		default:
			e.lx = math.Max(0, vis1-pad-text)
			e.dx = e.lx + lw + float64(4*k)
		}
		e.span = Span{math.Min(x0, e.lx), math.Max(x1, e.lx+lw)}
		if e.dx < e.lx {
			e.span.X0 = math.Min(e.span.X0, e.dx)
		}
	}
	return e
}

// maxSpanning is how many items that cover the whole view are drawn; the
// others are counted on one line. They say nothing about where in the view
// things happen, and unchecked they would fill every lane.
const maxSpanning = 3

// capSpanning keeps the most useful maxSpanning of the bars and bands that
// cover the whole view (the selected one, checked ones, the shortest) and
// returns how many it dropped.
func capSpanning(its []entry, W float32, opts SceneOptions) ([]entry, int) {
	var sp []int
	for i := range its {
		if its[i].mark != MarkPoint && its[i].x0 <= 0 && its[i].x1 >= float64(W) {
			sp = append(sp, i)
		}
	}
	if len(sp) <= maxSpanning {
		return its, 0
	}
	rank := func(e *entry) int {
		switch {
		case e.item.ID == opts.Selected && opts.Selected != 0:
			return 0
		case e.item.ID == opts.Hovered && opts.Hovered != 0:
			return 1
		case e.item.Status == StatusAccepted || e.item.Status == StatusEdited:
			return 2
		}
		return 3
	}
	slices.SortStableFunc(sp, func(a, b int) int {
		ea, eb := &its[a], &its[b]
		if r := rank(ea) - rank(eb); r != 0 {
			return r
		}
		if d := (ea.x1 - ea.x0) - (eb.x1 - eb.x0); d != 0 {
			if d < 0 {
				return -1
			}
			return 1
		}
		return ea.item.Start.Compare(eb.item.Start)
	})
	// Drop in place: the entries are big, and a copy of them all would
	// cost more than the rest of this function.
	drop := make([]bool, len(its))
	for _, i := range sp[maxSpanning:] {
		drop[i] = true
	}
	out := its[:0]
	for i := range its {
		if !drop[i] {
			out = append(out, its[i])
		}
	}
	return out, len(sp) - maxSpanning
}

// group is a band of lanes holding the items of one Item.Lane key.
type group struct {
	key   string
	idx   []int // entries, in span order
	lanes []int // lane of each entry within the group, -1 = no room
	n     int   // lanes used
	headH float32
	y     float32
	mk    *mask
}

func (g *group) height(m metrics) float32 { return g.headH + float32(g.n)*m.laneH }

// packGroups packs the entries into lanes within room pixels: one group
// without a header, or a labelled group per Item.Lane key (sorted, the
// empty key last). When the groups do not fit, the biggest give up lanes
// first; groups left without room overflow.
func packGroups(its []entry, g Grouping, room float32, m metrics, labels *maskCache) []group {
	var gs []group
	if g == GroupLane {
		byKey := map[string]int{}
		for i := range its {
			key := its[i].item.Lane
			j, ok := byKey[key]
			if !ok {
				j = len(gs)
				byKey[key] = j
				gs = append(gs, group{key: key, headH: m.groupHead})
			}
			gs[j].idx = append(gs[j].idx, i)
		}
		slices.SortFunc(gs, func(a, b group) int {
			switch {
			case a.key == b.key:
				return 0
			case a.key == "":
				return 1
			case b.key == "":
				return -1
			case a.key < b.key:
				return -1
			}
			return 1
		})
		for i := range gs {
			lbl := gs[i].key
			if lbl == "" {
				lbl = "—"
			}
			gs[i].mk = labels.get(lbl, m.fontSmall, m.maxLabel)
		}
	} else {
		idx := make([]int, len(its))
		for i := range idx {
			idx[i] = i
		}
		gs = []group{{idx: idx}}
	}
	maxLanes := max(int(room/m.laneH), 0)
	pack := func(g *group, limit int) {
		spans := make([]Span, len(g.idx))
		for j, i := range g.idx {
			spans[j] = its[i].span
		}
		g.lanes = PackLanes(spans, float64(10*m.k), limit)
		g.n = 0
		for _, l := range g.lanes {
			g.n = max(g.n, l+1)
		}
	}
	total := float32(0)
	for i := range gs {
		pack(&gs[i], maxLanes)
		total += gs[i].height(m)
	}
	if total <= room {
		return gs
	}
	// Take lanes from the biggest groups until everything fits.
	for total > room {
		big := -1
		for i := range gs {
			if gs[i].n > 1 && (big < 0 || gs[i].n > gs[big].n) {
				big = i
			}
		}
		if big < 0 {
			break
		}
		gs[big].n--
		total -= m.laneH
	}
	used := float32(0)
	for i := range gs {
		limit := gs[i].n
		if used+gs[i].headH+float32(max(limit, 1))*m.laneH > room {
			limit = 0 // no room left for this group
		}
		pack(&gs[i], limit)
		if limit == 0 {
			gs[i].n, gs[i].headH = 0, 0
		}
		used += gs[i].height(m)
	}
	return gs
}

// drawGroup draws the band and label of a group (nothing without a header).
func (s *Scene) drawGroup(g *group, i int, m metrics, th *Theme) {
	if g.headH == 0 {
		return
	}
	k := m.k
	h := g.height(m)
	if i%2 == 1 {
		s.rect(0, g.y, s.Width, h, withAlpha(th.AxisBand, 0x90))
	}
	s.rect(0, g.y, s.Width, k, th.Grid)
	s.textMask(g.mk, 6*k, g.y+(g.headH-g.mk.h)/2+k, m.fontSmall, th.AxisTextDim)
}

func (s *Scene) drawCluster(e *entry, top, rowH float32, maxC int, m metrics, th *Theme, labels *maskCache) {
	k := m.k
	x0, x1 := float32(e.x0)+k, float32(e.x1)-k
	// The bar grows with the count when the row has room, and
	// stands on the row's baseline like a histogram.
	hmin := m.laneH - 6*k
	h := hmin
	if rowH > m.laneH && maxC > 1 {
		h += (rowH - m.laneH) * float32(e.count) / float32(maxC)
	}
	y := top + rowH - 3*k - h
	// Opaque (the translucent colour composed over the background): the
	// bars can cover much of the view, and opaque pixels are only stored.
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x0, Y: y, W: x1 - x0, H: h,
		Fill: over(withAlpha(th.Cluster, 0xd0), th.Background), Radius: 4 * k})
	// The count goes inside the box, shortened when the box is narrow.
	for _, lbl := range []string{e.label, shortCount(e.count)} {
		mk := labels.get(lbl, m.fontSmall, 0)
		if x1-x0 >= mk.w+8*k {
			s.textMask(mk, x0+(x1-x0-mk.w)/2, y+h-hmin+(hmin-mk.h)/2, m.fontSmall, th.ClusterText)
			break
		}
	}
	s.Hits = append(s.Hits, Hit{Cluster: true, Count: e.count, From: e.from, To: e.to,
		X0: float32(e.x0), Y0: y - 3*k, X1: float32(e.x1), Y1: top + rowH})
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
	lx := float32(e.lx)
	switch e.mark {
	case MarkPoint:
		cx := float32(e.x0)
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
			s.Prims = append(s.Prims, Prim{Kind: PrimCircle, X: float32(min(e.lx, e.dx)) - 3*k, Y: y + 5*k, W: 2 * k, Fill: col})
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
	dx := float32(e.dx)
	if e.badge != "" {
		_, bh := labels.Measure(e.badge, m.fontSmall)
		s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: dx, Y: mid - bh/2 - k, W: e.bw, H: bh + 2*k,
			Fill: withAlpha(col, 0xc0), Radius: (bh + 2*k) / 2})
		s.text(labels, e.badge, dx+4*k, mid-bh/2, m.fontSmall, th.BadgeText)
		dx += e.bw + 4*k
	}
	if it.Notes > 0 {
		s.drawNote(dx, mid, e.notes, m, th, labels)
	}
	s.Hits = append(s.Hits, Hit{ID: it.ID, From: it.Start, To: it.end(),
		X0: float32(e.span.X0), Y0: y, X1: float32(e.span.X1), Y1: y + m.laneH})
}

// drawNote draws the note glyph (a page with a folded corner and two
// lines) at x, centred on mid, followed by the count when there are several.
func (s *Scene) drawNote(x, mid float32, count string, m metrics, th *Theme, labels *maskCache) {
	k := m.k
	w, h := m.noteW, 12*k
	y := mid - h/2
	s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x, Y: y, W: w, H: h, Fill: th.Note, Radius: 1.5 * k})
	// Folded corner.
	s.Prims = append(s.Prims, Prim{Kind: PrimLine, X: x + w - 3.5*k, Y: y + 0.5*k, W: 3 * k, H: 3 * k, Stroke: th.Background, StrokeW: 1.5 * k})
	for _, ly := range []float32{5, 8} {
		s.Prims = append(s.Prims, Prim{Kind: PrimRect, X: x + 2*k, Y: y + ly*k, W: w - 4*k, H: k, Fill: withAlpha(th.Background, 0xd0)})
	}
	if count != "" {
		_, th2 := labels.Measure(count, m.fontSmall)
		s.text(labels, count, x+w+2*k, mid-th2/2, m.fontSmall, th.Note)
	}
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
	s.Texts = append(s.Texts, TextRun{X: x, Y: y, W: mk.w, H: mk.h, S: mk.s, Size: size, Color: c,
		RTL: mk.rtl, Layout: mk.lay, mask: mk})
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

// bucketize counts item starts per bucket of n equal slices of the view,
// as Source.Buckets does: items that started before the view count in none.
func bucketize(items []Item, s Scale, n int, width float32) []int {
	b := make([]int, n)
	bw := float64(width) / float64(n)
	for _, it := range items {
		x := s.X(it.Start)
		if x < 0 || x >= float64(width) {
			continue
		}
		b[min(int(x/bw), n-1)]++
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
