package text

import (
	"math"
	"sort"
	"sync"

	"github.com/go-text/typesetting/bidi"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"
	"github.com/go-text/typesetting/segmenter"
	"github.com/go-text/typesetting/shaping"
	"golang.org/x/image/math/fixed"
)

// Align is the horizontal alignment of the lines of a layout.
type Align uint8

// Alignments. AlignAuto (the zero value) and AlignStart align each line on
// the start side of its paragraph: left for left-to-right paragraphs, right
// for Arabic ones. AlignEnd is the opposite side.
const (
	AlignAuto Align = iota
	AlignLeft
	AlignRight
	AlignCenter
	AlignEnd
	AlignStart = AlignAuto
)

// DefaultSize is the text size used when Options.Size is zero.
const DefaultSize = 14

// Options controls a layout. The zero value is valid: 14 px regular text,
// no wrapping, alignment and direction from the text.
type Options struct {
	// Size is the font size in pixels (em size); it is rounded up to a whole
	// pixel, as the shaper does. Zero means DefaultSize.
	Size float32
	// Bold selects the bold faces.
	Bold bool
	// Width is the width to wrap lines at, in pixels; 0 disables wrapping
	// (only hard newlines break lines).
	Width float32
	// Align is the horizontal alignment of lines inside the layout width.
	Align Align
	// Dir forces the direction of every paragraph; Auto takes it from the
	// first strong character of each paragraph (a paragraph without one, for
	// example a bare date, takes the direction of the previous paragraph).
	Dir Direction
	// LineSpacing multiplies the natural line height; 0 means 1.
	LineSpacing float32
	// MaxLines limits the number of lines; when text is left out the last
	// line ends with an ellipsis "…" on its end side. 0 means no limit.
	MaxLines int
}

// Rect is a rectangle in layout coordinates (pixels, origin at the top-left
// corner of the layout, y down).
type Rect struct{ X, Y, W, H float32 }

// Layout is laid-out text: lines of shaped runs in visual order. A Layout is
// immutable once built and safe for concurrent use; Lay shares layouts
// between callers through its cache.
type Layout struct {
	runes   []rune
	opts    Options
	size    float32 // em size in pixels, whole
	width   float32 // frame width: Options.Width, or the widest line
	lineH   float32
	ascent  float32
	descent float32
	lines   []line
	boxes   []runeBox // one per rune; line -1 when not shown (truncated)
}

type line struct {
	start, end int // runes shown on the line, logical, global offsets
	top        float32
	baseline   float32
	dx         float32 // alignment offset, added to item x
	rtl        bool    // paragraph direction
	width      float32 // advance of all items, trailing whitespace included
	items      []item  // visual order, left to right
}

type item struct {
	start, end int // global rune range; empty for the ellipsis
	level      levelT
	face       faceIndex
	rtl        bool // direction the glyphs were shaped in
	x          float32
	adv        float32
	glyphs     []glyph // visual order
}

type glyph struct {
	id         font.GID
	cluster    int32 // global rune index of the first rune of the cluster
	adv        fixed.Int26_6
	xoff, yoff fixed.Int26_6
}

type runeBox struct {
	x0, x1 float32 // before line dx
	line   int32
	rtl    bool
}

// shapeCtx is the per-goroutine state for building layouts: the shaper and
// the faces are not safe for concurrent use.
type shapeCtx struct {
	hb    shaping.HarfbuzzShaper
	faces [numFaces]*font.Face
	seg   segmenter.Segmenter
	para  bidi.Paragraph
}

var ctxPool = sync.Pool{New: func() any {
	loadFonts()
	c := new(shapeCtx)
	for i, f := range fontSet.fonts {
		c.faces[i] = font.NewFace(f)
	}
	return c
}}

// New lays out s without going through the cache. Most callers want Lay.
// New is safe for concurrent use.
func New(s string, o Options) *Layout {
	ctx := ctxPool.Get().(*shapeCtx)
	defer ctxPool.Put(ctx)
	b := builder{ctx: ctx}
	return b.build(s, o)
}

// builder holds the scratch state of one New call.
type builder struct {
	ctx *shapeCtx
	l   *Layout

	maxW     float32
	ellGlyph []glyph
	ellAdv   float32
	done     bool

	// per paragraph, indices relative to the paragraph
	off     int
	rs      []rune // shaping copy: control characters replaced by spaces
	levels  []levelT
	faces   []faceIndex
	scripts []language.Script
	cum     []float32 // cum[i]: advance of runes [0, i)
	runs    []srun
	gb      []bool // grapheme boundaries, computed on demand
	para    levelT
	last    bool // last paragraph
}

