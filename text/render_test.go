package text

import (
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"strings"
	"testing"

	"zaman/assets"
)

// renderLayout draws l on a white image with a margin.
func renderLayout(l *Layout, hs []Highlight) *image.RGBA {
	w, h := l.Size()
	img := image.NewRGBA(image.Rect(0, 0, int(w)+20, int(h)+20))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	l.DrawHighlights(img, 10, 10, hs)
	l.Draw(img, 10, 10, color.Black)
	return img
}

func savePNG(t testing.TB, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

// TestRenderSample renders the start of the sample article, plus mixed
// lines, to /tmp/text-sample.png for a person to look at.
func TestRenderSample(t *testing.T) {
	sample := string(assets.MustRead(assets.SamplePath))
	paras := strings.SplitN(sample, "\n", 8)
	doc := strings.Join(paras[:7], "\n") + "\n" +
		"في 25 يونيو 2025 وقع وزير العدل (Gérald Darmanin) اتفاقا مع نظيره.\n" +
		"The talks (المباحثات) ended on 2025/06/25, said Le Monde.\n"
	l := New(doc, Options{Size: 18, Width: 700})
	img := renderLayout(l, []Highlight{{Start: 3, End: 10, Color: color.RGBA{255, 230, 120, 255}}})
	savePNG(t, "/tmp/text-sample.png", img)
}
