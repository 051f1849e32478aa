package export

import (
	"fmt"
	"image/color"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"zaman/store"
	"zaman/text"
	"zaman/timeline"
)

// decor adds the title, legend and notes to a scene of shapes and texts,
// in pixels. Every text is laid out by package text; its Layout is kept in
// the TextRun so that the PNG draws it and the SVG writes its runs.
type decor struct {
	s    *timeline.Scene
	k    float32
	th   *timeline.Theme
	docs map[int64]store.Document // for the dates of the sources' documents
}

// place adds a laid-out text with its top left at (x, y) and returns its
// height.
func (d *decor) place(l *text.Layout, x, y float32, c color.NRGBA) float32 {
	w, h := l.Size()
	d.s.Texts = append(d.s.Texts, timeline.TextRun{X: x, Y: y, W: w, H: h, S: l.Text(),
		Size: l.LineHeight(), Color: c, RTL: text.ParagraphDirection(l.Text()) == text.RTL, Layout: l})
	return h
}

// line adds a text wrapped to width and returns the y below it.
func (d *decor) line(s string, x, y, width, size float32, c color.NRGBA, align text.Align) float32 {
	l := text.Lay(s, text.Options{Size: size, Width: width, Align: align})
	return y + d.place(l, x, y, c)
}

func (d *decor) rect(x, y, w, h float32, fill color.NRGBA, radius float32) {
	d.s.Prims = append(d.s.Prims, timeline.Prim{Kind: timeline.PrimRect, X: x, Y: y, W: w, H: h, Fill: fill, Radius: radius})
}

// title adds the title (bold, wrapped, on the side its language starts)
// and the range line under it; it returns the y below them.
func (d *decor) title(title, sub string, x, y, width float32) float32 {
	k := d.k
	l := text.Lay(title, text.Options{Size: 22 * k, Bold: true, Width: width, MaxLines: 2})
	y += d.place(l, x, y, d.th.Text) + 2*k
	align := text.AlignLeft
	if text.ParagraphDirection(title) == text.RTL {
		align = text.AlignRight
	}
	return d.line(sub, x, y, width, 12*k, d.th.AxisTextDim, align)
}

