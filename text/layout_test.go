package text

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"
	"testing"

	"zaman/assets"
)

// rev reverses a string rune by rune: the visual order of an RTL run.
func rev(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

// visual returns the text of every line as shown, left to right.
func visual(l *Layout) []string {
	var out []string
	for li := range l.lines {
		var sb strings.Builder
		for _, it := range l.lines[li].items {
			s := "…"
			if it.start < it.end {
				s = string(l.runes[it.start:it.end])
			}
			if it.level%2 == 1 {
				s = rev(s)
			}
			sb.WriteString(s)
		}
		out = append(out, sb.String())
	}
	return out
}

var visualCases = []struct {
	name string
	in   string
	dir  Direction
	want []string
}{
	{"latin", "Hello world", Auto, []string{"Hello world"}},
	{"arabic", "مرحبا بالعالم", Auto, []string{rev("مرحبا بالعالم")}},
	{"arabic date in numbers", "في 25 يونيو 2025 وقع", Auto,
		[]string{rev("وقع") + " 2025 " + rev("يونيو") + " 25 " + rev("في")}},
	{"dateline", "الأربعاء 2025/06/25", Auto, []string{"2025/06/25 " + rev("الأربعاء")}},
	{"latin in arabic", "قال John Smith 3 times اليوم", Auto,
		[]string{rev("اليوم") + " John Smith 3 times " + rev("قال")}},
	{"arabic with digits in latin (levels 0,1,2)", "Hello مرحبا 123 world", Auto,
		[]string{"Hello 123 " + rev("مرحبا") + " world"}},
	{"forced rtl", "abc def", RTL, []string{"abc def"}},
	{"forced ltr arabic", "في 25", LTR, []string{"25 " + rev("في")}},
	{"brackets", "قال (نعم) أمس", Auto, []string{rev("قال (نعم) أمس")}},
	{"trailing spaces L1", "abc مرحبا  ", Auto, []string{"abc " + rev("مرحبا") + "  "}},
	{"paragraphs", "Le Monde\nفي 2025\n2025/06/25", Auto,
		[]string{"Le Monde", "2025 " + rev("في"), "2025/06/25"}},
	{"crlf", "a\r\nب", Auto, []string{"a", "ب"}},
	{"empty", "", Auto, []string{""}},
	{"isolates", "قال \u2066Hello 5\u2069 اليوم", Auto,
		[]string{rev("اليوم") + " \u2069Hello 5\u2066 " + rev("قال")}}, // the isolate marks are at level 1
}

func TestVisualOrder(t *testing.T) {
	for _, tc := range visualCases {
		t.Run(tc.name, func(t *testing.T) {
			l := New(tc.in, Options{Dir: tc.dir})
			got := visual(l)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d lines %q, want %q", len(got), got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("line %d:\n got  %q\n want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestAlignmentFollowsDirection(t *testing.T) {
	l := New("English line\nسطر عربي\n2025/06/25", Options{Width: 400})
	rects := func(i int) Rect {
		s, e := l.LineRange(i)
		rs := l.RuneRects(s, e)
		return rs[0]
	}
	if r := rects(0); r.X != 0 {
		t.Errorf("latin line starts at %v, want 0", r.X)
	}
	for _, i := range []int{1, 2} { // the bare date follows the Arabic line
		s, e := l.LineRange(i)
		var right float32
		for _, r := range l.RuneRects(s, e) {
			right = max(right, r.X+r.W)
		}
		if math.Abs(float64(right-400)) > 0.01 {
			t.Errorf("line %d ends at %v, want 400 (right-aligned)", i, right)
		}
	}
	c := New("سطر", Options{Width: 400, Align: AlignLeft})
	if r := c.RuneRects(0, 3); r[0].X != 0 {
		t.Errorf("AlignLeft: x = %v", r[0].X)
	}
}

func TestMirroredBrackets(t *testing.T) {
	l := New("قال (نعم)", Options{})
	loadFonts()
	open, _ := fontSet.fonts[faceLatin].NominalGlyph('(')
	close, _ := fontSet.fonts[faceLatin].NominalGlyph(')')
	// In the RTL run the opening bracket is drawn on the right of "نعم"
	// with the glyph of ')'.
	for _, pr := range l.Glyphs() {
		for _, g := range pr.Glyphs {
			if g.Cluster == 4 { // logical '('
				if g.ID != close || !pr.RTL {
					t.Errorf("'(' drawn with glyph %d (rtl %v), want mirrored %d", g.ID, pr.RTL, close)
				}
				if g.ID == open {
					t.Error("'(' not mirrored")
				}
			}
		}
	}
	r4, r8 := l.RuneRects(4, 5)[0], l.RuneRects(8, 9)[0]
	if r4.X < r8.X {
		t.Errorf("logical '(' at x=%v is left of ')' at %v in RTL text", r4.X, r8.X)
	}
}

func TestFaceSelection(t *testing.T) {
	l := New("قال: «نعم»؟ (2025) – 50%", Options{})
	for _, pr := range l.Glyphs() {
		for _, g := range pr.Glyphs {
			if g.ID == 0 {
				t.Errorf("tofu in run %q (%s)", pr.Text, pr.Face)
			}
		}
		for _, r := range pr.Text {
			if isArabic(r) && pr.Face != "Noto Sans Arabic" {
				t.Errorf("Arabic %q in %s", r, pr.Face)
			}
		}
	}
}

func TestHitTestRoundTrip(t *testing.T) {
	for _, tc := range visualCases {
		t.Run(tc.name, func(t *testing.T) {
			l := New(tc.in, Options{Size: 16, Width: 120})
			for i := 0; i < l.Len(); i++ {
				if isParagraphSeparator(l.runes[i]) || l.boxes[i].line < 0 {
					continue
				}
				rs := l.RuneRects(i, i+1)
				if len(rs) != 1 {
					t.Fatalf("rune %d: %d rects", i, len(rs))
				}
				r := rs[0]
				if r.W == 0 {
					continue // zero-width (format characters)
				}
				if got := l.HitTest(r.X+r.W/2, r.Y+r.H/2); got != i {
					t.Errorf("HitTest(centre of rune %d %q) = %d", i, l.runes[i], got)
				}
				// Leading half gives the caret before, trailing after.
				lead, trail := r.X+r.W*0.1, r.X+r.W*0.9
				if l.boxes[i].rtl {
					lead, trail = trail, lead
				}
				if c := l.Caret(lead, r.Y+1); c != i {
					t.Errorf("Caret(leading half of %d) = %d", i, c)
				}
				if c := l.Caret(trail, r.Y+1); c != i+1 {
					t.Errorf("Caret(trailing half of %d) = %d", i, c)
				}
			}
		})
	}
}

func TestRuneRectsSplitByDirection(t *testing.T) {
	s := "Hello مرحبا world"
	l := New(s, Options{})
	// "lo مر": the Latin part on the left, the first Arabic letters at the
	// right end of the Arabic word, with the rest of that word in between.
	rs := l.RuneRects(3, 8)
	if len(rs) != 2 {
		t.Fatalf("got %d rects %v, want 2", len(rs), rs)
	}
	word := l.RuneRects(6, 11)
	if len(word) != 1 {
		t.Fatalf("Arabic word: %d rects", len(word))
	}
	if right := rs[1].X + rs[1].W; math.Abs(float64(right-(word[0].X+word[0].W))) > 0.01 {
		t.Errorf("first Arabic letters end at %v, word ends at %v", right, word[0].X+word[0].W)
	}
	if len(l.RuneRects(0, len([]rune(s)))) != 1 {
		t.Error("whole line should be one box")
	}
}

func TestWrap(t *testing.T) {
	sample := string(assets.MustRead(assets.SamplePath))
	for _, width := range []float32{80, 200, 500} {
		l := New(sample, Options{Size: 14, Width: width})
		prevEnd := 0
		for i := range l.lines {
			ln := &l.lines[i]
			if ln.start != prevEnd && !isParagraphSeparator(l.runes[prevEnd]) {
				t.Fatalf("width %v: line %d starts at %d, previous ended at %d", width, i, ln.start, prevEnd)
			}
			prevEnd = ln.end
			if w := ln.contentWidth(l); w > width+0.01 && ln.end-ln.start > 1 {
				t.Errorf("width %v: line %d is %v wide: %q", width, i, w, string(l.runes[ln.start:ln.end]))
			}
			if ln.rtl && ln.start < ln.end {
				c0, c1 := ln.contentExtent(l)
				if r := c1 + ln.dx; math.Abs(float64(r-width)) > 0.01 {
					t.Errorf("width %v: RTL line %d ends at %v (c0 %v)", width, i, r, c0)
				}
			}
		}
		if prevEnd != len(l.runes) {
			t.Errorf("width %v: text ends at %d of %d", width, prevEnd, len(l.runes))
		}
		if _, h := l.Size(); h != float32(len(l.lines))*l.lineH {
			t.Errorf("height %v", h)
		}
	}
}

func TestWrapLongWord(t *testing.T) {
	l := New("abcdefghijklmnopqrstuvwxyz", Options{Width: 40})
	if l.Lines() < 3 {
		t.Fatalf("%d lines", l.Lines())
	}
	for i := range l.lines {
		if w := l.lines[i].width; w > 40 {
			t.Errorf("line %d width %v", i, w)
		}
	}
}

func TestMaxLinesEllipsis(t *testing.T) {
	sample := string(assets.MustRead(assets.SamplePath))
	l := New(sample, Options{Width: 300, MaxLines: 1})
	if l.Lines() != 1 || !l.Truncated() {
		t.Fatalf("lines %d truncated %v", l.Lines(), l.Truncated())
	}
	v := visual(l)[0]
	if !strings.HasPrefix(v, "…") {
		t.Errorf("Arabic line should start (visually, on the left) with the ellipsis: %q", v)
	}
	if w := l.lines[0].width; w > 300 {
		t.Errorf("width %v", w)
	}
	e := New("A long English title that will not fit", Options{Width: 120, MaxLines: 1})
	if v := visual(e)[0]; !strings.HasSuffix(v, "…") {
		t.Errorf("%q", v)
	}
	n := New("short", Options{Width: 120, MaxLines: 1})
	if n.Truncated() || strings.Contains(visual(n)[0], "…") {
		t.Error("short text truncated")
	}
	two := New("one\ntwo\nthree", Options{MaxLines: 2})
	if got := visual(two); len(got) != 2 || got[1] != "two…" {
		t.Errorf("%q", got)
	}
}

func TestReorder(t *testing.T) {
	cases := []struct {
		levels []levelT
		want   []int
	}{
		{[]levelT{0, 0, 0}, []int{0, 1, 2}},
		{[]levelT{1, 1, 1}, []int{2, 1, 0}},
		{[]levelT{0, 1, 1, 0}, []int{0, 2, 1, 3}},
		{[]levelT{1, 2, 2, 1}, []int{3, 1, 2, 0}},
		{[]levelT{0, 1, 2, 2, 1, 0}, []int{0, 4, 2, 3, 1, 5}},
		{[]levelT{1, 2, 0}, []int{1, 0, 2}},
	}
	for _, c := range cases {
		if got := Reorder(c.levels); !equalInts(got, c.want) {
			t.Errorf("Reorder(%v) = %v, want %v", c.levels, got, c.want)
		}
	}
}

func TestParagraphDirection(t *testing.T) {
	cases := map[string]Direction{
		"":                        Auto,
		"2025/06/25":              Auto,
		"في 2025":                 RTL,
		"2025 Paris":              LTR,
		"\u2067Paris\u2069 باريس": RTL,
		"«مرحبا» hello":           RTL,
	}
	for s, want := range cases {
		if got := ParagraphDirection(s); got != want {
			t.Errorf("ParagraphDirection(%q) = %v, want %v", s, got, want)
		}
	}
}

// ink returns the number of dark pixels of img inside r.
func ink(img *image.RGBA, r image.Rectangle) int {
	n := 0
	r = r.Intersect(img.Bounds())
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := img.RGBAAt(x, y); c.R < 128 {
				n++
			}
		}
	}
	return n
}

func rectOf(rc Rect, dx, dy float32) image.Rectangle {
	return image.Rect(int(rc.X+dx), int(rc.Y+dy), int(math.Ceil(float64(rc.X+rc.W+dx))), int(math.Ceil(float64(rc.Y+rc.H+dy))))
}

func TestRasterArabicRTL(t *testing.T) {
	l := New("سلام", Options{Size: 32})
	img := renderLayout(l, nil)
	if ink(img, img.Bounds()) == 0 {
		t.Fatal("no ink")
	}
	first, last := l.RuneRects(0, 1)[0], l.RuneRects(3, 4)[0]
	if first.X <= last.X {
		t.Fatalf("first letter at x=%v, last at %v: not right to left", first.X, last.X)
	}
	// Ink in the right-hand part where the first letter (seen) is, and
	// the image's right half has at least as much ink as a lone "س" has.
	if ink(img, rectOf(first, 10, 10)) == 0 {
		t.Error("no ink where the first letter is")
	}
	alone := renderLayout(New("س", Options{Size: 32}), nil)
	w := img.Bounds().Dx()
	right := image.Rect(w/2, 0, w, img.Bounds().Dy())
	if ink(img, right) < ink(alone, alone.Bounds())/2 {
		t.Errorf("right half has %d ink, lone letter %d", ink(img, right), ink(alone, alone.Bounds()))
	}
}

func TestRasterDateline(t *testing.T) {
	l := New("الأربعاء 2025/06/25", Options{Size: 24})
	img := renderLayout(l, nil)
	word, date := l.RuneRects(0, 8)[0], l.RuneRects(9, 19)[0]
	if date.X >= word.X {
		t.Fatalf("date at %v is not left of the weekday at %v", date.X, word.X)
	}
	if ink(img, rectOf(word, 10, 10)) == 0 || ink(img, rectOf(date, 10, 10)) == 0 {
		t.Error("missing ink")
	}
}

func TestHighlightsUnderText(t *testing.T) {
	l := New("abc مرحبا", Options{Size: 20})
	yellow := color.RGBA{255, 255, 0, 255}
	img := renderLayout(l, []Highlight{{Start: 4, End: 9, Color: yellow}})
	r := rectOf(l.RuneRects(4, 9)[0], 10, 10)
	yellowPx := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if img.RGBAAt(x, y) == yellow {
				yellowPx++
			}
		}
	}
	if yellowPx < r.Dx()*r.Dy()/2 {
		t.Errorf("highlight covers %d of %d pixels", yellowPx, r.Dx()*r.Dy())
	}
	if ink(img, r) == 0 {
		t.Error("text not drawn over the highlight")
	}
}

func TestDrawClipsToVisibleLines(t *testing.T) {
	sample := string(assets.MustRead(assets.SamplePath))
	l := New(sample, Options{Width: 400})
	img := image.NewRGBA(image.Rect(0, 0, 400, 60))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	l.Draw(img, 0, -300, color.Black) // a window in the middle
	if ink(img, img.Bounds()) == 0 {
		t.Error("no ink in the window")
	}
}

func TestLayCacheAndConcurrency(t *testing.T) {
	sample := string(assets.MustRead(assets.SamplePath))
	a := Lay("cache me", Options{})
	if b := Lay("cache me", Options{}); a != b {
		t.Error("Lay did not reuse the cached layout")
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			l := New(sample, Options{Width: float32(200 + 10*g)})
			img := image.NewRGBA(image.Rect(0, 0, 300, 200))
			l.Draw(img, 0, 0, color.Black)
			_ = Lay(sample[:100*(g+1)], Options{})
		}(g)
	}
	wg.Wait()
}

