package text

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"github.com/go-text/typesetting/font"

	"github.com/go-text/render"
	"github.com/go-text/typesetting/di"
	"github.com/go-text/typesetting/shaping"
)

// Highlight colours the background of the runes [Start, End) (logical rune
// offsets, end exclusive).
type Highlight struct {
	Start, End int
	Color      color.Color
	// Text, when set, is the colour of the text inside the highlight (see
	// DrawHighlightedText): a light highlight under light text on a dark
	// theme would otherwise be unreadable.
	Text color.Color
}

// Size returns the size of the layout in pixels: the wrap width (or the
// widest line when not wrapping) and the height of its lines.
func (l *Layout) Size() (w, h float32) {
	return l.width, float32(len(l.lines)) * l.lineH
}

// LineHeight returns the distance between two baselines, in pixels.
func (l *Layout) LineHeight() float32 { return l.lineH }

// Lines returns the number of lines.
func (l *Layout) Lines() int { return len(l.lines) }

// Truncated reports whether text was left out because of Options.MaxLines.
func (l *Layout) Truncated() bool {
	if len(l.lines) == 0 {
		return false
	}
	last := l.lines[len(l.lines)-1]
	return last.end < len(l.runes) || (len(last.items) > 0 && hasEllipsis(last))
}

func hasEllipsis(ln line) bool {
	for _, it := range ln.items {
		if it.start == it.end {
			return true
		}
	}
	return false
}

// Len returns the number of runes of the laid-out text.
func (l *Layout) Len() int { return len(l.runes) }

// Text returns the laid-out text.
func (l *Layout) Text() string { return string(l.runes) }

// Draw draws the text onto dst in colour col, the top-left corner of the
// layout at (x, y) in dst's coordinates. Only lines that intersect dst's
// bounds are drawn, so drawing the visible part of a long document into a
// small image costs only what is visible. Glyphs are rasterised once by
// go-text/render into coverage masks, cached per face, size and quarter-pixel
// position, then composited. Draw is safe for concurrent use on different
// images.
func (l *Layout) Draw(dst draw.Image, x, y float32, col color.Color) {
	loadFonts()
	bounds := dst.Bounds()
	src := image.NewUniform(col)
	pad := l.size // room for glyphs overhanging their line
	for li := range l.lines {
		ln := &l.lines[li]
		top := y + ln.top
		if top-pad > float32(bounds.Max.Y) || top+l.lineH+pad < float32(bounds.Min.Y) {
			continue
		}
		baseline := y + ln.baseline
		for _, it := range ln.items {
			px := x + ln.dx + it.x
			if px > float32(bounds.Max.X)+pad || px+it.adv < float32(bounds.Min.X)-pad {
				continue
			}
			for _, g := range it.glyphs {
				gx, gy := px+f26(g.xoff), baseline-f26(g.yoff)
				px += f26(g.adv)
				ix, iy := math.Floor(float64(gx)), math.Floor(float64(gy))
				fx, fy := uint8((float64(gx)-ix)*subpixels), uint8((float64(gy)-iy)*subpixels)
				m := glyphMask(it.face, g.id, l.size, fx, fy)
				if m == nil {
					continue
				}
				r := m.Rect.Add(image.Pt(int(ix), int(iy)))
				if r.Overlaps(bounds) {
					draw.DrawMask(dst, r, src, image.Point{}, m, m.Rect.Min, draw.Over)
				}
			}
		}
	}
}

// subpixels is the number of glyph positions per pixel, on each axis, that
// the mask cache distinguishes.
const subpixels = 4

type maskKey struct {
	face   faceIndex
	fx, fy uint8
	id     font.GID
	size   float32
}

// maskCacheMax bounds the number of cached glyph masks (a few MB); the cache
// is emptied when it is full.
const maskCacheMax = 8192

var masks = struct {
	sync.RWMutex
	m map[maskKey]*image.Alpha
}{m: map[maskKey]*image.Alpha{}}