// srun is a shaped run of a paragraph: one level, face and script.
type srun struct {
	start, end int // paragraph-relative
	level      levelT
	face       faceIndex
	rtl        bool
	glyphs     []glyph // visual order, paragraph-relative clusters
}

func (b *builder) build(s string, o Options) *Layout {
	if o.Size <= 0 {
		o.Size = DefaultSize
	}
	if o.LineSpacing <= 0 {
		o.LineSpacing = 1
	}
	size := float32(math.Ceil(float64(o.Size)))
	l := &Layout{runes: []rune(s), opts: o, size: size}
	b.l = l
	l.ascent = float32(math.Ceil(float64(fontSet.asc * size)))
	l.descent = float32(math.Ceil(float64(fontSet.desc * size)))
	l.lineH = float32(math.Round(float64((l.ascent + l.descent) * o.LineSpacing)))
	l.boxes = make([]runeBox, len(l.runes))
	for i := range l.boxes {
		l.boxes[i].line = -1
	}
	b.maxW = o.Width
	if o.MaxLines > 0 {
		b.shapeEllipsis()
	}

	// Split into paragraphs at bidi class B characters; CR LF counts as one.
	prevDir := o.Dir
	if prevDir == Auto {
		// A leading paragraph without strong characters takes the direction
		// of the first strong character of the whole text.
		prevDir = runesDirectionAll(l.runes)
	}
	for start := 0; start <= len(l.runes) && !b.done; {
		end := start
		for end < len(l.runes) && !isParagraphSeparator(l.runes[end]) {
			end++
		}
		next := end + 1
		if end < len(l.runes) && l.runes[end] == '\r' && end+1 < len(l.runes) && l.runes[end+1] == '\n' {
			next++
		}
		dir := o.Dir
		if dir == Auto {
			dir = runesDirection(l.runes[start:end])
			if dir == Auto {
				dir = prevDir
			}
		}
		prevDir = dir
		b.last = next > len(l.runes)
		b.paragraph(start, end, dir == RTL)
		start = next
	}

	// Frame width and alignment.
	if o.Width > 0 {
		l.width = o.Width
	} else {
		for i := range l.lines {
			if w := l.lines[i].contentWidth(l); w > l.width {
				l.width = w
			}
		}
	}
	for i := range l.lines {
		ln := &l.lines[i]
		c0, c1 := ln.contentExtent(l)
		left := true
		switch o.Align {
		case AlignAuto:
			left = !ln.rtl
		case AlignEnd:
			left = ln.rtl
		case AlignRight:
			left = false
		case AlignCenter:
			ln.dx = float32(math.Round(float64((l.width-(c1-c0))/2 - c0)))
			continue
		}
		if left {
			ln.dx = -c0
		} else {
			ln.dx = l.width - c1
		}
	}
	return l
}

func runesDirectionAll(rs []rune) Direction {
	d := runesDirection(rs)
	if d == Auto {
		return LTR
	}
	return d
}

// trailingSpace returns the advance of the whitespace at the logical end of
// the line, which hangs outside the alignment box.
func (ln *line) trailingSpace(l *Layout) float32 {
	var w float32
	for i := ln.end - 1; i >= ln.start; i-- {
		if !isL1Space(bidiClass(l.runes[i])) {
			break
		}
		w += l.boxes[i].x1 - l.boxes[i].x0
	}
	return w
}

func (ln *line) contentExtent(l *Layout) (c0, c1 float32) {
	tw := ln.trailingSpace(l)
	if ln.rtl {
		return tw, ln.width
	}
	return 0, ln.width - tw
}

func (ln *line) contentWidth(l *Layout) float32 {
	c0, c1 := ln.contentExtent(l)
	return c1 - c0
}

func (b *builder) shapeEllipsis() {
	ctx := b.ctx
	f := faceLatin
	if b.l.opts.Bold {
		f += faceBold
	}
	text := []rune{'…'}
	out := ctx.hb.Shape(shaping.Input{
		Text: text, RunStart: 0, RunEnd: 1, Direction: di.DirectionLTR,
		Face: ctx.faces[f], Size: fixed.I(int(b.l.size)), Script: language.Latin,
	})
	for _, g := range out.Glyphs {
		b.ellGlyph = append(b.ellGlyph, glyph{id: g.GlyphID, adv: g.XAdvance, xoff: g.XOffset, yoff: g.YOffset})
		b.ellAdv += f26(g.XAdvance)
	}
}

