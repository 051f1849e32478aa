package timeline

import (
	"bytes"
	"image"
	"image/color"
	"math"
	"math/rand"
	"testing"
)

// TestBlendSpan checks the two-channels-at-once blend against the
// per-channel one, to within rounding.
func TestBlendSpan(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		c := color.NRGBA{uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256))}
		cov := uint32(r.Intn(256))
		var dst [4]uint8
		for i := range dst {
			dst[i] = uint8(r.Intn(256))
		}
		dst[0], dst[1], dst[2] = min(dst[0], dst[3]), min(dst[1], dst[3]), min(dst[2], dst[3]) // premultiplied
		got := dst
		blendSpan(got[:], c, cov)
		// The straightforward per-channel blend.
		a := uint32(c.A) * cov / 255
		ia := 255 - a
		want := [4]uint32{
			uint32(c.R)*a/255 + uint32(dst[0])*ia/255,
			uint32(c.G)*a/255 + uint32(dst[1])*ia/255,
			uint32(c.B)*a/255 + uint32(dst[2])*ia/255,
			a + uint32(dst[3])*ia/255,
		}
		for i := range got {
			if d := int(got[i]) - int(want[i]); d > 1 || d < -1 {
				t.Fatalf("blend %v cov %d over %v = %v, want %v", c, cov, dst, got, want)
			}
		}
	}
}

// TestBlendSpanWide checks that a span blended two pixels at a time equals
// the same pixels blended one by one.
func TestBlendSpanWide(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	for range 2000 {
		c := color.NRGBA{uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256))}
		cov := uint32(r.Intn(256))
		n := 1 + r.Intn(9)
		span := make([]uint8, 4*n)
		for i := 0; i < len(span); i += 4 {
			a := uint8(r.Intn(256))
			span[i], span[i+1], span[i+2], span[i+3] = uint8(r.Intn(int(a)+1)), uint8(r.Intn(int(a)+1)), uint8(r.Intn(int(a)+1)), a
		}
		one := append([]uint8(nil), span...)
		for i := 0; i < len(one); i += 4 {
			blendSpan(one[i:i+4], c, cov)
		}
		blendSpan(span, c, cov)
		for i := range span {
			if span[i] != one[i] {
				t.Fatalf("blend %v cov %d over %d pixels: byte %d = %d, want %d", c, cov, n, i, span[i], one[i])
			}
		}
	}
}

// refCoverage is the coverage drawRect's general path gives a pixel centre
// (px, py) for an unstroked box with radius r and feathered ends soft.
func refCoverage(p *Prim, px, py float32) float32 {
	r := min(p.Radius, p.W/2, p.H/2)
	cx, cy := p.X+p.W/2, p.Y+p.H/2
	qx, qy := abs32(px-cx)-(p.W/2-r), abs32(py-cy)-(p.H/2-r)
	cov := clamp01(0.5 - (sdBox(qx, qy) - r))
	if p.Soft > 0 {
		cov *= clamp01(min(px-p.X, p.X+p.W-px) / p.Soft)
	}
	return cov
}

