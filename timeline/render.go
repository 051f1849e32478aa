package timeline

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
	"runtime"
	"sync"
)

// Render paints s onto dst (whose origin is the scene's top left), with
// anti-aliased shapes and the cached label masks.
//
// The image is cut into horizontal strips painted in parallel, one per
// core (at most maxStrips, each at least minStripRows tall): every strip
// walks the whole scene, and its bounds clip each shape to its rows.
func Render(dst *image.RGBA, s *Scene) {
	b := dst.Bounds()
	n := min(runtime.GOMAXPROCS(0), maxStrips, b.Dy()/minStripRows)
	if n <= 1 {
		fillAll(dst, s.Background)
		paintScene(dst, s)
		return
	}
	prepareMasks(s) // the strips only read the scene
	var wg sync.WaitGroup
	for i := range n {
		r := image.Rect(b.Min.X, b.Min.Y+b.Dy()*i/n, b.Max.X, b.Min.Y+b.Dy()*(i+1)/n)
		strip := dst.SubImage(r).(*image.RGBA)
		wg.Go(func() {
			fillAll(strip, s.Background)
			paintScene(strip, s)
		})
	}
	wg.Wait()
}

const (
	maxStrips    = 8
	minStripRows = 96
)

// prepareMasks renders (or finds cached) the label masks of s and its
// overlays.
func prepareMasks(s *Scene) {
	for ; s != nil; s = s.Overlay {
		for i := range s.Texts {
			if t := &s.Texts[i]; t.mask == nil {
				t.mask = defaultLabels().get(t.S, t.Size, 0)
			}
		}
	}
}

func paintScene(dst *image.RGBA, s *Scene) {
	for i := range s.Prims {
		p := &s.Prims[i]
		switch p.Kind {
		case PrimRect:
			drawRect(dst, p)
		case PrimCircle:
			drawCircle(dst, p)
		case PrimLine:
			drawLine(dst, p)
		}
	}
	for i := range s.Texts {
		t := &s.Texts[i]
		if t.mask == nil {
			t.mask = defaultLabels().get(t.S, t.Size, 0)
		}
		drawMask(dst, t.mask.img, int(math.Round(float64(t.X)))-maskPad, int(math.Round(float64(t.Y))), t.Color)
	}
	if s.Overlay != nil {
		paintScene(dst, s.Overlay)
	}
}

func fillAll(dst *image.RGBA, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	r, g, b, a := premul(c, 1)
	b0 := dst.Bounds()
	if b0.Empty() {
		return
	}
	row := dst.Pix[dst.PixOffset(b0.Min.X, b0.Min.Y):]
	w := b0.Dx() * 4
	if a == 255 {
		row[0], row[1], row[2], row[3] = r, g, b, a
		for n := 4; n < w; n *= 2 {
			copy(row[n:w], row[:n])
		}
		for y := b0.Min.Y + 1; y < b0.Max.Y; y++ {
			copy(dst.Pix[dst.PixOffset(b0.Min.X, y):][:w], row[:w])
		}
		return
	}
	for y := b0.Min.Y; y < b0.Max.Y; y++ {
		o := dst.PixOffset(b0.Min.X, y)
		blendSpan(dst.Pix[o:o+w], c, 255)
	}
}

// premul returns c premultiplied and scaled by coverage cov (0..1).
func premul(c color.NRGBA, cov float32) (r, g, b, a uint8) {
	af := float32(c.A) * cov
	return uint8(float32(c.R)*af/255 + 0.5), uint8(float32(c.G)*af/255 + 0.5), uint8(float32(c.B)*af/255 + 0.5), uint8(af + 0.5)
}

