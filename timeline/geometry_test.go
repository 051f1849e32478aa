package timeline

import (
	"math"
	"math/rand"
	"strings"
	"testing"
	"time"
)

func TestScaleRoundTrip(t *testing.T) {
	for _, tc := range []struct {
		name     string
		from, to time.Time
	}{
		{"minutes", time.Date(2025, 6, 24, 14, 0, 0, 0, time.UTC), time.Date(2025, 6, 24, 14, 5, 0, 0, time.UTC)},
		{"years", day(1990, 1, 1), day(2030, 1, 1)},
		{"bce", time.Date(-4999, 1, 1, 0, 0, 0, 0, time.UTC), day(1, 1, 1)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := NewScale(tc.from, tc.to, 1000)
			if x := s.X(tc.from); math.Abs(x) > 1e-6 {
				t.Errorf("X(from) = %v, want 0", x)
			}
			if x := s.X(tc.to); math.Abs(x-1000) > 1e-6 {
				t.Errorf("X(to) = %v, want 1000", x)
			}
			mid := s.Time(500)
			want := FromSeconds((Seconds(tc.from) + Seconds(tc.to)) / 2)
			if d := mid.Sub(want); d > time.Millisecond || d < -time.Millisecond {
				t.Errorf("Time(500) = %v, want %v", mid, want)
			}
			z := s.Zoom(2, 250, 1000)
			if got := z.Sec(250); math.Abs(got-s.Sec(250)) > 1e-3*math.Max(1, math.Abs(got)*1e-12) {
				t.Errorf("zoom moved the anchor: %v -> %v", s.Sec(250), got)
			}
			if math.Abs(z.PxPerSec/s.PxPerSec-2) > 1e-9 && z.Span(1000) > minSpan {
				t.Errorf("zoom factor %v", z.PxPerSec/s.PxPerSec)
			}
		})
	}
}

func TestTicks(t *testing.T) {
	type tc struct {
		name      string
		from, to  time.Time
		minorUnit Unit
		majorHas  string // a label the primary row must contain
		minorHas  string // a label the secondary row must contain
		minMinor  int
	}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	cases := []tc{
		{"1 hour", at(2025, 6, 24, 14, 0), at(2025, 6, 24, 15, 0), Minute, "Tue 24 Jun 2025, 14:00", "14:30", 6},
		{"1 day", at(2025, 6, 24, 0, 0), at(2025, 6, 25, 0, 0), Hour, "Tue 24 Jun 2025", "12:00", 4},
		{"1 month", day(2025, 6, 1), day(2025, 7, 1), Day, "June 2025", "24", 8},
		{"1 year", day(2025, 1, 1), day(2026, 1, 1), Month, "2025", "Jun", 10},
		{"10 years", day(2015, 1, 1), day(2025, 1, 1), Year, "2020s", "2020", 5},
		{"100 years", day(1925, 1, 1), day(2025, 1, 1), Year, "20th century", "1950", 5},
		{"1000 years", day(1025, 1, 1), day(2025, 1, 1), Year, "2nd millennium", "1500", 5},
		{"around year 1", time.Date(-199, 1, 1, 0, 0, 0, 0, time.UTC), day(200, 1, 1), Year, "1st millennium BCE", "100 BCE", 3},
		{"5000 years BCE", time.Date(-4999, 1, 1, 0, 0, 0, 0, time.UTC), day(1, 1, 1), Year, "", "3000 BCE", 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := NewScale(c.from, c.to, 1000)
			major, minor := Ticks(s, 1000)
			if len(minor) < c.minMinor || len(minor) > 1000/30 {
				t.Fatalf("%d minor ticks: %v", len(minor), labelsOf(minor))
			}
			if minor[0].Unit != c.minorUnit {
				t.Errorf("minor unit %v, want %v", minor[0].Unit, c.minorUnit)
			}
			for i, tk := range minor {
				if tk.X < -1e-6 || tk.X > 1000+1e-6 {
					t.Errorf("minor tick %q at %v outside the view", tk.Label, tk.X)
				}
				if i > 0 && tk.X-minor[i-1].X < 30 {
					t.Errorf("minor ticks %q and %q only %.1f px apart", minor[i-1].Label, tk.Label, tk.X-minor[i-1].X)
				}
				if tk.Label == "" {
					t.Errorf("empty label at %v", tk.Time)
				}
			}
			for i := 1; i < len(major); i++ {
				if major[i].X <= major[i-1].X {
					t.Errorf("major ticks not increasing: %v", labelsOf(major))
				}
			}
			if c.majorHas != "" && !contains(labelsOf(major), c.majorHas) {
				t.Errorf("major labels %q lack %q", labelsOf(major), c.majorHas)
			}
			if !contains(labelsOf(minor), c.minorHas) {
				t.Errorf("minor labels %q lack %q", labelsOf(minor), c.minorHas)
			}
			// The primary row always names the period the view starts in.
			if c.majorHas != "" && (len(major) == 0 || major[0].X > 0) {
				t.Errorf("no major tick at or before the view start: %v", labelsOf(major))
			}
		})
	}
}

