package timeline

import (
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"strings"
	"testing"
)

func TestMonthPrecisionIsBandOverMonth(t *testing.T) {
	it := Item{ID: 1, Start: day(2025, 3, 1), End: day(2025, 4, 1), Precision: PrecMonth, Label: "الإعلان المشترك", Status: StatusAccepted}
	v := View{Start: day(2025, 1, 1), End: day(2025, 7, 1), Width: 900, Height: 240}
	s := BuildScene([]Item{it}, v, SceneOptions{})
	x0, x1 := float32(s.Scale.X(it.Start)), float32(s.Scale.X(it.End))
	band := false
	for _, p := range s.Prims {
		if p.Kind == PrimCircle {
			t.Errorf("month-precision item drawn with a point marker at x=%v", p.X)
		}
		if p.Kind == PrimRect && p.Soft > 0 && near(p.X, x0) && near(p.X+p.W, x1) && p.Y >= 50 {
			band = true
		}
	}
	if !band {
		t.Errorf("no soft band over [%v, %v)", x0, x1)
	}
	h, ok := s.Find(1)
	if !ok || h.X0 > x0+1 {
		t.Errorf("hit region %+v does not start at the month (%v)", h, x0)
	}
}

func TestMarks(t *testing.T) {
	for _, c := range []struct {
		name string
		it   Item
		want Mark
	}{
		{"day", Item{Start: day(2025, 6, 24), End: day(2025, 6, 25), Precision: PrecDay}, MarkPoint},
		{"range", Item{Start: day(2024, 7, 26), End: day(2024, 8, 12), Precision: PrecDay}, MarkBar},
		{"month", Item{Start: day(2025, 3, 1), End: day(2025, 4, 1), Precision: PrecMonth}, MarkBand},
		{"year", Item{Start: day(2025, 1, 1), End: day(2026, 1, 1), Precision: PrecYear}, MarkBand},
		{"hour", Item{Start: day(2025, 1, 1), End: day(2025, 1, 1).Add(3600e9), Precision: PrecHour}, MarkPoint},
	} {
		if got := MarkOf(c.it); got != c.want {
			t.Errorf("%s: MarkOf = %v, want %v", c.name, got, c.want)
		}
	}
}

func TestSceneStatusSelectionSources(t *testing.T) {
	items := sampleItems()
	v := View{Start: day(2025, 6, 20), End: day(2025, 6, 28), Width: 900, Height: 240}
	s := BuildScene(items, v, SceneOptions{Selected: 4})
	var hollow, filled, ring bool
	for _, p := range s.Prims {
		if p.Kind != PrimCircle {
			continue
		}
		if p.Fill == s.Background && p.W > 3 {
			hollow = true // the auto/edited marks
		}
		if p.Fill.A == 255 && p.Fill != s.Background {
			filled = true
		}
		if p.Fill.A == 0 && p.Stroke == LightTheme().Selection {
			ring = true
		}
	}
	if !filled || !ring {
		t.Errorf("filled=%v ring=%v", filled, ring)
	}
	_ = hollow
	badge := false
	for _, tr := range s.Texts {
		if tr.S == "3" {
			badge = true
		}
	}
	if !badge {
		t.Error("no source-count badge for the item with 3 sources")
	}
}

func TestDenseBecomesClusters(t *testing.T) {
	items := Synthetic(20000, 3)
	v := View{Start: day(1990, 1, 1), End: day(2030, 1, 1), Width: 900, Height: 300}
	s := BuildScene(items, v, SceneOptions{})
	total, n := 0, 0
	for _, h := range s.Hits {
		if h.Cluster {
			total += h.Count
			n++
		}
	}
	if n == 0 || total < 5000 {
		t.Errorf("%d clusters holding %d items", n, total)
	}
	if len(s.Texts) > 400 {
		t.Errorf("%d text runs: cluttered", len(s.Texts))
	}
}

func TestLabelsDoNotOverlap(t *testing.T) {
	items := Synthetic(3000, 5)
	v := View{Start: day(2024, 1, 1), End: day(2025, 1, 1), Width: 1200, Height: 500}
	s := BuildScene(items, v, SceneOptions{})
	var boxes [][4]float32
	for _, tr := range s.Texts {
		if tr.Y < 56 { // axis labels
			continue
		}
		boxes = append(boxes, [4]float32{tr.X, tr.Y, tr.X + tr.W, tr.Y + tr.H})
	}
	for i := range boxes {
		for j := i + 1; j < len(boxes); j++ {
			a, b := boxes[i], boxes[j]
			if a[0] < b[2]-1 && b[0] < a[2]-1 && a[1] < b[3]-1 && b[1] < a[3]-1 {
				t.Fatalf("labels overlap: %v %v", a, b)
			}
		}
	}
}

func TestWriteSVG(t *testing.T) {
	v := View{Start: day(2024, 5, 1), End: day(2025, 8, 1), Width: 900, Height: 260}
	s := BuildScene(sampleItems(), v, SceneOptions{Selected: 4})
	var buf bytes.Buffer
	if err := WriteSVG(&buf, s); err != nil {
		t.Fatal(err)
	}
	d := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	rtl, texts := 0, 0
	var all strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("invalid XML: %v", err)
		}
		switch e := tok.(type) {
		case xml.StartElement:
			if e.Name.Local == "text" {
				texts++
				for _, a := range e.Attr {
					if a.Name.Local == "direction" && a.Value == "rtl" {
						rtl++
					}
				}
			}
		case xml.CharData:
			all.Write(e)
		}
	}
	if texts == 0 || rtl == 0 {
		t.Errorf("%d <text>, %d rtl", texts, rtl)
	}
	if !strings.Contains(all.String(), "توقيع خطة العمل المشتركة") {
		t.Error("Arabic title missing from the SVG text")
	}
}

func near(a, b float32) bool { return math.Abs(float64(a-b)) < 1.5 }

// TestViewThreshold: a view whose sparse buckets hold more items than it
// has room for clusters its densest buckets sooner; one with room keeps
// ClusterThreshold.
func TestViewThreshold(t *testing.T) {
	v := View{Width: 1920, Height: 1080}
	n := BucketCount(v.Width, 1)
	even := func(c int) []int {
		b := make([]int, n)
		for i := range b {
			b[i] = c
		}
		return b
	}
	crowded := even(4)
	for i := 0; i < n; i += 3 {
		crowded[i] = 8 // 160 buckets, about 850 items: more than the room
	}
	tests := []struct {
		name   string
		counts []int
		want   int
	}{
		{"room for all", even(2), ClusterThreshold(v, 1)},
		{"crowded", crowded, 7},
		{"uniformly crowded: all clusters", even(9), 8},
		{"too sparse to cluster", even(3), minThreshold},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := viewThreshold(tt.counts, v, 1)
			if got != tt.want {
				t.Errorf("threshold %d, want %d", got, tt.want)
			}
			if got > minThreshold && got < ClusterThreshold(v, 1) && sparseCount(tt.counts, got) > drawRoom(v, 1) {
				t.Errorf("%d items left outside clusters, room for %d", sparseCount(tt.counts, got), drawRoom(v, 1))
			}
		})
	}
}