// blendSpan composites colour c with coverage cov (0..255) over every pixel
// of pix. Two channels are blended per multiply (red with blue, green with
// alpha), which halves the work of the soft bands that cover the view.
func blendSpan(pix []uint8, c color.NRGBA, cov uint32) {
	src, a := packCov(c, cov)
	if a == 0 {
		return
	}
	n := len(pix) &^ 3
	if a == 255 {
		for i := 0; i < n; i += 4 {
			binary.LittleEndian.PutUint32(pix[i:], src)
		}
		return
	}
	ia := uint64(255 - a)
	// Two pixels per step: the same arithmetic as one pixel at a time,
	// each channel in its own 16 bits of a 64-bit word.
	src2 := uint64(src) | uint64(src)<<32
	const lo = 0x00ff00ff00ff00ff
	const half = 0x0080008000800080
	i := 0
	for ; i+16 <= n; i += 16 {
		// Four pixels a step, as two independent words.
		p := pix[i : i+16 : i+16]
		d0 := binary.LittleEndian.Uint64(p)
		d1 := binary.LittleEndian.Uint64(p[8:])
		rb0, ag0 := (d0&lo)*ia, (d0>>8&lo)*ia
		rb1, ag1 := (d1&lo)*ia, (d1>>8&lo)*ia
		rb0 = (rb0 + (rb0 >> 8 & lo) + half) >> 8 & lo
		ag0 = (ag0 + (ag0 >> 8 & lo) + half) & (lo << 8)
		rb1 = (rb1 + (rb1 >> 8 & lo) + half) >> 8 & lo
		ag1 = (ag1 + (ag1 >> 8 & lo) + half) & (lo << 8)
		binary.LittleEndian.PutUint64(p, src2+(rb0|ag0))
		binary.LittleEndian.PutUint64(p[8:], src2+(rb1|ag1))
	}
	for ; i+8 <= n; i += 8 {
		d := binary.LittleEndian.Uint64(pix[i:])
		rb := (d & lo) * ia
		ag := (d >> 8 & lo) * ia
		rb = (rb + (rb >> 8 & lo) + half) >> 8 & lo
		ag = (ag + (ag >> 8 & lo) + half) & (lo << 8)
		binary.LittleEndian.PutUint64(pix[i:], src2+(rb|ag))
	}
	if i < n {
		binary.LittleEndian.PutUint32(pix[i:], overPix(binary.LittleEndian.Uint32(pix[i:]), src, uint32(ia)))
	}
}

func blendPix(dst *image.RGBA, x, y int, c color.NRGBA, cov float32) {
	if cov <= 0 {
		return
	}
	if cov > 1 {
		cov = 1
	}
	blendAt(dst.Pix, dst.PixOffset(x, y), c, uint32(cov*255+0.5))
}

// blendAt composites c with coverage cov (0..255) over the pixel at
// pix[o:o+4]: blendSpan's arithmetic for one pixel, without its loop.
func blendAt(pix []uint8, o int, c color.NRGBA, cov uint32) {
	src, a := packCov(c, cov)
	if a == 0 {
		return
	}
	p := pix[o : o+4 : o+4]
	binary.LittleEndian.PutUint32(p, overPix(binary.LittleEndian.Uint32(p), src, 255-a))
}

// packCov returns colour c at coverage cov (0..255), premultiplied and
// packed as R | G<<8 | B<<16 | A<<24, and that alpha: the source of every
// blend here.
func packCov(c color.NRGBA, cov uint32) (src, a uint32) {
	a = uint32(c.A) * cov / 255
	return uint32(c.R)*a/255 | (uint32(c.G)*a/255)<<8 | (uint32(c.B)*a/255)<<16 | a<<24, a
}

// overPix returns premultiplied src (packed RGBA) composited over d, where ia
// is 255 minus src's alpha.
func overPix(d, src, ia uint32) uint32 {
	rb := (d & 0x00ff00ff) * ia
	ag := (d >> 8 & 0x00ff00ff) * ia
	// x/255 for both halves: (x + x>>8 + 0x80) >> 8.
	rb = (rb + (rb >> 8 & 0x00ff00ff) + 0x00800080) >> 8 & 0x00ff00ff
	ag = (ag + (ag >> 8 & 0x00ff00ff) + 0x00800080) & 0xff00ff00
	return src + (rb | ag)
}

