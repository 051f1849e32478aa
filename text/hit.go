package text

import (
	"math"
	"sort"

	"github.com/go-text/typesetting/font"
	"golang.org/x/image/math/fixed"
)

func floatToFixed(f float32) fixed.Int26_6 { return fixed.Int26_6(math.Round(float64(f) * 64)) }

// lineAt returns the index of the line at height y, clamped to the lines.
func (l *Layout) lineAt(y float32) int {
	i := int(math.Floor(float64(y / l.lineH)))
	return max(0, min(i, len(l.lines)-1))
}

// HitTest returns the logical index of the rune under the point (x, y) in
// layout coordinates, or of the nearest rune on the nearest line. It returns
// the line's start offset on an empty line, and Len() past the end of the
// text; -1 only for a layout without lines.
func (l *Layout) HitTest(x, y float32) int {
	if len(l.lines) == 0 {
		return -1
	}
	ln := &l.lines[l.lineAt(y)]
	best, bestD := ln.start, float32(math.Inf(1))
	for i := ln.start; i < ln.end; i++ {
		b := l.boxes[i]
		x0, x1 := b.x0+ln.dx, b.x1+ln.dx
		var d float32
		switch {
		case x < x0:
			d = x0 - x
		case x >= x1:
			d = x - x1
			if x1 == x0 && x == x1 {
				d = 0
			}
		}
		if d < bestD || (d == bestD && d == 0 && x1 > x0) {
			best, bestD = i, d
		}
		if d == 0 && x1 > x0 {
			break
		}
	}
	return best
}

// Caret returns the caret position (a rune boundary, 0 to Len()) nearest to
// the point (x, y): before the rune under the point when the point is on the
// rune's leading half (its left half in a left-to-right run, its right half
// in a right-to-left run), after it otherwise.
func (l *Layout) Caret(x, y float32) int {
	if len(l.lines) == 0 {
		return 0
	}
	ln := &l.lines[l.lineAt(y)]
	if ln.start == ln.end {
		return ln.start
	}
	i := l.HitTest(x, y)
	b := l.boxes[i]
	mid := (b.x0+b.x1)/2 + ln.dx
	if (x < mid) != b.rtl {
		return i
	}
	return i + 1
}

// RuneRects returns the visual boxes of the logical rune range [start, end),
// one per line and per visually contiguous piece: a range that crosses a
// direction change is shown as several boxes. The boxes span the whole line
// height. Runes not shown (cut by MaxLines) have no box.
func (l *Layout) RuneRects(start, end int) []Rect {
	start, end = max(start, 0), min(end, len(l.runes))
	var out []Rect
	type span struct{ x0, x1 float32 }
	var spans []span
	first := sort.Search(len(l.lines), func(k int) bool { return l.lines[k].end > start })
	for li := first; li < len(l.lines) && l.lines[li].start < end; li++ {
		ln := &l.lines[li]
		a, e := max(start, ln.start), min(end, ln.end)
		if a >= e {
			continue
		}
		spans = spans[:0]
		for i := a; i < e; i++ {
			b := l.boxes[i]
			if b.line != int32(li) {
				continue
			}
			spans = append(spans, span{b.x0, b.x1})
		}
		sort.Slice(spans, func(p, q int) bool { return spans[p].x0 < spans[q].x0 })
		for k := 0; k < len(spans); {
			s := spans[k]
			k++
			for k < len(spans) && spans[k].x0 <= s.x1+0.01 {
				s.x1 = max(s.x1, spans[k].x1)
				k++
			}
			out = append(out, Rect{X: s.x0 + ln.dx, Y: ln.top, W: s.x1 - s.x0, H: l.lineH})
		}
	}
	return out
}

// CaretRect returns a zero-width rectangle, one line high, at caret
// position i (0 to Len()): on the leading edge of rune i, or on the trailing
// edge of the rune before it at the end of a line.
func (l *Layout) CaretRect(i int) Rect {
	if len(l.lines) == 0 {
		return Rect{}
	}
	i = max(0, min(i, len(l.runes)))
	edge := func(k int, leading bool) (Rect, bool) {
		if k < 0 || k >= len(l.runes) || l.boxes[k].line < 0 {
			return Rect{}, false
		}
		b := l.boxes[k]
		ln := &l.lines[b.line]
		x := b.x0
		if leading == b.rtl {
			x = b.x1
		}
		return Rect{X: x + ln.dx, Y: ln.top, H: l.lineH}, true
	}
	if i > 0 {
		if ln := l.lineOfRune(i - 1); ln >= 0 && i == l.lines[ln].end {
			if r, ok := edge(i-1, false); ok {
				return r
			}
		}
	}
	if r, ok := edge(i, true); ok {
		return r
	}
	// Empty line, or past the shown text: the start side of the last line
	// that starts at or before i.
	k := sort.Search(len(l.lines), func(k int) bool { return l.lines[k].start > i }) - 1
	ln := &l.lines[max(k, 0)]
	c0, c1 := ln.contentExtent(l)
	x := c0
	if ln.rtl {
		x = c1
	}
	return Rect{X: x + ln.dx, Y: ln.top, H: l.lineH}
}

func (l *Layout) lineOfRune(i int) int {
	if i < 0 || i >= len(l.boxes) {
		return -1
	}
	return int(l.boxes[i].line)
}

// LineRange returns the logical rune range [start, end) shown on line i.
func (l *Layout) LineRange(i int) (start, end int) {
	return l.lines[i].start, l.lines[i].end
}

// PositionedRun is one visual run of a layout, for writers of vector formats
// (SVG, PDF): text of one direction, face and level, placed on a line.
type PositionedRun struct {
	Text       string  // logical substring (for an ellipsis: "…")
	Start, End int     // logical rune range; Start == End for an ellipsis
	RTL        bool    // right-to-left run (SVG: direction="rtl")
	Level      int     // bidi embedding level
	Face       string  // family name, e.g. "Noto Sans Arabic"
	Bold       bool    // bold face
	Font       string  // path of the font file in package assets
	Size       float32 // em size in pixels
	X, Y       float32 // left end of the run and its baseline, layout coordinates
	Advance    float32 // width of the run
	Glyphs     []PositionedGlyph
}

// PositionedGlyph is one glyph of a PositionedRun, left to right.
type PositionedGlyph struct {
	ID      font.GID
	X, Y    float32 // pen position with the glyph's offset, layout coordinates
	Advance float32
	Cluster int // logical index of the first rune of its cluster
}

// Glyphs returns the runs of the layout in visual order, line by line.
func (l *Layout) Glyphs() []PositionedRun {
	var out []PositionedRun
	for li := range l.lines {
		ln := &l.lines[li]
		for _, it := range ln.items {
			pr := PositionedRun{
				Start: it.start, End: it.end, RTL: it.rtl, Level: int(it.level),
				Face: faceNames[it.face], Bold: it.face&faceBold != 0, Font: faceFiles[it.face],
				Size: l.size, X: ln.dx + it.x, Y: ln.baseline, Advance: it.adv,
			}
			if it.start == it.end {
				pr.Text = "…"
			} else {
				pr.Text = string(l.runes[it.start:it.end])
			}
			x := pr.X
			for _, g := range it.glyphs {
				pr.Glyphs = append(pr.Glyphs, PositionedGlyph{
					ID: g.id, X: x + f26(g.xoff), Y: pr.Y - f26(g.yoff), Advance: f26(g.adv), Cluster: int(g.cluster),
				})
				x += f26(g.adv)
			}
			out = append(out, pr)
		}
	}
	return out
}