// legend adds the key to marks, statuses and colours; it returns the y
// below it.
func (d *decor) legend(tl *Timeline, x0, y, width float32) float32 {
	k := d.k
	th := d.th
	col := th.Event
	laneH := 24 * k
	type entry struct {
		draw  func(x, y float32) float32 // draws the swatch at (x, lane top), returns its width
		label string
	}
	circle := func(fill color.NRGBA, dot bool) func(x, y float32) float32 {
		return func(x, y float32) float32 {
			r := 5 * k
			d.s.Prims = append(d.s.Prims, timeline.Prim{Kind: timeline.PrimCircle, X: x + r + 2*k, Y: y + laneH/2, W: r,
				Fill: fill, Stroke: col, StrokeW: 2 * k})
			if dot {
				d.s.Prims = append(d.s.Prims, timeline.Prim{Kind: timeline.PrimCircle, X: x + r + 2*k, Y: y + laneH/2, W: 1.8 * k, Fill: th.Background})
			}
			return 2*r + 4*k
		}
	}
	entries := []entry{
		{circle(th.Background, false), "a day (found automatically, not reviewed)"},
		{circle(col, false), "accepted"},
		{circle(col, true), "edited"},
		{func(x, y float32) float32 {
			w := 30 * k
			d.s.Prims = append(d.s.Prims, timeline.Prim{Kind: timeline.PrimRect, X: x, Y: y + 2*k, W: w, H: laneH - 4*k,
				Fill: withAlpha(col, 0x50), Stroke: col, StrokeW: 1.5 * k, Radius: 3 * k})
			return w
		}, "a range of days"},
		{func(x, y float32) float32 {
			w := 44 * k
			soft := min(w/4, 14*k)
			d.s.Prims = append(d.s.Prims,
				timeline.Prim{Kind: timeline.PrimRect, X: x, Y: y + 2*k, W: w, H: laneH - 4*k, Fill: withAlpha(col, 0x38), Soft: soft},
				timeline.Prim{Kind: timeline.PrimRect, X: x, Y: y + laneH - 4*k, W: w, H: 1.5 * k, Fill: withAlpha(col, 0xa0), Soft: soft})
			return w
		}, "a date known only to the week, month, year… (somewhere in the band)"},
		{func(x, y float32) float32 {
			l := text.Lay("12", text.Options{Size: 10 * k})
			lw, lh := l.Size()
			w := lw + 14*k
			h := laneH - 6*k
			d.rect(x, y+3*k, w, h, withAlpha(th.Cluster, 0xd0), 4*k)
			d.place(l, x+(w-lw)/2, y+3*k+(h-lh)/2, th.ClusterText)
			return w
		}, "a cluster of events: narrow the range to see them"},
	}
	if len(tl.Sources) > 0 {
		entries = append(entries, entry{func(x, y float32) float32 {
			l := text.Lay(numberLabel(3, "…"), text.Options{Size: 13 * k})
			lw, lh := l.Size()
			d.place(l, x, y+(laneH-lh)/2, th.Text)
			return lw
		}, "the number of its source note"})
	}
	// Colours: the default and each colour events carry, named by the tags
	// that have it.
	seen := map[string]bool{}
	var colours []string
	for _, e := range tl.Events {
		c := strings.ToLower(e.Color)
		if _, ok := parseHexColor(c); ok && !seen[c] {
			seen[c] = true
			colours = append(colours, c)
		}
	}
	slices.Sort(colours)
	if len(colours) > 0 {
		entries = append(entries, entry{circle(col, false), "default colour"})
		for _, c := range colours {
			fill, _ := parseHexColor(c)
			var names []string
			for _, t := range tl.Tags {
				if strings.EqualFold(t.Color, c) {
					names = append(names, t.Name)
				}
			}
			label := c
			if len(names) > 0 {
				label = strings.Join(names, ", ")
			}
			entries = append(entries, entry{func(x, y float32) float32 {
				d.s.Prims = append(d.s.Prims, timeline.Prim{Kind: timeline.PrimCircle, X: x + 7*k, Y: y + laneH/2, W: 5 * k,
					Fill: fill, Stroke: fill, StrokeW: 2 * k})
				return 14 * k
			}, label})
		}
	}
	head := text.Lay("Key", text.Options{Size: 12 * k, Bold: true})
	hw, hh := head.Size()
	d.place(head, x0, y+(laneH-hh)/2, th.AxisText)
	x := x0 + hw + 14*k
	for _, e := range entries {
		l := text.Lay(e.label, text.Options{Size: 11 * k})
		lw, lh := l.Size()
		// Measure the swatch by drawing it off the record, then for real.
		n, t := len(d.s.Prims), len(d.s.Texts)
		sw := e.draw(0, 0)
		d.s.Prims, d.s.Texts = d.s.Prims[:n], d.s.Texts[:t]
		if x > x0+hw+14*k && x+sw+6*k+lw > x0+width {
			x = x0 + hw + 14*k
			y += laneH
		}
		e.draw(x, y)
		d.place(l, x+sw+6*k, y+(laneH-lh)/2, th.AxisTextDim)
		x += sw + 6*k + lw + 20*k
	}
	return y + laneH
}

// Sizes of the notes, in units.
const (
	noteMinCol   = 420
	noteMaxCol   = 640
	noteColGap   = 28
	noteGutter   = 30
	noteExcerpt  = 320 // runes of a passage shown
	noteSources  = 3   // sources shown per note
	notePassageL = 5   // lines of a passage at most
)

// noteLayout is one note laid out, relative to its top left.
type noteLayout struct {
	texts []timeline.TextRun
	prims []timeline.Prim
	h     float32
}

// notes adds the heading and the notes in balanced columns; it returns the
// y below them.
func (d *decor) notes(notes []Note, x, y, width float32) float32 {
	k := d.k
	y = d.line("Sources", x, y, width, 15*k, d.th.Text, text.AlignLeft) + 8*k
	cols := int((width + noteColGap*k) / ((noteMinCol + noteColGap) * k))
	cols = max(1, min(cols, len(notes)))
	cw := min((width-float32(cols-1)*noteColGap*k)/float32(cols), noteMaxCol*k)
	lays := make([]noteLayout, len(notes))
	var total float32
	for i, n := range notes {
		lays[i] = d.layNote(n, cw)
		total += lays[i].h
	}
	// Fill the columns in order, each up to about an equal share.
	share := total / float32(cols)
	col, cy, bottom := 0, y, y
	for _, nl := range lays {
		if cy > y && cy-y+nl.h/2 > share && col < cols-1 {
			col++
			cy = y
		}
		d.putNote(nl, x+float32(col)*(cw+noteColGap*k), cy)
		cy += nl.h
		bottom = max(bottom, cy)
	}
	return bottom
}

