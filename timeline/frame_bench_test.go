package timeline

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"zaman/store"
)

// storeSource is the Source the application builds over the store (see
// app/timeline.go), reproduced here so the benchmark pays for the real
// queries: the events that start in the window, a few long ones covering
// its left edge, the per-bucket counts and the span, all for the statuses
// the timeline shows.
type storeSource struct {
	st       *store.Store
	ctx      context.Context
	limit    int // events starting in one window (app: maxItemsPerQuery)
	spanning int // long events covering its left edge (app: maxSpanning)
}

// benchStatuses are the statuses the application's timeline shows.
var benchStatuses = []string{store.StatusAuto, store.StatusAccepted, store.StatusEdited}

var _ StartSource = (*storeSource)(nil)

func (s *storeSource) Items(from, to time.Time) []Item {
	return append(s.Covering(from), s.Starting(from, to)...)
}

func (s *storeSource) Starting(from, to time.Time) []Item {
	return s.query(store.EventFilter{Statuses: benchStatuses, From: from, To: to, StartsWithin: true, Limit: s.limit}, time.Time{})
}

func (s *storeSource) Covering(at time.Time) []Item {
	return s.query(store.EventFilter{Statuses: benchStatuses, From: at, To: at.Add(time.Second), Limit: s.spanning}, at)
}

func (s *storeSource) query(f store.EventFilter, before time.Time) []Item {
	evs, err := s.st.Events(s.ctx, f)
	if err != nil {
		panic(err)
	}
	out := make([]Item, 0, len(evs))
	for _, e := range evs {
		if before.IsZero() || e.Start.Before(before) {
			out = append(out, benchItem(e))
		}
	}
	return out
}

// benchItem converts an event as the application's toItem does.
func benchItem(e store.Event) Item {
	it := Item{ID: e.ID, Start: e.Start, End: e.End, Precision: e.Precision, Label: e.Title,
		Status: e.Status, Sources: e.Sources, Notes: e.Notes}
	if len(e.Color) == 7 && e.Color[0] == '#' {
		if v, err := strconv.ParseUint(e.Color[1:], 16, 32); err == nil {
			it.Color = color.NRGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 0xff}
		}
	}
	return it
}

func (s *storeSource) Buckets(from, to time.Time, n int) []int {
	b, err := s.st.BucketCounts(s.ctx, from, to, n, store.EventFilter{Statuses: benchStatuses})
	if err != nil {
		panic(err)
	}
	return b
}

func (s *storeSource) Span() (from, to time.Time, ok bool) {
	from, to, ok, err := s.st.Span(s.ctx, store.EventFilter{})
	if err != nil {
		panic(err)
	}
	return from, to, ok
}

// benchLimit and benchSpanning are the application's limits per query
// (app/timeline.go: maxItemsPerQuery, maxSpanning).
const (
	benchLimit    = 2000
	benchSpanning = 50
)