// clampBox returns the integer pixel box covering [x0,x1)×[y0,y1) inside dst.
func clampBox(dst *image.RGBA, x0, y0, x1, y1 float32) (ix0, iy0, ix1, iy1 int) {
	b := dst.Bounds()
	ix0 = max(int(math.Floor(float64(x0))), b.Min.X)
	iy0 = max(int(math.Floor(float64(y0))), b.Min.Y)
	ix1 = min(int(math.Ceil(float64(x1))), b.Max.X)
	iy1 = min(int(math.Ceil(float64(y1))), b.Max.Y)
	return
}

func clamp01(v float32) float32 {
	if v < 0 {
		return 0
	}
	if v > 1 {
		return 1
	}
	return v
}

// drawRect fills and strokes a rounded rectangle with feathered ends.
func drawRect(dst *image.RGBA, p *Prim) {
	if p.W <= 0 || p.H <= 0 {
		return
	}
	sw := p.StrokeW
	if p.Stroke.A == 0 {
		sw = 0
	}
	x0, y0, x1, y1 := p.X-sw/2, p.Y-sw/2, p.X+p.W+sw/2, p.Y+p.H+sw/2
	ix0, iy0, ix1, iy1 := clampBox(dst, x0, y0, x1, y1)
	if ix0 >= ix1 || iy0 >= iy1 {
		return
	}
	// Fast paths: a plain axis-aligned fill, a band with feathered ends.
	if p.Radius == 0 && sw == 0 {
		if p.Soft <= 0 {
			fillBox(dst, p.X, p.Y, p.X+p.W, p.Y+p.H, ix0, iy0, ix1, iy1, p.Fill)
		} else {
			drawBand(dst, p, ix0, iy0, ix1, iy1)
		}
		return
	}
	r := min(p.Radius, p.W/2, p.H/2)
	cx, cy := p.X+p.W/2, p.Y+p.H/2
	hw, hh := p.W/2-r, p.H/2-r
	for y := iy0; y < iy1; y++ {
		py := float32(y) + 0.5 - cy
		qy := abs32(py) - hh
		// Between the corners the distance to the outline depends on y
		// only: fill that part of the row as one span.
		sx0, sx1 := ix1, ix1
		if qy <= 0 {
			reach := hw + qy - 1
			lo, hi := cx-reach, cx+reach
			if p.Soft > 0 {
				lo, hi = max(lo, p.X+p.Soft), min(hi, p.X+p.W-p.Soft)
			}
			sx0 = max(ix0, int(math.Ceil(float64(lo-0.5))))
			sx1 = min(ix1, int(math.Floor(float64(hi-0.5)))+1)
			if sx0 < sx1 {
				d := qy - r
				o := dst.PixOffset(sx0, y)
				span := dst.Pix[o : o+(sx1-sx0)*4]
				if p.Fill.A != 0 {
					blendSpan(span, p.Fill, uint32(clamp01(0.5-d)*255+0.5))
				}
				if sw > 0 {
					if cov := clamp01(sw/2 + 0.5 - abs32(d)); cov > 0 {
						blendSpan(span, p.Stroke, uint32(cov*255+0.5))
					}
				}
			} else {
				sx0, sx1 = ix1, ix1
			}
		}
		for x := ix0; x < ix1; x++ {
			if x == sx0 {
				x = sx1 - 1
				continue
			}
			px := float32(x) + 0.5 - cx
			qx := abs32(px) - hw
			d := sdBox(qx, qy) - r // signed distance to the outline
			if p.Fill.A != 0 {
				cov := clamp01(0.5 - d)
				if p.Soft > 0 {
					// Feather the ends: coverage fades over Soft pixels.
					fx := float32(x) + 0.5
					cov *= clamp01(min(fx-p.X, p.X+p.W-fx) / p.Soft)
				}
				blendPix(dst, x, y, p.Fill, cov)
			}
			if sw > 0 {
				cov := clamp01(sw/2 + 0.5 - abs32(d))
				blendPix(dst, x, y, p.Stroke, cov)
			}
		}
	}
}