func f26(v fixed.Int26_6) float32 { return float32(v) / 64 }

// paragraph lays out the runes [start, end) of the text, one paragraph.
func (b *builder) paragraph(start, end int, rtl bool) {
	l := b.l
	n := end - start
	b.off = start
	b.para = 0
	if rtl {
		b.para = 1
	}
	b.rs = append(b.rs[:0], l.runes[start:end]...)
	for i, r := range b.rs {
		if r < 0x20 || (r >= 0x7F && r < 0xA0) {
			b.rs[i] = ' ' // tabs and other controls: shaped as a space
		}
	}
	b.levels = resolveLevels(&b.ctx.para, l.runes[start:end], rtl, b.levels[:0])
	b.faces = grow(b.faces, n)
	b.scripts = grow(b.scripts, n)
	assignFaces(l.runes[start:end], b.levels, l.opts.Bold, b.faces, b.scripts)
	b.gb = b.gb[:0]

	// Shape runs of equal level, face and script.
	b.runs = b.runs[:0]
	b.cum = append(b.cum[:0], make([]float32, n+1)...)
	adv := b.cum[1:]
	for i := 0; i < n; {
		j := i + 1
		for j < n && b.levels[j] == b.levels[i] && b.faces[j] == b.faces[i] && b.scripts[j] == b.scripts[i] {
			j++
		}
		r := srun{start: i, end: j, level: b.levels[i], face: b.faces[i], rtl: b.levels[i]%2 == 1}
		r.glyphs = b.shape(i, j, r.face, r.rtl, b.scripts[i], nil)
		for _, g := range r.glyphs {
			adv[g.cluster] += f26(g.adv)
		}
		b.runs = append(b.runs, r)
		i = j
	}
	for i := 1; i <= n; i++ {
		b.cum[i] += b.cum[i-1]
	}

	if n == 0 {
		b.emit(0, 0, false)
		return
	}
	b.breakLines(n)
}

func grow[T any](s []T, n int) []T {
	if cap(s) >= n {
		return s[:n]
	}
	return make([]T, n)
}

// shape shapes the paragraph runes [i, j) and returns the glyphs in visual
// order with paragraph-relative clusters. With isolated set, the runes are
// shaped without the surrounding context (used for runs cut inside a word,
// whose joining must end at the cut).
func (b *builder) shape(i, j int, f faceIndex, rtl bool, sc language.Script, dst []glyph) []glyph {
	in := shaping.Input{
		Text: b.rs, RunStart: i, RunEnd: j, Direction: di.DirectionLTR,
		Face: b.ctx.faces[f], Size: fixed.I(int(b.l.size)), Script: sc,
	}
	if rtl {
		in.Direction = di.DirectionRTL
	}
	if f&^faceBold == faceArabic {
		in.Script = language.Arabic
		in.Language = langAr
	} else if isCommon(sc) {
		in.Script = language.Latin
	}
	out := b.ctx.hb.ShapeNoExtents(in)
	for _, g := range out.Glyphs {
		dst = append(dst, glyph{id: g.GlyphID, cluster: int32(g.ClusterIndex), adv: g.XAdvance, xoff: g.XOffset, yoff: g.YOffset})
	}
	return dst
}

var langAr = language.NewLanguage("ar")

func (b *builder) width(i, j int) float32 { return b.cum[j] - b.cum[i] }

func (b *builder) isSpace(i int) bool { return isL1Space(bidiClass(b.l.runes[b.off+i])) }

// trimSpace returns j moved back over trailing whitespace, not before i.
func (b *builder) trimSpace(i, j int) int {
	for j > i && b.isSpace(j-1) {
		j--
	}
	return j
}

// graphemeBoundary reports whether a grapheme starts at paragraph offset i.
func (b *builder) graphemeBoundary(i int) bool {
	n := len(b.rs)
	if len(b.gb) == 0 {
		b.gb = grow(b.gb, n+1)
		clear(b.gb)
		b.ctx.seg.Init(b.l.runes[b.off : b.off+n])
		it := b.ctx.seg.GraphemeIterator()
		for it.Next() {
			g := it.Grapheme()
			b.gb[g.Offset] = true
		}
		b.gb[n] = true
	}
	return b.gb[i]
}