// benchDB returns a store holding n synthetic events in a copy under
// b.TempDir(). The database is generated once per (n, schema, generator)
// and kept in os.TempDir(), so a million rows are inserted only on the
// first run.
func benchDB(b testing.TB, n int) *store.Store {
	b.Helper()
	cache := filepath.Join(os.TempDir(), fmt.Sprintf("zaman-timeline-bench-%d-%s.db", n, storeFingerprint(b)))
	if _, err := os.Stat(cache); err != nil {
		tmp := cache + ".part"
		os.Remove(tmp)
		st, err := store.Open(tmp)
		if err != nil {
			b.Fatal(err)
		}
		t0 := time.Now()
		if err := st.InsertSyntheticEvents(context.Background(), n, 1); err != nil {
			b.Fatal(err)
		}
		if err := st.Close(); err != nil { // checkpoints the WAL into the file
			b.Fatal(err)
		}
		b.Logf("generated %d events in %v (cached in %s)", n, time.Since(t0).Round(time.Millisecond), cache)
		if err := os.Rename(tmp, cache); err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(b.TempDir(), "bench.db")
	if err := copyFile(cache, path); err != nil {
		b.Fatal(err)
	}
	st, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return st
}

// storeFingerprint hashes the store's migrations and generator, so a
// cached database is rebuilt when either changes.
func storeFingerprint(b testing.TB) string {
	h := sha256.New()
	files, _ := filepath.Glob("../store/migrations/*.sql")
	files = append(files, "../store/synthetic.go")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		h.Write([]byte(f))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// TestStoreDayView checks that a one-day view over a million stored events
// shows the events that start that day, each in a lane, rather than the
// first of the long events that merely cover it.
func TestStoreDayView(t *testing.T) {
	if testing.Short() {
		t.Skip("builds (or copies) a database of a million events")
	}
	st := benchDB(t, 1_000_000)
	src := &storeSource{st: st, ctx: context.Background(), limit: benchLimit, spanning: benchSpanning}
	from, to := day(1987, 6, 10), day(1987, 6, 11)
	want, err := st.Events(context.Background(), store.EventFilter{Statuses: benchStatuses, From: from, To: to, StartsWithin: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 5 {
		t.Fatalf("%d events start on the day; the synthetic set should give about 17", len(want))
	}
	v := View{Start: from, End: to, Width: 1920, Height: 1080}
	items, buckets := fetch(src, v, 1)
	s := BuildScene(items, v, SceneOptions{Buckets: buckets})
	for _, e := range want {
		if _, ok := s.Find(e.ID); !ok {
			t.Errorf("event %d %q starting %v is not drawn", e.ID, e.Title, e.Start)
		}
	}
	for _, h := range s.Hits {
		if h.Cluster {
			t.Errorf("a day of %d events shows a cluster of %d", len(want), h.Count)
		}
	}
}

// benchZooms are the views of the frame benchmark: the store's synthetic
// events spread evenly over 1900–2030.
var benchZooms = []struct {
	name     string
	from, to time.Time
}{
	{"all", time.Time{}, time.Time{}}, // the whole span, as "fit all" shows it
	{"decade", day(1980, 1, 1), day(1990, 1, 1)},
	{"year", day(1987, 1, 1), day(1988, 1, 1)},
	{"month", day(1987, 6, 1), day(1987, 7, 1)},
	{"day", day(1987, 6, 10), day(1987, 6, 11)},
	{"hour", day(1987, 6, 10).Add(14 * time.Hour), day(1987, 6, 10).Add(15 * time.Hour)},
}

// BenchmarkFrame measures one frame of a 1920×1080 view over a SQLite
// store of n events, as the widget makes it while the user pans, zooms or
// hovers: the store queries (bucket counts, then the viewport query of the
// sparse stretches; the rows of events read by an earlier frame come from
// the store's row cache, as they do in the app), the layout and the raster.
// BenchmarkFrameCold is the first frame after a write.
func BenchmarkFrame(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		for _, z := range benchZooms {
			b.Run(fmt.Sprintf("n=%d/%s", n, z.name), func(b *testing.B) {
				src := &storeSource{st: benchDB(b, n), ctx: context.Background(), limit: benchLimit, spanning: benchSpanning}
				v := benchView(src, z.from, z.to)
				img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
				// One warm frame: the label cache and SQLite's page cache
				// are warm in steady use.
				items, buckets := fetch(src, v, 1)
				Render(img, BuildScene(items, v, SceneOptions{Buckets: buckets}))
				b.ReportAllocs()
				var shown int
				cpu0 := cpuTime()
				for b.Loop() {
					items, buckets := fetch(src, v, 1)
					s := BuildScene(items, v, SceneOptions{Buckets: buckets})
					Render(img, s)
					shown = len(items)
				}
				// CPU time, unlike ns/op, does not grow when other processes
				// share the cores.
				b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N)/1e6, "cpu-ms/op")
				b.ReportMetric(float64(shown), "items/frame")
			})
		}
	}
}

// BenchmarkFrameCold is BenchmarkFrame with the store's row cache emptied
// before every frame (by a write, outside the timer): the first frame
// after an edit or an import, when every visible row is read again.
func BenchmarkFrameCold(b *testing.B) {
	for _, n := range []int{10_000, 1_000_000} {
		for _, z := range benchZooms {
			b.Run(fmt.Sprintf("n=%d/%s", n, z.name), func(b *testing.B) {
				st := benchDB(b, n)
				src := &storeSource{st: st, ctx: context.Background(), limit: benchLimit, spanning: benchSpanning}
				v := benchView(src, z.from, z.to)
				img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
				items, buckets := fetch(src, v, 1)
				Render(img, BuildScene(items, v, SceneOptions{Buckets: buckets}))
				b.ReportAllocs()
				i := 0
				for b.Loop() {
					b.StopTimer()
					i++
					if err := st.SetTagColor(src.ctx, "bench", fmt.Sprintf("#%06x", i)); err != nil {
						b.Fatal(err)
					}
					b.StartTimer()
					items, buckets := fetch(src, v, 1)
					Render(img, BuildScene(items, v, SceneOptions{Buckets: buckets}))
				}
			})
		}
	}
}

func benchView(src Source, from, to time.Time) View {
	if from.IsZero() {
		f, t, _ := src.Span()
		d := t.Sub(f)
		from, to = f.Add(-d/25), t.Add(d/25)
	}
	return View{Start: from, End: to, Width: 1920, Height: 1080}
}

// BenchmarkFrameMemory reports the Go heap after a widget-like session
// over a million stored events: a frame at every zoom level, the frames
// kept as the widget keeps its last scene. The store's SQLite page cache
// is outside the Go heap; Sys and the process RSS (Linux) include it.
func BenchmarkFrameMemory(b *testing.B) {
	src := &storeSource{st: benchDB(b, 1_000_000), ctx: context.Background(), limit: benchLimit, spanning: benchSpanning}
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	var keep []*Scene
	for b.Loop() {
		keep = keep[:0]
		for _, z := range benchZooms {
			v := benchView(src, z.from, z.to)
			items, buckets := fetch(src, v, 1)
			s := BuildScene(items, v, SceneOptions{Buckets: buckets})
			Render(img, s)
			keep = append(keep, s)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "heapinuse-MB")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sys-MB")
	if rss := residentMB(); rss > 0 {
		b.ReportMetric(rss, "rss-MB")
	}
	runtime.KeepAlive(keep)
}

// cpuTime returns the user and system CPU time of the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// residentMB reads VmRSS from /proc (Linux); 0 elsewhere.
func residentMB() float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	var kb float64
	for _, line := range strings.Split(string(data), "\n") {
		if _, err := fmt.Sscanf(line, "VmRSS: %f kB", &kb); err == nil {
			return kb / 1024
		}
	}
	return 0
}
