package export

import (
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"zaman/store"
	"zaman/text"
	"zaman/timeline"
)

// Limits of pictures.
const (
	MaxWidth  = 16000     // widest timeline, in units (pixels at scale 1)
	MaxScale  = 8         // largest pixel scale
	maxPixels = 200 << 20 // largest image, in pixels (800 MiB of RGBA)
)

// Options says what a picture (PNG, SVG, PDF) shows and how large.
type Options struct {
	// Width is the width of the timeline in units (pixels at Scale 1);
	// 0 means 1600. At most MaxWidth.
	Width float32
	// Height is the height of the timeline band in units; 0 makes it as
	// tall as its lanes of labels need.
	Height float32
	// Scale is the number of pixels per unit: 2 draws everything twice as
	// large and sharp. 0 means 1.
	Scale float32
	// Title, when set, is drawn above the timeline with the range below it.
	Title string
	// Legend adds a key to the marks, statuses and colours.
	Legend bool
	// Notes numbers the events that have sources and lists, under the
	// timeline, each one's documents, dates and passages.
	Notes bool
	// MaxNotes bounds the notes listed; 0 means 300.
	MaxNotes int
	Theme    *timeline.Theme  // nil = timeline.LightTheme
	Locale   *timeline.Locale // tick labels; nil = English

	// Page is the PDF page size, landscape: "A4" (the default) or "A3".
	Page string
	// Pages is the number of PDF pages the range is tiled across; 0 picks
	// the fewest (up to 8) on which no label is left out.
	Pages int
}

func (o Options) withDefaults() Options {
	if o.Width <= 0 {
		o.Width = 1600
	}
	if o.Scale <= 0 {
		o.Scale = 1
	}
	if o.MaxNotes <= 0 {
		o.MaxNotes = 300
	}
	if o.Theme == nil {
		o.Theme = timeline.LightTheme()
	}
	return o
}

// Check reports options out of range, with the fix in the message.
func (o Options) Check() error {
	switch {
	case o.Width < 0 || o.Width > MaxWidth:
		return fmt.Errorf("width %g is out of range: use up to %d", o.Width, MaxWidth)
	case o.Width > 0 && o.Width < 100:
		return fmt.Errorf("width %g is too small: use at least 100", o.Width)
	case o.Scale < 0 || o.Scale > MaxScale:
		return fmt.Errorf("scale %g is out of range: use a value above 0 and at most %d", o.Scale, MaxScale)
	case o.Height < 0 || o.Height > 20000:
		return fmt.Errorf("height %g is out of range: use up to 20000 (or 0 for automatic)", o.Height)
	}
	switch strings.ToUpper(o.Page) {
	case "", "A4", "A3":
	default:
		return fmt.Errorf("page size %q is not supported: use A4 or A3", o.Page)
	}
	if o.Pages < 0 || o.Pages > 100 {
		return fmt.Errorf("%d pages is out of range: use 1 to 100 (or 0 for automatic)", o.Pages)
	}
	return nil
}

// Note is one numbered source note: the event with that number on the
// timeline and its sources.
type Note struct {
	N       int
	Event   store.Event
	Sources []store.Source
}

// picture is a composed export: the timeline scene with, around it, the
// title, legend and notes, all in pixels.
type picture struct {
	W, H   float32
	k      float32
	bg     color.NRGBA
	sceneX float32 // where the timeline's top left is
	sceneY float32
	scene  *timeline.Scene // nil on a page of notes
	deco   *timeline.Scene // title, legend, notes: shapes, and texts with their Layout
	notes  []Note
}

// numbering assigns note numbers to items.
type numbering map[int64]int

// label prefixes an item's label with its note number: "3 · title". In an
// Arabic label the number comes first in reading order, on the right.
func numberLabel(n int, label string) string { return strconv.Itoa(n) + " · " + label }

