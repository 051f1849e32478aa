package timeline

import (
	"image"
	"image/color"
	"sync"

	"zaman/text"
)

// maskKey identifies a rasterised label.
type maskKey struct {
	s    string
	size float32
	maxW float32
}

// mask is a label laid out by package text and rasterised once.
type mask struct {
	lay  *text.Layout
	img  *image.Alpha // coverage, pad pixels of margin on the left
	w, h float32      // size of the layout
	// The laid-out text and its direction, kept because every frame's
	// TextRuns carry them and Layout.Text builds a new string each call.
	s   string
	rtl bool
}

const maskPad = 2

// maskCache lays out and rasterises each (string, size, max width) once into
// an alpha mask, so a frame only composites masks: shaping and glyph
// rasterisation stay off the hot path. Safe for concurrent use.
type maskCache struct {
	mu  sync.Mutex
	m   map[maskKey]*mask
	max int
}

func newMaskCache(max int) *maskCache {
	return &maskCache{m: make(map[maskKey]*mask), max: max}
}

// get returns the label s at size, cut with an ellipsis to at most maxW
// pixels when maxW > 0.
func (c *maskCache) get(s string, size, maxW float32) *mask {
	k := maskKey{s, size, maxW}
	c.mu.Lock()
	mk, ok := c.m[k]
	c.mu.Unlock()
	if ok {
		return mk
	}
	lay := text.Lay(s, text.Options{Size: size})
	w, h := lay.Size()
	if maxW > 0 && w > maxW {
		lay = text.Lay(s, text.Options{Size: size, Width: maxW, MaxLines: 1})
		w, h = lay.Size()
	}
	img := image.NewAlpha(image.Rect(0, 0, int(w+0.999)+2*maskPad, max(int(h+0.999), 1)))
	rgba := image.NewRGBA(img.Rect)
	lay.Draw(rgba, maskPad, 0, color.White)
	for i := range img.Pix {
		img.Pix[i] = rgba.Pix[i*4+3]
	}
	mk = &mask{lay: lay, img: img, w: w, h: h, s: lay.Text()}
	mk.rtl = isRTL(mk.s)
	c.mu.Lock()
	if len(c.m) >= c.max {
		clear(c.m)
	}
	c.m[k] = mk
	c.mu.Unlock()
	return mk
}

// Measure returns the size of s at size, cached.
func (c *maskCache) Measure(s string, size float32) (w, h float32) {
	mk := c.get(s, size, 0)
	return mk.w, mk.h
}

var (
	labelsOnce sync.Once
	labelCache *maskCache
)

// defaultLabels is the shared label cache.
func defaultLabels() *maskCache {
	labelsOnce.Do(func() { labelCache = newMaskCache(1 << 14) })
	return labelCache
}

// isRTL reports whether the paragraph direction of s is right-to-left.
func isRTL(s string) bool { return text.ParagraphDirection(s) == text.RTL }
