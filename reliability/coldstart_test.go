package reliability

import (
	"context"
	"fmt"
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"

	"zaman/store"
	"zaman/timeline"
)

// coldDB returns a database of n synthetic events, generated once and kept
// in os.TempDir() (a hundred thousand inserts are not what is measured).
func coldDB(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("zaman-coldstart-%d-v%d.db", n, store.SchemaVersion()))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	tmp := path + ".part"
	os.Remove(tmp)
	st, err := store.Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	if err := st.InsertSyntheticEvents(context.Background(), n, 1); err != nil {
		b.Fatal(err)
	}
	if err := st.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path
}

// firstFrame is what the application does from start to the first drawn
// timeline: open the store, find the span of all events ("fit all"), ask
// for the per-bucket counts and the items of the view (with the viewport
// limit), lay out the scene and rasterise it at 1920×1080.
func firstFrame(ctx context.Context, path string, img *image.RGBA) (items int, err error) {
	st, err := store.Open(path)
	if err != nil {
		return 0, err
	}
	defer st.Close()
	from, to, ok, err := st.Span(ctx, store.EventFilter{})
	if err != nil || !ok {
		return 0, fmt.Errorf("span: %v %v", ok, err)
	}
	d := to.Sub(from)
	v := timeline.View{Start: from.Add(-d / 25), End: to.Add(d / 25), Width: 1920, Height: 1080}
	buckets, err := st.BucketCounts(ctx, v.Start, v.End, timeline.BucketCount(v.Width, 1), store.EventFilter{})
	if err != nil {
		return 0, err
	}
	evs, err := st.Events(ctx, store.EventFilter{From: v.Start, To: v.End, Limit: 1000})
	if err != nil {
		return 0, err
	}
	its := make([]timeline.Item, 0, len(evs))
	for _, e := range evs {
		if e.Status == store.StatusRejected {
			continue
		}
		its = append(its, timeline.Item{ID: e.ID, Start: e.Start, End: e.End, Precision: e.Precision, Label: e.Title,
			Status: e.Status, Sources: e.Sources})
	}
	timeline.Render(img, timeline.BuildScene(its, v, timeline.SceneOptions{Buckets: buckets}))
	return len(its), nil
}

// BenchmarkColdStart measures opening a database of 100,000 events and
// drawing the first frame of the whole timeline (target ≤ 1 s):
//
//	go test -tags sqlite_fts5,migrated_fynedo -run '^$' -bench ColdStart -benchtime 5x ./reliability/
//
// Each iteration opens the file anew; the OS page cache stays warm, as it
// is for a file used the day before. The first iteration after the file
// is made (or after `echo 3 > /proc/sys/vm/drop_caches`) shows a cold disk.
func BenchmarkColdStart(b *testing.B) {
	path := coldDB(b, 100_000)
	ctx := context.Background()
	img := image.NewRGBA(image.Rect(0, 0, 1920, 1080))
	b.ReportAllocs()
	var worst time.Duration
	for b.Loop() {
		t0 := time.Now()
		n, err := firstFrame(ctx, path, img)
		if err != nil || n == 0 {
			b.Fatal(n, err)
		}
		worst = max(worst, time.Since(t0))
	}
	b.ReportMetric(worst.Seconds()*1000, "worst-ms")
}