// buildScene lays out tl over [from, to) at width×height units (height 0 =
// automatic) and, with notes, numbers the events that are drawn on their
// own and have sources: events already in num keep their number, the others
// get the next ones in time order and are added to num. It returns the
// scene and the notes of the events it draws, in number order.
func buildScene(tl *Timeline, from, to time.Time, width, height float32, o Options, num numbering) (*timeline.Scene, []Note) {
	k := o.Scale
	items := make([]timeline.Item, len(tl.Events))
	for i, e := range tl.Events {
		items[i] = Item(e)
	}
	probeH := height
	if probeH <= 0 {
		probeH = autoProbeHeight
	}
	view := timeline.View{Start: from, End: to, Width: width, Height: probeH}
	opts := timeline.SceneOptions{Scale: k, Theme: o.Theme, Locale: o.Locale,
		ClusterThreshold: timeline.ClusterThreshold(view, k)}
	var cur numbering
	build := func(v timeline.View) *timeline.Scene {
		its := items
		if cur != nil {
			its = slices.Clone(items)
			for i := range its {
				if n, ok := cur[its[i].ID]; ok {
					its[i].Label = numberLabel(n, its[i].Label)
				}
			}
		}
		return timeline.BuildScene(its, v, opts)
	}
	if o.Notes && num != nil {
		// Number every event with sources, see which are drawn on their
		// own, then number those in time order.
		extend := func(keep func(id int64) bool) numbering {
			m := maps.Clone(num)
			next := 1
			for _, n := range num {
				next = max(next, n+1)
			}
			for _, e := range tl.Events {
				if _, ok := m[e.ID]; !ok && len(tl.Sources[e.ID]) > 0 && keep(e.ID) {
					m[e.ID] = next
					next++
				}
			}
			return m
		}
		cur = extend(func(int64) bool { return true })
		shown := shownItems(build(view))
		cur = extend(func(id int64) bool { return shown[id] })
	}
	s := build(view)
	if height <= 0 && s.Overflow == 0 {
		// As tall as the lowest lane, plus room for the overflow ticks.
		var bottom float32
		for _, h := range s.Hits {
			bottom = max(bottom, h.Y1)
		}
		fit := max(float32(math.Ceil(float64(bottom/k)))+20, minAutoHeight)
		if fit < probeH {
			v := view
			v.Height = fit
			if t := build(v); t.Overflow == 0 {
				s = t
			}
		}
	}
	var notes []Note
	if cur != nil {
		shown := shownItems(s)
		for _, e := range tl.Events {
			if n, ok := cur[e.ID]; ok && shown[e.ID] {
				num[e.ID] = n
				notes = append(notes, Note{N: n, Event: e, Sources: tl.Sources[e.ID]})
			}
		}
		slices.SortFunc(notes, func(a, b Note) int { return a.N - b.N })
	}
	return s, notes
}

// Heights of the automatic timeline band, in units: the probe has room for
// 30 lanes.
const (
	autoProbeHeight = 58 + 30*24 + 24
	minAutoHeight   = 150
)

// shownItems lists the items a scene draws on their own (not in a cluster,
// not left out).
func shownItems(s *timeline.Scene) map[int64]bool {
	m := make(map[int64]bool, len(s.Hits))
	for _, h := range s.Hits {
		if !h.Cluster && h.ID != 0 {
			m[h.ID] = true
		}
	}
	return m
}