func labelsOf(ts []Tick) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Label)
	}
	return out
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestTicksLocale(t *testing.T) {
	ar := Locale{
		Month: func(m time.Month, long bool) string {
			return [...]string{"يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر", "نونبر", "دجنبر"}[m-1]
		},
		Digits: func(s string) string {
			return strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '٠' + r - '0'
				}
				return r
			}, s)
		},
	}
	major, minor := TicksWith(NewScale(day(2025, 1, 1), day(2026, 1, 1), 1000), 1000, TickOptions{Locale: &ar})
	if !contains(labelsOf(minor), "يونيو") || !contains(labelsOf(major), "٢٠٢٥") {
		t.Errorf("locale not applied: %v / %v", labelsOf(major), labelsOf(minor))
	}
}

var laneCases = []struct {
	name  string
	spans []Span
	lanes []int
}{
	{"disjoint", []Span{{0, 10}, {20, 30}, {40, 50}}, []int{0, 0, 0}},
	{"overlap", []Span{{0, 30}, {10, 40}, {20, 50}}, []int{0, 1, 2}},
	{"reuse", []Span{{0, 30}, {10, 40}, {45, 50}}, []int{0, 1, 0}},
	{"full", []Span{{0, 30}, {10, 40}, {20, 50}, {25, 60}}, []int{0, 1, 2, -1}},
}

func TestPackLanes(t *testing.T) {
	for _, c := range laneCases {
		t.Run(c.name, func(t *testing.T) {
			got := PackLanes(c.spans, 4, 3)
			for i := range got {
				if got[i] != c.lanes[i] {
					t.Fatalf("lanes %v, want %v", got, c.lanes)
				}
			}
		})
	}
}

func checkNoOverlap(t *testing.T, spans []Span, lanes []int, gap float64) {
	t.Helper()
	for i := range spans {
		for j := i + 1; j < len(spans); j++ {
			if lanes[i] < 0 || lanes[i] != lanes[j] {
				continue
			}
			a, b := spans[i], spans[j]
			if a.X0 < b.X1+gap && b.X0 < a.X1+gap {
				t.Fatalf("spans %v and %v overlap in lane %d", a, b, lanes[i])
			}
		}
	}
}

func TestPackLanesRandom(t *testing.T) {
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 50; n++ {
		spans := make([]Span, 200)
		x := 0.0
		for i := range spans {
			x += r.Float64() * 20
			spans[i] = Span{x, x + 5 + r.Float64()*150}
		}
		checkNoOverlap(t, spans, PackLanes(spans, 6, 8), 6)
	}
}

func FuzzPackLanes(f *testing.F) {
	f.Add(0.0, 30.0, 10.0, 40.0, 45.0, 50.0)
	f.Fuzz(func(t *testing.T, a0, a1, b0, b1, c0, c1 float64) {
		spans := []Span{{a0, a0 + math.Abs(a1)}, {b0, b0 + math.Abs(b1)}, {c0, c0 + math.Abs(c1)}}
		for _, s := range spans {
			if math.IsNaN(s.X0) || math.IsInf(s.X0, 0) || math.IsNaN(s.X1) || math.IsInf(s.X1, 0) {
				return
			}
		}
		// PackLanes guarantees no overlap against earlier spans in the lane
		// for spans sorted by X0.
		if spans[0].X0 > spans[1].X0 || spans[1].X0 > spans[2].X0 {
			return
		}
		checkNoOverlap(t, spans, PackLanes(spans, 2, 2), 2)
	})
}

func TestClusters(t *testing.T) {
	for _, c := range []struct {
		name   string
		counts []int
		want   []Cluster
	}{
		{"none", []int{1, 2, 1, 0}, nil},
		{"one", []int{0, 9, 8, 0, 0}, []Cluster{{1, 2, 17}}},
		{"bridged", []int{9, 1, 9, 0, 0, 9}, []Cluster{{0, 2, 19}, {5, 5, 9}}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := Clusters(c.counts, 3)
			if len(got) != len(c.want) {
				t.Fatalf("got %v, want %v", got, c.want)
			}
			for i := range got {
				if got[i] != c.want[i] {
					t.Fatalf("got %v, want %v", got, c.want)
				}
			}
		})
	}
	pts := ClusterPoints([]float64{0, 1, 2, 50, 51, 100}, 5, 2)
	if len(pts) != 2 || pts[0] != [2]int{0, 3} || pts[1] != [2]int{3, 5} {
		t.Errorf("ClusterPoints = %v", pts)
	}
}

func TestFormatInterval(t *testing.T) {
	for _, c := range []struct {
		s, e time.Time
		p    string
		want string
	}{
		{day(2025, 6, 24), day(2025, 6, 25), PrecDay, "24 Jun 2025"},
		{day(2025, 3, 1), day(2025, 4, 1), PrecMonth, "March 2025"},
		{day(2024, 7, 26), day(2024, 8, 12), PrecDay, "26 Jul – 11 Aug 2024"},
		{day(2025, 1, 1), day(2026, 1, 1), PrecYear, "2025"},
		{time.Date(-43, 3, 15, 0, 0, 0, 0, time.UTC), time.Date(-43, 3, 16, 0, 0, 0, 0, time.UTC), PrecDay, "15 Mar 44 BCE"},
	} {
		if got := FormatInterval(c.s, c.e, c.p); got != c.want {
			t.Errorf("FormatInterval(%v, %v, %s) = %q, want %q", c.s, c.e, c.p, got, c.want)
		}
	}
}
