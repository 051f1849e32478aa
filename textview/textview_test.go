package textview

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/assets"
	"zaman/text"
)

// inkColumns returns, for an image, the leftmost and rightmost columns whose
// pixels differ clearly from the background (the top-left pixel) inside r.
func inkColumns(img image.Image, r image.Rectangle) (left, right, n int) {
	bg := color.NRGBAModel.Convert(img.At(r.Min.X, r.Min.Y)).(color.NRGBA)
	left, right = -1, -1
	for x := r.Min.X; x < r.Max.X; x++ {
		for y := r.Min.Y; y < r.Max.Y; y++ {
			c := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
			if diff(c.R, bg.R)+diff(c.G, bg.G)+diff(c.B, bg.B) > 200 {
				if left < 0 {
					left = x
				}
				right = x
				n++
			}
		}
	}
	return left, right, n
}

func diff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}

func savePNG(t *testing.T, path string, img image.Image) {
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestLabelArabicInkOnTheRight(t *testing.T) {
	test.NewTempApp(t)
	l := NewLabel("الأربعاء 2025/06/25")
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(400, 60))
	img := w.Canvas().Capture()
	b := img.Bounds()
	left, right, n := inkColumns(img, b)
	if n == 0 {
		t.Fatal("label drew nothing")
	}
	if right < b.Dx()*3/4 {
		t.Errorf("Arabic label's ink ends at x=%d of %d: not right-aligned", right, b.Dx())
	}
	if left < b.Dx()/4 {
		t.Errorf("Arabic label's ink starts at x=%d: too far left for a short line", left)
	}
	min := l.MinSize()
	if min.Width <= 0 || min.Height <= 0 || min.Width > 400 {
		t.Errorf("MinSize %v", min)
	}
}

func TestLabelLatinOnTheLeftAndTruncated(t *testing.T) {
	test.NewTempApp(t)
	l := NewLabel("Paris Olympics, from 26 July to 11 August 2024, the longest title")
	l.SetTruncate(true)
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(160, 40))
	img := w.Canvas().Capture()
	left, right, n := inkColumns(img, img.Bounds())
	if n == 0 || left > 20 {
		t.Errorf("Latin label ink starts at %d (n=%d)", left, n)
	}
	if right >= img.Bounds().Dx()-2 {
		t.Errorf("truncated text overflows: ink at %d", right)
	}
	if l.MinSize().Width > 100 {
		t.Errorf("truncating label asks for %v", l.MinSize())
	}
}

func TestLabelAsListTemplate(t *testing.T) {
	test.NewTempApp(t)
	rows := []string{"مارس 2025", "The talks on 2025-06-24", "الثلاثاء 24 يونيو"}
	list := widget.NewList(
		func() int { return len(rows) },
		func() fyne.CanvasObject { return NewLabel("template") },
		func(i widget.ListItemID, o fyne.CanvasObject) { o.(*Label).SetText(rows[i]) },
	)
	w := test.NewTempWindow(t, list)
	w.Resize(fyne.NewSize(300, 200))
	if _, _, n := inkColumns(w.Canvas().Capture(), image.Rect(0, 0, 300, 200)); n == 0 {
		t.Error("list rows drew nothing")
	}
}

func newSampleView(t *testing.T) (*View, fyne.Window) {
	test.NewTempApp(t)
	v := New()
	v.SetText(string(assets.MustRead(assets.SamplePath)))
	w := test.NewTempWindow(t, v)
	w.Resize(fyne.NewSize(500, 400))
	return v, w
}

func TestViewTapToRune(t *testing.T) {
	v, _ := newSampleView(t)
	got := -1
	v.OnTapped = func(r int) { got = r }
	// The rune under the tap is the one the layout puts there.
	lay := v.ensureLayout()
	rs := []rune(v.Text())
	for _, i := range []int{0, 5, 120, 300} {
		rect := lay.RuneRects(i, i+1)[0]
		pad := v.padding()
		pos := fyne.NewPos(pad+(rect.X+rect.W/2)/v.layScale, pad+(rect.Y+rect.H/2)/v.layScale)
		test.TapAt(v, pos)
		if got != i {
			t.Errorf("tap on rune %d %q gave %d", i, rs[i], got)
		}
	}
	// The first rune of an Arabic document is at the right end of the
	// first line.
	test.TapAt(v, fyne.NewPos(v.Size().Width-v.padding()-3, v.padding()+5))
	if got != 0 {
		t.Errorf("tap at the top right gave rune %d, want 0", got)
	}
}