// compose lays out the whole picture of tl.
func compose(tl *Timeline, o Options) (*picture, error) {
	if err := o.Check(); err != nil {
		return nil, err
	}
	o = o.withDefaults()
	k := o.Scale
	scene, notes := buildScene(tl, tl.From, tl.To, o.Width, o.Height, o, numbering{})
	if len(notes) > o.MaxNotes {
		notes = notes[:o.MaxNotes]
	}
	p := &picture{W: scene.Width, k: k, bg: o.Theme.Background, scene: scene, notes: notes}
	p.deco = &timeline.Scene{Width: p.W, Background: p.bg}
	d := &decor{s: p.deco, k: k, th: o.Theme, docs: tl.Docs}
	m := 16 * k
	y := float32(0)
	if o.Title != "" {
		y = d.title(o.Title, rangeLine(tl), m, m, p.W-2*m) + 8*k
	}
	p.sceneY = float32(math.Round(float64(y)))
	y = p.sceneY + scene.Height
	if o.Legend {
		y += 10 * k
		y = d.legend(tl, m, y, p.W-2*m)
	}
	if o.Notes && len(notes) > 0 {
		y += 14 * k
		y = d.notes(notes, m, y, p.W-2*m)
		if more := countNumbered(tl) - len(notes); more > 0 {
			y += 4 * k
			y = d.line(fmt.Sprintf("%d more events with sources are in clusters or beyond the notes limit: zoom in or narrow the range to number them.", more),
				m, y, p.W-2*m, 11*k, o.Theme.AxisTextDim, text.AlignLeft)
		}
	}
	if o.Legend || o.Notes {
		y += m
	}
	p.H = float32(math.Ceil(float64(y)))
	p.deco.Height = p.H
	if w, h := int(math.Ceil(float64(p.W))), int(p.H); w*h > maxPixels || w > 1<<16 || h > 1<<16 {
		return nil, fmt.Errorf("the picture would be %d × %d pixels, too large: lower the width, the scale or the range", w, h)
	}
	return p, nil
}

func countNumbered(tl *Timeline) int {
	n := 0
	for _, e := range tl.Events {
		if len(tl.Sources[e.ID]) > 0 {
			n++
		}
	}
	return n
}

// rangeLine describes the range and the number of events shown.
func rangeLine(tl *Timeline) string {
	n := 0
	for _, e := range tl.Events {
		if e.End.After(tl.From) && e.Start.Before(tl.To) || e.Start.Equal(tl.From) {
			n++
		}
	}
	ev := "events"
	if n == 1 {
		ev = "event"
	}
	return fmt.Sprintf("%s · %d %s", timeline.FormatInterval(tl.From, tl.To, "day"), n, ev)
}

// Image draws the picture of tl: title, timeline, legend and notes as
// o asks.
func Image(tl *Timeline, o Options) (*image.RGBA, error) {
	p, err := compose(tl, o)
	if err != nil {
		return nil, err
	}
	return p.image(), nil
}

func (p *picture) image() *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, int(math.Ceil(float64(p.W))), int(p.H)))
	draw.Draw(img, img.Bounds(), &image.Uniform{p.bg}, image.Point{}, draw.Src)
	p.draw(img)
	return img
}

// draw paints the picture onto img, whose origin is the picture's top left.
func (p *picture) draw(img *image.RGBA) {
	if p.scene != nil {
		sw, sh := int(math.Ceil(float64(p.scene.Width))), int(math.Ceil(float64(p.scene.Height)))
		timeline.Render(subRGBA(img, int(p.sceneX), int(p.sceneY), sw, sh), p.scene)
	}
	shapes := &timeline.Scene{Width: p.deco.Width, Height: p.deco.Height, Prims: p.deco.Prims}
	timeline.Render(img, shapes) // a transparent background: only the shapes
	for _, t := range p.deco.Texts {
		t.Layout.Draw(img, t.X, t.Y, t.Color)
	}
}

// subRGBA is the w×h part of img at (x, y), with its own origin at (0, 0):
// timeline.Render draws in the destination's coordinates.
func subRGBA(img *image.RGBA, x, y, w, h int) *image.RGBA {
	b := img.Bounds()
	x = min(max(x, 0), b.Dx())
	y = min(max(y, 0), b.Dy())
	w = min(w, b.Dx()-x)
	h = min(h, b.Dy()-y)
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 0, 0))
	}
	return &image.RGBA{Pix: img.Pix[img.PixOffset(x, y):], Stride: img.Stride, Rect: image.Rect(0, 0, w, h)}
}