// fit returns the largest grapheme boundary c in (i, j] such that the runes
// [i, c) fit in avail; at least one grapheme when atLeastOne is set,
// otherwise possibly i.
func (b *builder) fit(i, j int, avail float32, atLeastOne bool) int {
	c := i
	for k := i + 1; k <= j; k++ {
		if !b.graphemeBoundary(k) {
			continue
		}
		if b.width(i, k) > avail && !(atLeastOne && c == i) {
			break
		}
		c = k
		if b.width(i, k) > avail {
			break
		}
	}
	return c
}

// breakLines breaks the paragraph at line-break opportunities (UAX #14,
// from the segmenter), greedily, and emits the lines.
func (b *builder) breakLines(n int) {
	if b.maxW <= 0 {
		b.emit(0, n, false)
		return
	}
	seg := &b.ctx.seg
	seg.Init(b.l.runes[b.off : b.off+n])
	b.gb = b.gb[:0] // Init reset the segmenter; graphemes are recomputed on demand
	it := seg.LineIterator()
	ls := 0
	var stops []int
	for it.Next() {
		ln := it.Line()
		stops = append(stops, ln.Offset+len(ln.Text))
	}
	for _, e := range stops {
		for !b.done {
			if b.width(ls, b.trimSpace(ls, e)) <= b.maxW {
				break // the segment fits on the current line
			}
			// It does not fit: break before it, or inside it when it is
			// alone on the line.
			s := b.prevStop(stops, ls, e)
			if s > ls {
				if b.emit(ls, s, true) {
					return
				}
				ls = s
				continue
			}
			c := b.fit(ls, b.trimSpace(ls, e), b.maxW, true)
			if b.emit(ls, c, true) {
				return
			}
			ls = c
		}
		if b.done {
			return
		}
	}
	if ls < n || n == 0 {
		b.emit(ls, n, false)
	}
}

// prevStop returns the last break opportunity in (ls, e), or ls.
func (b *builder) prevStop(stops []int, ls, e int) int {
	k := sort.SearchInts(stops, e) - 1
	if k >= 0 && stops[k] > ls {
		return stops[k]
	}
	return ls
}

// emit adds the line of paragraph runes [i, j). more tells whether the
// paragraph continues after it. It returns true when no more lines may be
// added.
func (b *builder) emit(i, j int, more bool) bool {
	l := b.l
	if b.done {
		return true
	}
	ellipsis := false
	if mx := l.opts.MaxLines; mx > 0 && len(l.lines) == mx-1 && (more || !b.last) {
		// Last allowed line and text is left out: fill it as far as it goes
		// with room for the ellipsis.
		ellipsis = true
		n := len(b.rs)
		if b.maxW > 0 {
			j = b.fit(i, n, b.maxW-b.ellAdv, false)
		}
		j = b.trimSpace(i, j)
	}
	b.line(i, j, ellipsis)
	if ellipsis || (l.opts.MaxLines > 0 && len(l.lines) >= l.opts.MaxLines) {
		b.done = true
	}
	return b.done
}