func TestViewDragSelection(t *testing.T) {
	v, w := newSampleView(t)
	var start, end int
	v.OnSelected = func(a, b int) { start, end = a, b }
	// Drag right to left along the first line (Arabic: logical order). As
	// with the GLFW driver, the event's position is where the pointer is
	// now and Dragged how far it moved since the press.
	p := v.padding()
	abs := fyne.CurrentApp().Driver().AbsolutePositionForObject(v)
	test.Drag(w.Canvas(), abs.Add(fyne.NewPos(v.Size().Width-152, p+8)), -150, 0)
	if start != 0 || end <= 5 {
		t.Fatalf("selection [%d, %d), want [0, >5)", start, end)
	}
	if a, b := v.Selection(); a != start || b != end {
		t.Errorf("Selection() = %d, %d", a, b)
	}
	sel := string([]rune(v.Text())[start:end])
	if !strings.HasPrefix(sel, "التعاون") {
		t.Errorf("selected %q", sel)
	}
	// A tap clears it.
	test.TapAt(v, fyne.NewPos(10, 10))
	if a, b := v.Selection(); a != b {
		t.Errorf("selection not cleared: %d, %d", a, b)
	}
}

func TestViewScrollToRune(t *testing.T) {
	v, w := newSampleView(t)
	n := len([]rune(v.Text()))
	v.ScrollToRune(n - 10)
	if off := v.r.scroll.Offset.Y; off <= 0 {
		t.Fatalf("offset %v after ScrollToRune(end)", off)
	}
	got := -1
	v.OnTapped = func(r int) { got = r }
	test.TapAt(v, fyne.NewPos(v.Size().Width/2, v.Size().Height/2))
	if got < n-400 {
		t.Errorf("tap in the middle after scrolling to %d gave %d", n-10, got)
	}
	v.SetHighlights([]text.Highlight{{Start: n - 60, End: n - 10, Color: color.NRGBA{255, 200, 0, 255}}})
	savePNG(t, "/tmp/textview-end.png", w.Canvas().Capture())
}

func TestViewCapture(t *testing.T) {
	test.NewTempApp(t)
	v := New()
	doc := "Le Monde, 25 juin 2025\n" + strings.Join(strings.SplitN(string(assets.MustRead(assets.SamplePath)), "\n", 9)[:8], "\n")
	v.SetText(doc)
	v.SetHighlights([]text.Highlight{{Start: 30, End: 45, Color: color.NRGBA{255, 220, 100, 255}}})
	lbl := NewLabel("في 25 يونيو 2025 وقع وزير العدل (Gérald Darmanin) اتفاقا")
	lbl.SetBold(true)
	content := container2(lbl, v)
	w := test.NewTempWindow(t, content)
	w.Resize(fyne.NewSize(520, 420))
	test.Drag(w.Canvas(), fyne.NewPos(380, lbl.MinSize().Height+60), -120, 0)
	img := w.Canvas().Capture()
	savePNG(t, "/tmp/textview.png", img)
	if _, _, n := inkColumns(img, img.Bounds()); n == 0 {
		t.Error("nothing drawn")
	}
}

func TestLabelFollowsTheme(t *testing.T) {
	test.NewTempApp(t)
	l := NewLabel("الأربعاء 2025/06/25")
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(300, 50))
	for _, th := range []fyne.Theme{theme.LightTheme(), theme.DarkTheme()} { //nolint:staticcheck // explicit variants for the test
		test.ApplyTheme(t, th)
		img := w.Canvas().Capture()
		bg := color.GrayModel.Convert(img.At(1, 1)).(color.Gray).Y
		fg := color.GrayModel.Convert(th.Color(theme.ColorNameForeground, theme.VariantLight)).(color.Gray).Y
		// Some pixel of the text must be close to the theme's foreground.
		found := false
		for y := 0; y < img.Bounds().Dy() && !found; y++ {
			for x := 0; x < img.Bounds().Dx(); x++ {
				g := color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y
				if diff(g, fg) < 40 && diff(g, bg) > 80 {
					found = true
					break
				}
			}
		}
		if !found {
			t.Errorf("no text pixel in the foreground colour (bg %d, fg %d)", bg, fg)
		}
	}
}