func FuzzLayout(f *testing.F) {
	for _, tc := range visualCases {
		f.Add(tc.in, float32(60))
	}
	f.Fuzz(func(t *testing.T, s string, width float32) {
		if width < 0 || width > 1e4 || width != width {
			return
		}
		l := New(s, Options{Width: width, MaxLines: 5})
		w, h := l.Size()
		if w < 0 || h <= 0 {
			t.Fatalf("size %v %v", w, h)
		}
		if i := l.HitTest(w/2, h/2); i < 0 || i > l.Len() {
			t.Fatalf("HitTest = %d", i)
		}
		_ = l.RuneRects(0, l.Len())
		_ = l.CaretRect(l.Len())
		img := image.NewRGBA(image.Rect(0, 0, 50, 50))
		l.Draw(img, 0, 0, color.Black)
	})
}

func BenchmarkLayParagraph(b *testing.B) {
	sample := string(assets.MustRead(assets.SamplePath))
	paras := strings.Split(sample, "\n\n")
	p := paras[3]
	b.ReportAllocs()
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		New(p, Options{Size: 14, Width: 500})
	}
}

func BenchmarkLayDocument(b *testing.B) {
	sample := string(assets.MustRead(assets.SamplePath))
	b.ReportAllocs()
	b.SetBytes(int64(len(sample)))
	for b.Loop() {
		New(sample, Options{Size: 14, Width: 500})
	}
}

func BenchmarkDrawParagraph(b *testing.B) {
	sample := string(assets.MustRead(assets.SamplePath))
	p := strings.Split(sample, "\n\n")[3]
	l := New(p, Options{Size: 14, Width: 500})
	w, h := l.Size()
	img := image.NewRGBA(image.Rect(0, 0, int(w), int(h)))
	b.ReportAllocs()
	for b.Loop() {
		l.Draw(img, 0, 0, color.Black)
	}
}