// line builds the visual line of paragraph runes [i, j): rule L1 on its
// levels, items cut from the shaped runs, rule L2 on the items, positions.
func (b *builder) line(i, j int, ellipsis bool) {
	l := b.l
	levels := make([]levelT, j-i)
	copy(levels, b.levels[i:j])
	applyL1(l.runes[b.off+i:b.off+j], levels, b.para)

	var items []item
	var itemLevels []levelT
	for _, r := range b.runs {
		if r.end <= i || r.start >= j {
			continue
		}
		a := max(r.start, i)
		for a < min(r.end, j) {
			e := a + 1
			for e < min(r.end, j) && levels[e-i] == levels[a-i] {
				e++
			}
			it := item{start: b.off + a, end: b.off + e, level: levels[a-i], face: r.face, rtl: r.rtl}
			if b.cutInWord(r, a, e) {
				it.glyphs = b.shapeIsolated(a, e, r)
			} else {
				it.glyphs = sliceGlyphs(r, a, e, nil)
			}
			for k := range it.glyphs {
				it.glyphs[k].cluster += int32(b.off)
				it.adv += f26(it.glyphs[k].adv)
			}
			items = append(items, it)
			itemLevels = append(itemLevels, it.level)
			a = e
		}
	}
	if ellipsis {
		it := item{start: b.off + j, end: b.off + j, level: b.para, face: faceLatin, adv: b.ellAdv}
		if l.opts.Bold {
			it.face += faceBold
		}
		it.glyphs = append([]glyph(nil), b.ellGlyph...)
		items = append(items, it)
		itemLevels = append(itemLevels, it.level)
	}
	order := make([]int, len(items))
	for k := range order {
		order[k] = k
	}
	reorderInto(itemLevels, order)
	ln := line{start: b.off + i, end: b.off + j, rtl: b.para == 1}
	ln.top = float32(len(l.lines)) * l.lineH
	ln.baseline = ln.top + float32(math.Round(float64((l.lineH-l.ascent-l.descent)/2+l.ascent)))
	ln.items = make([]item, len(items))
	lineIdx := int32(len(l.lines))
	x := float32(0)
	for v, k := range order {
		it := items[k]
		it.x = x
		x += it.adv
		ln.items[v] = it
		setBoxes(l.boxes, &ln.items[v], lineIdx)
	}
	ln.width = x
	l.lines = append(l.lines, ln)
}

// cutInWord reports whether the item [a, e) cuts its shaped run r between
// two non-space characters, where shaping (joining, ligatures, kerning)
// differs from the run's.
func (b *builder) cutInWord(r srun, a, e int) bool {
	cut := func(p int) bool { return !b.isSpace(p-1) && !b.isSpace(p) }
	return (a > r.start && cut(a)) || (e < r.end && cut(e))
}

func (b *builder) shapeIsolated(a, e int, r srun) []glyph {
	saved := b.rs
	b.rs = saved[a:e]
	g := b.shape(0, e-a, r.face, r.rtl, b.scripts[a], nil)
	b.rs = saved
	for k := range g {
		g[k].cluster += int32(a)
	}
	return g
}

// sliceGlyphs appends the glyphs of r whose cluster lies in [a, e).
func sliceGlyphs(r srun, a, e int, dst []glyph) []glyph {
	gs := r.glyphs
	if !r.rtl {
		lo := sort.Search(len(gs), func(k int) bool { return int(gs[k].cluster) >= a })
		hi := sort.Search(len(gs), func(k int) bool { return int(gs[k].cluster) >= e })
		return append(dst, gs[lo:hi]...)
	}
	lo := sort.Search(len(gs), func(k int) bool { return int(gs[k].cluster) < e })
	hi := sort.Search(len(gs), func(k int) bool { return int(gs[k].cluster) < a })
	return append(dst, gs[lo:hi]...)
}

// setBoxes records the visual box of every rune of an item. A cluster of
// several runes (a ligature) is divided evenly between them, in the item's
// direction.
func setBoxes(boxes []runeBox, it *item, lineIdx int32) {
	x := it.x
	gs := it.glyphs
	for k := 0; k < len(gs); {
		k0, c := k, gs[k].cluster
		x0 := x
		for k < len(gs) && gs[k].cluster == c {
			x += f26(gs[k].adv)
			k++
		}
		// The cluster covers the runes from c to the next cluster in logical
		// order: the glyph after it for LTR, the glyph before it for RTL.
		end := int32(it.end)
		if !it.rtl && k < len(gs) {
			end = gs[k].cluster
		}
		if it.rtl && k0 > 0 {
			end = gs[k0-1].cluster
		}
		if c < int32(it.start) { // a cluster cut by the item: keep our part
			c = int32(it.start)
		}
		n := end - c
		if n <= 0 {
			continue
		}
		w := (x - x0) / float32(n)
		for m := int32(0); m < n; m++ {
			bx := &boxes[c+m]
			bx.line, bx.rtl = lineIdx, it.rtl
			if it.rtl {
				bx.x0, bx.x1 = x-float32(m+1)*w, x-float32(m)*w
			} else {
				bx.x0, bx.x1 = x0+float32(m)*w, x0+float32(m+1)*w
			}
		}
	}
	if len(gs) > 0 {
		return
	}
	// No glyph at all (should not happen): zero-width boxes.
	for c := it.start; c < it.end; c++ {
		boxes[c] = runeBox{x0: it.x, x1: it.x, line: lineIdx, rtl: it.rtl}
	}
}