// layNote lays out one note in a column cw pixels wide: the number in a
// badge on the side where the title starts, the title, its date, and for
// each source the document, its date and an excerpt of the passage, with a
// rule on the passage's starting side.
// putNote adds a laid-out note to the scene with its top-left at (x, y).
func (d *decor) putNote(nl noteLayout, x, y float32) {
	for _, p := range nl.prims {
		p.X += x
		p.Y += y
		d.s.Prims = append(d.s.Prims, p)
	}
	for _, t := range nl.texts {
		t.X += x
		t.Y += y
		d.s.Texts = append(d.s.Texts, t)
	}
}

func (d *decor) layNote(n Note, cw float32) noteLayout {
	k := d.k
	th := d.th
	var nl noteLayout
	sub := decor{s: &timeline.Scene{}, k: k, th: th, docs: d.docs}
	rtl := text.ParagraphDirection(n.Event.Title) == text.RTL
	g := noteGutter * k
	tw := cw - g
	tx := g
	if rtl {
		tx = 0
	}
	// Badge.
	bl := text.Lay(strconv.Itoa(n.N), text.Options{Size: 11 * k, Bold: true})
	lw, bh := bl.Size()
	bw := max(lw+8*k, bh+4*k)
	bx := float32(0)
	if rtl {
		bx = cw - bw
	}
	sub.rect(bx, 1*k, bw, bh+4*k, th.Event, (bh+4*k)/2)
	sub.place(bl, bx+(bw-lw)/2, 3*k, th.BadgeText)
	// Title and date.
	y := float32(0)
	y += sub.place(text.Lay(n.Event.Title, text.Options{Size: 13 * k, Bold: true, Width: tw, MaxLines: 3}), tx, y, th.Text)
	side := text.AlignLeft
	if rtl {
		side = text.AlignRight
	}
	date := timeline.FormatInterval(n.Event.Start, n.Event.End, n.Event.Precision)
	if p := precisionNote(n.Event.Precision); p != "" {
		date += " · " + p
	}
	if n.Event.Status != store.StatusAuto {
		date += " · " + n.Event.Status
	}
	y = sub.line(date, tx, y, tw, 11*k, th.AxisTextDim, side) + 3*k
	for i, s := range n.Sources {
		if i == noteSources {
			y = sub.line(fmt.Sprintf("+ %d more sources", len(n.Sources)-noteSources), tx, y, tw, 11*k, th.AxisTextDim, side)
			break
		}
		doc := s.DocumentTitle
		if doc == "" {
			doc = fmt.Sprintf("document %d", s.DocumentID)
		}
		meta := doc
		if dv := d.docDate(s.DocumentID); dv != "" {
			// Isolated, or an Arabic title would show 2025-06-25 as
			// 25-06-2025 (rule W2 makes its digits Arabic numbers).
			meta += " · " + isolateLTR(dv)
		}
		y += 2 * k
		y += sub.place(text.Lay(meta, text.Options{Size: 11 * k, Width: tw, MaxLines: 1, Bold: true}), tx, y, th.AxisTextDim)
		ex := excerpt(s.Passage, noteExcerpt)
		if ex == "" {
			continue
		}
		pl := text.Lay(ex, text.Options{Size: 12 * k, Width: tw - 8*k, MaxLines: notePassageL, LineSpacing: 1.1})
		_, ph := pl.Size()
		px := tx + 8*k
		rx := tx + 2*k
		if text.ParagraphDirection(ex) == text.RTL {
			px = tx
			rx = tx + tw - 4*k
		}
		sub.rect(rx, y+2*k, 2*k, ph-4*k, withAlpha(th.Event, 0x70), 0)
		y += sub.place(pl, px, y, th.Text)
	}
	nl.texts, nl.prims = sub.s.Texts, sub.s.Prims
	nl.h = y + 12*k
	return nl
}

// docDate is the creation date of a document as its text gives it
// (TIMEX3 value), or "" when unknown.
func (d *decor) docDate(id int64) string {
	doc, ok := d.docs[id]
	if !ok {
		return ""
	}
	return doc.DCTValue
}

// precisionNote says how precisely a date is known, "" for a day or finer.
func precisionNote(p string) string {
	switch p {
	case "", "minute", "hour", "day":
		return ""
	}
	return "known to the " + p
}

// excerpt is s with its spaces collapsed, cut to at most n runes with an
// ellipsis.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	cut := string(r)
	if i := strings.LastIndexByte(cut, ' '); i > len(cut)*3/4 {
		cut = cut[:i]
	}
	return cut + "…"
}

// isolateLTR wraps s in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE,
// so that it reads left to right whatever surrounds it.
func isolateLTR(s string) string { return "\u2066" + s + "\u2069" }

func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint16(c.A) * uint16(a) / 255)
	return c
}