// TestFastShapesMatchReference draws random bands (feathered boxes),
// plain boxes and circles with the fast paths and compares each pixel
// with a per-pixel reference (the general signed-distance coverage; the
// covered area for plain boxes), blended the same way: the fast paths may
// only skip work, not change pixels (one level of rounding allowed).
func TestFastShapesMatchReference(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	bg := color.NRGBA{0xfa, 0xf8, 0xf2, 0xff}
	for n := range 400 {
		c := color.NRGBA{uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(r.Intn(256)), uint8(1 + r.Intn(255))}
		p := Prim{Kind: PrimRect, X: r.Float32()*60 - 10, Y: r.Float32()*30 - 5, W: r.Float32() * 70, H: r.Float32() * 25, Fill: c}
		circle := n%3 == 2
		if circle {
			p = Prim{Kind: PrimCircle, X: r.Float32() * 60, Y: r.Float32() * 30, W: 1 + r.Float32()*8, Fill: c}
			if r.Intn(2) == 0 {
				p.Stroke, p.StrokeW = color.NRGBA{0x20, 0x40, 0x80, 0xff}, 1+r.Float32()*2
			}
		} else if n%3 == 1 {
			p.Soft = min(p.W/4, r.Float32()*14)
		}
		got := image.NewRGBA(image.Rect(0, 0, 64, 32))
		want := image.NewRGBA(got.Rect)
		fillAll(got, bg)
		fillAll(want, bg)
		paintScene(got, &Scene{Prims: []Prim{p}})
		for y := range 32 {
			for x := range 64 {
				px, py := float32(x)+0.5, float32(y)+0.5
				if circle {
					d := float32(math.Sqrt(float64((px-p.X)*(px-p.X)+(py-p.Y)*(py-p.Y)))) - p.W
					blendPix(want, x, y, p.Fill, clamp01(0.5-d))
					if p.StrokeW > 0 {
						blendPix(want, x, y, p.Stroke, clamp01(p.StrokeW/2+0.5-abs32(d)))
					}
				} else if p.W > 0 && p.H > 0 && p.Soft == 0 {
					// A plain box: the area of the pixel it covers.
					fx, fy := float32(x), float32(y)
					cov := clamp01(min(fx+1, p.X+p.W)-max(fx, p.X)) * clamp01(min(fy+1, p.Y+p.H)-max(fy, p.Y))
					blendPix(want, x, y, p.Fill, cov)
				} else if p.W > 0 && p.H > 0 {
					blendPix(want, x, y, p.Fill, refCoverage(&p, px, py))
				}
			}
		}
		for i := range got.Pix {
			if d := int(got.Pix[i]) - int(want.Pix[i]); d < -1 || d > 1 {
				t.Fatalf("shape %d %+v: pixel (%d,%d) channel %d is %d, the reference %d",
					n, p, i/4%64, i/4/64, i%4, got.Pix[i], want.Pix[i])
			}
		}
	}
}

// TestRenderStripsMatchOnePass checks that the parallel strips paint what
// one pass over the whole image paints.
func TestRenderStripsMatchOnePass(t *testing.T) {
	v := View{Start: day(2024, 1, 1), End: day(2025, 8, 1), Width: 900, Height: 700}
	s := BuildScene(sampleItems(), v, SceneOptions{})
	got := image.NewRGBA(image.Rect(0, 0, 900, 700))
	Render(got, s)
	want := image.NewRGBA(got.Rect)
	fillAll(want, s.Background)
	paintScene(want, s)
	if !bytes.Equal(got.Pix, want.Pix) {
		t.Error("the strips differ from one pass")
	}
}

// TestShapesStayInside draws random bands, boxes and circles that cross
// the edges of a sub-image (fractional positions, feathers wider than the
// band) and checks that no pixel outside it changes.
func TestShapesStayInside(t *testing.T) {
	r := rand.New(rand.NewSource(11))
	for n := range 2000 {
		whole := image.NewRGBA(image.Rect(0, 0, 80, 40))
		fillAll(whole, color.NRGBA{1, 2, 3, 255})
		before := bytes.Clone(whole.Pix)
		in := image.Rect(10, 8, 70, 32)
		sub := whole.SubImage(in).(*image.RGBA)
		p := Prim{Kind: PrimRect, X: 10 + r.Float32()*70 - 10, Y: 8 + r.Float32()*30 - 6,
			W: r.Float32() * 80, H: r.Float32() * 6, Fill: color.NRGBA{200, 10, 10, uint8(1 + r.Intn(255))}}
		switch n % 4 {
		case 0, 1:
			p.Soft = r.Float32() * 20 // may exceed the width
		case 2:
			p = Prim{Kind: PrimCircle, X: 10 + r.Float32()*70 - 5, Y: 8 + r.Float32()*30 - 5, W: 1 + r.Float32()*8,
				Fill: p.Fill, Stroke: color.NRGBA{0, 0, 200, 255}, StrokeW: 2}
		}
		Render(sub, &Scene{Prims: []Prim{p}})
		for y := range 40 {
			for x := range 80 {
				if image.Pt(x, y).In(in) {
					continue
				}
				if o := whole.PixOffset(x, y); !bytes.Equal(whole.Pix[o:o+4], before[o:o+4]) {
					t.Fatalf("shape %d %+v changed pixel (%d,%d) outside %v", n, p, x, y, in)
				}
			}
		}
	}
}