// drawBand draws a square-cornered, unstroked box whose coverage fades
// over Soft pixels at both ends. Its coverage is the general one of
// drawRect with radius 0, computed separably: the distance to the outline
// is max(qx, qy) except where both are positive (the corner pixels), so
// the coverage is min(column's, row's) × the column's fade, and the
// columns that neither fade nor touch an end take one span per row.
func drawBand(dst *image.RGBA, p *Prim, ix0, iy0, ix1, iy1 int) {
	if p.Fill.A == 0 {
		return
	}
	cx, cy := p.X+p.W/2, p.Y+p.H/2
	hw, hh := p.W/2, p.H/2
	// colCov is the coverage of column x on a row well inside the box.
	colCov := func(x int) (cov, qx float32) {
		fx := float32(x) + 0.5
		qx = abs32(fx-cx) - hw
		return clamp01(0.5-qx) * clamp01(min(fx-p.X, p.X+p.W-fx)/p.Soft), qx
	}
	// The middle columns [mx0, mx1) have coverage 1.
	mx0 := max(ix0, int(math.Ceil(float64(p.X+p.Soft-0.5))))
	mx1 := min(ix1, int(math.Floor(float64(p.X+p.W-p.Soft-0.5)))+1)
	// A band reaching past an edge, or all feather, can leave [mx0, mx1)
	// outside [ix0, ix1): keep it inside, so the end columns are too.
	mx0 = min(mx0, ix1)
	mx1 = max(mx1, mx0)
	for mx0 < mx1 {
		if c, _ := colCov(mx0); c >= 1 {
			break
		}
		mx0++
	}
	for mx1 > mx0 {
		if c, _ := colCov(mx1 - 1); c >= 1 {
			break
		}
		mx1--
	}
	// On rows the box fully covers, an end column's blend is the same on
	// every row: work it out once.
	rx0 := max(mx1, mx0, ix0)
	var cols [256]struct{ src, ia uint32 }
	nl, nr := mx0-ix0, ix1-rx0
	table := nl+nr <= len(cols)
	if table {
		for i := range nl + nr {
			x := ix0 + i
			if i >= nl {
				x = rx0 + i - nl
			}
			cov, _ := colCov(x)
			src, a := packCov(p.Fill, uint32(cov*255+0.5))
			cols[i].src, cols[i].ia = src, 255-a
		}
	}
	for y := iy0; y < iy1; y++ {
		qy := abs32(float32(y)+0.5-cy) - hh
		rowCov := clamp01(0.5 - qy)
		if rowCov <= 0 {
			continue
		}
		o := dst.PixOffset(0, y)
		if table && rowCov >= 1 {
			for i := range nl + nr {
				x := ix0 + i
				if i >= nl {
					x = rx0 + i - nl
				}
				if b := cols[i]; b.ia != 255 {
					q := dst.Pix[o+x*4 : o+x*4+4 : o+x*4+4]
					binary.LittleEndian.PutUint32(q, overPix(binary.LittleEndian.Uint32(q), b.src, b.ia))
				}
			}
			if mx0 < mx1 {
				blendSpan(dst.Pix[o+mx0*4:o+mx1*4], p.Fill, 255)
			}
			continue
		}
		edge := func(x int) {
			cov, qx := colCov(x)
			if qx > 0 && qy > 0 {
				// A corner pixel: the exact distance.
				fx := float32(x) + 0.5
				cov = clamp01(0.5-float32(math.Sqrt(float64(qx*qx+qy*qy)))) *
					clamp01(min(fx-p.X, p.X+p.W-fx)/p.Soft)
			} else if rowCov < 1 {
				fx := float32(x) + 0.5
				cov = min(clamp01(0.5-qx), rowCov) * clamp01(min(fx-p.X, p.X+p.W-fx)/p.Soft)
			}
			if cov > 0 {
				blendAt(dst.Pix, o+x*4, p.Fill, uint32(cov*255+0.5))
			}
		}
		for x := ix0; x < mx0; x++ {
			edge(x)
		}
		if mx0 < mx1 {
			blendSpan(dst.Pix[o+mx0*4:o+mx1*4], p.Fill, uint32(rowCov*255+0.5))
		}
		for x := rx0; x < ix1; x++ {
			edge(x)
		}
	}
}

