package timeline

import (
	"image/color"
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