// glyphMask returns the coverage of a glyph whose pen position is at
// (fx, fy)/subpixels pixels from the origin, in coordinates relative to
// that origin; nil for a glyph without outline (a space).
func glyphMask(face faceIndex, id font.GID, size float32, fx, fy uint8) *image.Alpha {
	k := maskKey{face, fx, fy, id, size}
	masks.RLock()
	m, ok := masks.m[k]
	masks.RUnlock()
	if ok {
		return m
	}
	m = rasterize(face, id, size, fx, fy)
	masks.Lock()
	if len(masks.m) >= maskCacheMax {
		clear(masks.m)
	}
	masks.m[k] = m
	masks.Unlock()
	return m
}

func rasterize(face faceIndex, id font.GID, size float32, fx, fy uint8) *image.Alpha {
	f := fontSet.drawFaces[face]
	outline, ok := f.GlyphDataOutline(id)
	if !ok || len(outline.Segments) == 0 {
		return nil
	}
	minX, minY := float32(math.Inf(1)), float32(math.Inf(1))
	maxX, maxY := float32(math.Inf(-1)), float32(math.Inf(-1))
	for _, s := range outline.Segments {
		for _, p := range s.ArgsSlice() {
			minX, maxX = min(minX, p.X), max(maxX, p.X)
			minY, maxY = min(minY, p.Y), max(maxY, p.Y)
		}
	}
	scale := size / float32(f.Upem())
	ox, oy := float32(fx)/subpixels, float32(fy)/subpixels
	r := image.Rect(
		int(math.Floor(float64(minX*scale+ox)))-1, int(math.Floor(float64(-maxY*scale+oy)))-1,
		int(math.Ceil(float64(maxX*scale+ox)))+1, int(math.Ceil(float64(-minY*scale+oy)))+1,
	)
	m := image.NewAlpha(r)
	out := shaping.Output{
		Glyphs: []shaping.Glyph{{GlyphID: id, XOffset: floatToFixed(ox), YOffset: -floatToFixed(oy)}},
		Face:   f, Size: floatToFixed(size), Direction: di.DirectionLTR,
	}
	// The renderer maps its (0, 0) to the image's top-left corner.
	rd := render.Renderer{FontSize: size, PixScale: 1, Color: color.White}
	rd.DrawShapedRunAt(out, m, -r.Min.X, -r.Min.Y)
	return m
}

// DrawHighlights fills the boxes of the highlighted rune ranges onto dst,
// the layout's top-left corner at (x, y); call it before Draw so that the
// highlights lie under the text.
func (l *Layout) DrawHighlights(dst draw.Image, x, y float32, hs []Highlight) {
	bounds := dst.Bounds()
	for _, h := range hs {
		if h.Color == nil {
			continue
		}
		src := image.NewUniform(h.Color)
		for _, r := range l.highlightBoxes(h, x, y, bounds) {
			draw.Draw(dst, r, src, image.Point{}, draw.Over)
		}
	}
}

// DrawHighlightedText redraws, for each highlight with a Text colour, its
// boxes: the highlight colour, then the text clipped to the box in the Text
// colour. Call it after Draw.
func (l *Layout) DrawHighlightedText(dst draw.Image, x, y float32, hs []Highlight) {
	sub, ok := dst.(interface {
		SubImage(image.Rectangle) image.Image
	})
	if !ok {
		return
	}
	bounds := dst.Bounds()
	for _, h := range hs {
		if h.Color == nil || h.Text == nil {
			continue
		}
		src := image.NewUniform(h.Color)
		for _, r := range l.highlightBoxes(h, x, y, bounds) {
			clip, ok := sub.SubImage(r).(draw.Image)
			if !ok {
				continue
			}
			draw.Draw(clip, r, src, image.Point{}, draw.Src)
			l.Draw(clip, x, y, h.Text)
		}
	}
}

// highlightBoxes are the pixel boxes of a highlight, the layout at (x, y),
// clipped to bounds.
func (l *Layout) highlightBoxes(h Highlight, x, y float32, bounds image.Rectangle) []image.Rectangle {
	var out []image.Rectangle
	for _, rc := range l.RuneRects(h.Start, h.End) {
		r := image.Rect(
			int(math.Round(float64(x+rc.X))), int(math.Round(float64(y+rc.Y))),
			int(math.Round(float64(x+rc.X+rc.W))), int(math.Round(float64(y+rc.Y+rc.H))),
		).Intersect(bounds)
		if !r.Empty() {
			out = append(out, r)
		}
	}
	return out
}
