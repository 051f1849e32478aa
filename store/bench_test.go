package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"
)

var (
	benchDir   string
	benchMu    sync.Mutex
	benchPaths = map[int]string{}
)

func TestMain(m *testing.M) {
	code := m.Run()
	if benchDir != "" {
		os.RemoveAll(benchDir)
	}
	os.Exit(code)
}

// benchStore opens a store holding n synthetic events, built once per
// process for each n (a million events take a few seconds to insert).
func benchStore(b *testing.B, n int) *Store {
	b.Helper()
	benchMu.Lock()
	defer benchMu.Unlock()
	path, ok := benchPaths[n]
	if !ok {
		if benchDir == "" {
			d, err := os.MkdirTemp("", "zaman-store-bench-")
			if err != nil {
				b.Fatal(err)
			}
			benchDir = d
		}
		path = filepath.Join(benchDir, fmt.Sprintf("events-%d.db", n))
		s, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		start := time.Now()
		if err := s.InsertSyntheticEvents(context.Background(), n, 42); err != nil {
			b.Fatal(err)
		}
		b.Logf("inserted %d synthetic events in %v", n, time.Since(start))
		s.Close()
		benchPaths[n] = path
	}
	s, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

var benchSizes = []int{10_000, 1_000_000}

// BenchmarkEventsViewport asks for the events of a window, as the timeline
// does every frame: a week, a month and a year in 1987, and the whole
// 1900–2030 span (limited, as the widget limits it, to 500 events).
func BenchmarkEventsViewport(b *testing.B) {
	windows := []struct {
		name     string
		from, to time.Time
		limit    int
	}{
		{"week", day(1987, 6, 1), day(1987, 6, 8), 500},
		{"month", day(1987, 6, 1), day(1987, 7, 1), 500},
		{"year", day(1987, 1, 1), day(1988, 1, 1), 500},
		{"all", day(1900, 1, 1), day(2030, 1, 1), 500},
	}
	for _, n := range benchSizes {
		for _, w := range windows {
			for _, cache := range []string{"warm", "cold"} {
				b.Run(fmt.Sprintf("events=%d/window=%s/rows=%s", n, w.name, cache), func(b *testing.B) {
					benchViewport(b, benchStore(b, n), EventFilter{From: w.from, To: w.to, Limit: w.limit}, cache == "cold")
				})
			}
		}
	}
}

// benchViewport runs the viewport query of f; cold empties the row cache
// before each query (as a commit does), warm reads the rows from it.
func benchViewport(b *testing.B, s *Store, f EventFilter, cold bool) {
	ctx := context.Background()
	b.ReportAllocs()
	got := 0
	for b.Loop() {
		if cold {
			s.gen.Add(1)
		}
		evs, err := s.Events(ctx, f)
		if err != nil {
			b.Fatal(err)
		}
		got = len(evs)
	}
	b.ReportMetric(float64(got), "events/op")
}

// BenchmarkBucketCounts counts events per bucket for a 1000-pixel-wide
// timeline showing one year, and the whole span.
func BenchmarkBucketCounts(b *testing.B) {
	ctx := context.Background()
	windows := []struct {
		name     string
		from, to time.Time
	}{
		{"year", day(1987, 1, 1), day(1988, 1, 1)},
		{"all", day(1900, 1, 1), day(2030, 1, 1)},
	}
	for _, n := range benchSizes {
		for _, w := range windows {
			b.Run(fmt.Sprintf("events=%d/window=%s/buckets=200", n, w.name), func(b *testing.B) {
				s := benchStore(b, n)
				b.ReportAllocs()
				for b.Loop() {
					if _, err := s.BucketCounts(ctx, w.from, w.to, 200, EventFilter{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkImportDocument imports the sample document (3 mentions, 3
// events) as a new document each time: one transaction with its index
// updates and an fsync-free WAL commit.
func BenchmarkImportDocument(b *testing.B) {
	ctx := context.Background()
	s := openTest(b)
	imp := sampleImport(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		imp.Doc.Text = fmt.Sprintf("%s\n%d", sampleText, i) // a new SHA-256 each time
		imp.Doc.SHA256 = ""
		i++
		if _, dup, err := s.ImportDocument(ctx, imp); err != nil || dup {
			b.Fatal(err, dup)
		}
	}
}

// BenchmarkNormalize folds a paragraph of vocalised Arabic.
func BenchmarkNormalize(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(sampleText)))
	for b.Loop() {
		Normalize(sampleText)
	}
}