func sdBox(qx, qy float32) float32 {
	ox, oy := max(qx, 0), max(qy, 0)
	out := float32(math.Sqrt(float64(ox*ox + oy*oy)))
	return out + min(max(qx, qy), 0)
}

func abs32(v float32) float32 {
	if v < 0 {
		return -v
	}
	return v
}

// fillBox fills an axis-aligned box with anti-aliased edges.
func fillBox(dst *image.RGBA, x0, y0, x1, y1 float32, ix0, iy0, ix1, iy1 int, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	// Columns [ax0, ax1) are fully covered across; the others partly.
	ax0 := max(ix0, int(math.Ceil(float64(x0))))
	ax1 := min(ix1, int(math.Floor(float64(x1))))
	// A fully covered row of a narrow box (a grid line) is blended here
	// rather than through blendSpan, whose set-up would cost more than the
	// pixels.
	src, a := packCov(c, 255)
	for y := iy0; y < iy1; y++ {
		fy := float32(y)
		cy := clamp01(min(fy+1, y1) - max(fy, y0))
		if cy <= 0 {
			continue
		}
		o := dst.PixOffset(0, y)
		if ax0 < ax1 {
			if cy == 1 && ax1-ax0 <= 4 {
				for x := ax0; x < ax1; x++ {
					p := dst.Pix[o+x*4 : o+x*4+4 : o+x*4+4]
					binary.LittleEndian.PutUint32(p, overPix(binary.LittleEndian.Uint32(p), src, 255-a))
				}
			} else {
				blendSpan(dst.Pix[o+ax0*4:o+ax1*4], c, uint32(cy*255+0.5))
			}
		}
		for x := ix0; x < ix1 && x < ax0; x++ {
			fx := float32(x)
			if cov := cy * clamp01(min(fx+1, x1)-max(fx, x0)); cov > 0 {
				blendAt(dst.Pix, o+x*4, c, uint32(min(cov, 1)*255+0.5))
			}
		}
		for x := max(ax1, ix0, ax0); x < ix1; x++ {
			fx := float32(x)
			if cov := cy * clamp01(min(fx+1, x1)-max(fx, x0)); cov > 0 {
				blendAt(dst.Pix, o+x*4, c, uint32(min(cov, 1)*255+0.5))
			}
		}
	}
}

func drawCircle(dst *image.RGBA, p *Prim) {
	r := p.W
	sw := p.StrokeW
	if p.Stroke.A == 0 {
		sw = 0
	}
	ext := r + sw/2 + 1
	ix0, iy0, ix1, iy1 := clampBox(dst, p.X-ext, p.Y-ext, p.X+ext, p.Y+ext)
	// Beyond rOut neither fill nor stroke covers a pixel; within rIn only
	// the fill does, fully. Between them, the distance decides.
	rOut := r + sw/2 + 0.5
	rIn := r - 0.5
	if sw > 0 {
		rIn = r - sw/2 - 0.5
	}
	rOut2, rIn2 := rOut*rOut, float32(-1)
	if rIn > 0 {
		rIn2 = rIn * rIn
	}
	fillSrc, fa := packCov(p.Fill, 255)
	for y := iy0; y < iy1; y++ {
		dy := float32(y) + 0.5 - p.Y
		if dy*dy >= rOut2 {
			continue
		}
		// Only the columns within rOut of the centre (a pixel's margin
		// either side) can be covered.
		reach := float32(math.Sqrt(float64(rOut2 - dy*dy)))
		x0 := max(ix0, int(p.X-reach-1))
		x1 := min(ix1, int(p.X+reach+1)+1)
		o := dst.PixOffset(0, y)
		for x := x0; x < x1; x++ {
			dx := float32(x) + 0.5 - p.X
			d2 := dx*dx + dy*dy
			if d2 >= rOut2 {
				continue
			}
			if d2 <= rIn2 {
				if fa != 0 {
					q := dst.Pix[o+x*4 : o+x*4+4 : o+x*4+4]
					binary.LittleEndian.PutUint32(q, overPix(binary.LittleEndian.Uint32(q), fillSrc, 255-fa))
				}
				continue
			}
			d := float32(math.Sqrt(float64(d2))) - r
			if p.Fill.A != 0 {
				if cov := clamp01(0.5 - d); cov > 0 {
					blendAt(dst.Pix, o+x*4, p.Fill, uint32(cov*255+0.5))
				}
			}
			if sw > 0 {
				if cov := clamp01(sw/2 + 0.5 - abs32(d)); cov > 0 {
					blendAt(dst.Pix, o+x*4, p.Stroke, uint32(cov*255+0.5))
				}
			}
		}
	}
}

