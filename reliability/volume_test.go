package reliability

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
	"time"

	"zaman/ingest"
	"zaman/reliability/internal/newsgen"
	"zaman/store"
)

const (
	corpusDir    = "../../shared/corpus/dev"
	arabicSample = "../assets/sample/morocco-france-security-2025-06-25.txt"
)

var (
	newsOnce sync.Once
	newsSrc  *newsgen.Source
	newsErr  error
)

func news(tb testing.TB) *newsgen.Source {
	tb.Helper()
	newsOnce.Do(func() { newsSrc, newsErr = newsgen.Load(corpusDir, arabicSample) })
	if newsErr != nil {
		tb.Fatal(newsErr)
	}
	return newsSrc
}

// articles returns n generated articles written once into a folder of
// os.TempDir() kept between runs (writing 10,000 files is not what the
// benchmark measures).
func articles(tb testing.TB, seed uint64, n int) []string {
	tb.Helper()
	dir := filepath.Join(os.TempDir(), fmt.Sprintf("zaman-news-%d-%d", seed, n))
	if ents, err := os.ReadDir(dir); err == nil && len(ents) == n {
		paths := make([]string, n)
		for i, e := range ents {
			paths[i] = filepath.Join(dir, e.Name())
		}
		return paths
	}
	os.RemoveAll(dir)
	paths, err := news(tb).Write(dir, seed, 0, n)
	if err != nil {
		tb.Fatal(err)
	}
	return paths
}

// TestBulkImportVolume imports 300 generated articles with the worker pool
// and checks every one is stored once with all its events; a second run
// stores nothing new.
func TestBulkImportVolume(t *testing.T) {
	n := 300
	if testing.Short() {
		n = 60
	}
	files := articles(t, 7, n)
	st, err := store.Open(filepath.Join(t.TempDir(), "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	var last int
	rep, err := ingest.Bulk(ctx, st, files, ingest.BulkOptions{Progress: func(done, total int) {
		if done != last+1 || total != n {
			t.Errorf("progress %d/%d after %d", done, total, last)
		}
		last = done
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Imported != n || rep.Failed != 0 || rep.Events == 0 {
		t.Fatalf("report %+v, want %d imported", rep, n)
	}
	t.Logf("%d articles, %d events in %v (%.0f articles/s)", n, rep.Events, rep.Elapsed, float64(n)/rep.Elapsed.Seconds())
	rep2, err := ingest.Bulk(ctx, st, files, ingest.BulkOptions{})
	if err != nil || rep2.Duplicates != n || rep2.Imported != 0 {
		t.Fatalf("second run: %+v %v, want %d duplicates", rep2, err, n)
	}
	db := openRaw(t, st.Path())
	if c := count(t, db, `SELECT count(*) FROM documents`); c != n {
		t.Errorf("%d documents, want %d", c, n)
	}
	if c := count(t, db, `SELECT count(*) FROM event_sources`); c != rep.Events {
		t.Errorf("%d event sources, want %d", c, rep.Events)
	}
}

var bulkWorkers = flag.Int("bulk.workers", 0, "workers of BenchmarkBulkImport (0 = one per CPU)")

// BenchmarkBulkImport imports n generated news articles into a new
// database with ingest.Bulk. n=10000 is the volume target (≤ 60 s on two
// cores) and runs only with -benchtime=1x:
//
//	go test -tags sqlite_fts5,migrated_fynedo -run '^$' -bench 'BulkImport/n=10000' -benchtime=1x ./reliability/
func BenchmarkBulkImport(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			if n > 1000 && flag.Lookup("test.benchtime").Value.String() != "1x" {
				b.Skip("run with -benchtime=1x")
			}
			files := articles(b, 1, n)
			b.ReportAllocs()
			var rep ingest.BulkReport
			i := 0
			for b.Loop() {
				st, err := store.Open(filepath.Join(b.TempDir(), fmt.Sprintf("bulk%d.db", i)))
				if err != nil {
					b.Fatal(err)
				}
				i++
				rep, err = ingest.Bulk(context.Background(), st, files, ingest.BulkOptions{Workers: *bulkWorkers})
				if err != nil || rep.Imported != n {
					b.Fatalf("%+v %v", rep, err)
				}
				st.Close()
			}
			b.ReportMetric(float64(n)/rep.Elapsed.Seconds(), "articles/s")
			b.ReportMetric(float64(rep.Events), "events")
			b.ReportMetric(float64(rep.Done)/float64(max(rep.Batches, 1)), "docs/batch")
			b.Logf("%d articles (%d events) in %v on %d CPUs", n, rep.Events, rep.Elapsed.Round(time.Millisecond), runtime.GOMAXPROCS(0))
		})
	}
}
