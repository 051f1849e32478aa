package timeline

import (
	"fmt"
	"image"
	"testing"
	"time"
)

// BenchmarkFrameMem measures one frame of a 1920×1080 view over an in-memory
// source of timeline.Synthetic items (bursty, unlike the store's): the query
// (bucket counts, then items of the sparse stretches), the layout and the
// raster, at several zoom levels.
func BenchmarkFrameMem(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		src := NewMemSource(Synthetic(n, 1))
		from, to, _ := src.Span()
		img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
		zooms := []struct {
			name string
			from time.Time
			to   time.Time
		}{
			{"all", from, to},
			{"decade", day(2015, 1, 1), day(2025, 1, 1)},
			{"year", day(2024, 1, 1), day(2025, 1, 1)},
			{"month", day(2025, 3, 1), day(2025, 4, 1)},
			{"day", day(2025, 3, 10), day(2025, 3, 11)},
		}
		for _, z := range zooms {
			b.Run(fmt.Sprintf("n=%d/%s", n, z.name), func(b *testing.B) {
				v := View{Start: z.from, End: z.to, Width: 1920, Height: 1080}
				// Warm the label cache: steady-state frames are what users feel.
				items, buckets := fetch(src, v, 1)
				Render(img, BuildScene(items, v, SceneOptions{Buckets: buckets}))
				b.ReportAllocs()
				for b.Loop() {
					items, buckets := fetch(src, v, 1)
					s := BuildScene(items, v, SceneOptions{Buckets: buckets})
					Render(img, s)
				}
			})
		}
	}
}