// drawLine strokes the segment from (X, Y) to (X+W, Y+H).
func drawLine(dst *image.RGBA, p *Prim) {
	hw := max(p.StrokeW, 1) / 2
	ax, ay, bx, by := p.X, p.Y, p.X+p.W, p.Y+p.H
	ix0, iy0, ix1, iy1 := clampBox(dst, min(ax, bx)-hw-1, min(ay, by)-hw-1, max(ax, bx)+hw+1, max(ay, by)+hw+1)
	l2 := p.W*p.W + p.H*p.H
	for y := iy0; y < iy1; y++ {
		for x := ix0; x < ix1; x++ {
			px, py := float32(x)+0.5-ax, float32(y)+0.5-ay
			t := float32(0)
			if l2 > 0 {
				t = clamp01((px*p.W + py*p.H) / l2)
			}
			dx, dy := px-t*p.W, py-t*p.H
			d := float32(math.Sqrt(float64(dx*dx + dy*dy)))
			blendPix(dst, x, y, p.Stroke, clamp01(hw+0.5-d))
		}
	}
}

// drawMask composites colour c through an alpha mask placed at (x, y).
func drawMask(dst *image.RGBA, m *image.Alpha, x, y int, c color.NRGBA) {
	b := dst.Bounds()
	mb := m.Bounds()
	x0, y0 := max(x, b.Min.X), max(y, b.Min.Y)
	x1, y1 := min(x+mb.Dx(), b.Max.X), min(y+mb.Dy(), b.Max.Y)
	if x0 >= x1 || y0 >= y1 {
		return
	}
	lut := maskLUTFor(c)
	for yy := y0; yy < y1; yy++ {
		mrow := m.Pix[(yy-y)*m.Stride+(x0-x):]
		o := dst.PixOffset(x0, yy)
		pix := dst.Pix[o : o+(x1-x0)*4]
		n := len(pix) / 4
		for i, j := 0, 0; i < n; i, j = i+1, j+4 {
			if i&7 == 0 && i+8 <= n && binary.LittleEndian.Uint64(mrow[i:]) == 0 {
				i, j = i+7, j+28 // eight transparent mask pixels
				continue
			}
			if mv := mrow[i]; mv != 0 {
				b := &lut[mv]
				q := pix[j : j+4 : j+4]
				binary.LittleEndian.PutUint32(q, overPix(binary.LittleEndian.Uint32(q), b.src, b.ia))
			}
		}
	}
}

// maskLUT holds, for each mask value, colour c at that coverage,
// premultiplied and packed, and 255 minus its alpha: what blendAt works
// out per pixel, worked out once per colour.
type maskLUT [256]struct{ src, ia uint32 }

// maskLUTs caches the tables of the few label colours a theme uses.
var maskLUTs struct {
	sync.Mutex
	colors []color.NRGBA
	luts   []*maskLUT
}

func maskLUTFor(c color.NRGBA) *maskLUT {
	maskLUTs.Lock()
	defer maskLUTs.Unlock()
	for i, k := range maskLUTs.colors {
		if k == c {
			return maskLUTs.luts[i]
		}
	}
	lut := new(maskLUT)
	for mv := range lut {
		src, a := packCov(c, uint32(mv))
		lut[mv].src, lut[mv].ia = src, 255-a
	}
	if len(maskLUTs.colors) >= 64 {
		maskLUTs.colors, maskLUTs.luts = maskLUTs.colors[:0], maskLUTs.luts[:0]
	}
	maskLUTs.colors = append(maskLUTs.colors, c)
	maskLUTs.luts = append(maskLUTs.luts, lut)
	return lut
}
