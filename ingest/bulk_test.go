package ingest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zaman/store"
)

// bulkFiles writes n distinct small articles (and returns their paths).
func bulkFiles(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		text := fmt.Sprintf("Report %d\n\nRABAT, June 25, 2025 — The ministers met on Tuesday, after talks in March. Item %d.\n", i, i)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func TestBulk(t *testing.T) {
	dir := t.TempDir()
	files := bulkFiles(t, dir, 40)
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("PK\x03\x04\x00"), 0o644)
	// A bad file in the middle and the same article twice.
	files = append(files[:20], append([]string{bad, files[3]}, files[20:]...)...)
	st, err := store.Open(filepath.Join(dir, "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()

	var order []string
	var progress []int
	rep, err := Bulk(context.Background(), st, files, BulkOptions{Workers: 3,
		File:     func(r Report, err error) { order = append(order, r.Origin) },
		Progress: func(done, total int) { progress = append(progress, done) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Files != 42 || rep.Done != 42 || rep.Imported != 40 || rep.Duplicates != 1 || rep.Failed != 1 {
		t.Errorf("report %+v", rep)
	}
	if !errors.Is(rep.FirstErr, ErrBadInput) {
		t.Errorf("first error %v, want bad input", rep.FirstErr)
	}
	if strings.Join(order, "\n") != strings.Join(files, "\n") {
		t.Errorf("files reported out of order: %v", order)
	}
	for i, d := range progress {
		if d != i+1 {
			t.Fatalf("progress %v", progress)
		}
	}
	docs, err := st.Documents(context.Background())
	if err != nil || len(docs) != 40 {
		t.Fatalf("%d documents (%v), want 40", len(docs), err)
	}
	// Documents are stored in the order of the files.
	for i, d := range docs { // newest first
		if want := files[39-i+boolInt(39-i >= 20)*2]; d.Origin != want {
			t.Errorf("document %d is %s, want %s", d.ID, d.Origin, want)
			break
		}
	}

	// Again: all duplicates.
	rep, err = Bulk(context.Background(), st, files, BulkOptions{})
	if err != nil || rep.Duplicates != 41 || rep.Imported != 0 {
		t.Errorf("second run %+v %v", rep, err)
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func TestBulkStopsOnReadOnly(t *testing.T) {
	dir := t.TempDir()
	files := bulkFiles(t, dir, 10)
	path := filepath.Join(dir, "z.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	ro, err := store.OpenWith(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	rep, err := Bulk(context.Background(), ro, files, BulkOptions{Workers: 2})
	if !errors.Is(err, store.ErrReadOnly) || !Fatal(err) {
		t.Fatalf("err %v, want read-only", err)
	}
	// The first batch fails as a whole, and nothing after it is tried.
	if rep.Imported != 0 || rep.Failed != rep.Done || rep.Done == 0 || rep.Done > maxBatch {
		t.Errorf("report %+v: should stop at the first batch", rep)
	}
}

func TestBulkCancel(t *testing.T) {
	dir := t.TempDir()
	files := bulkFiles(t, dir, 3*maxBatch) // more than one batch
	st, err := store.Open(filepath.Join(dir, "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx, cancel := context.WithCancel(context.Background())
	rep, err := Bulk(ctx, st, files, BulkOptions{Workers: 2, Progress: func(done, total int) {
		if done == 5 {
			cancel()
		}
	}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err %v, want cancelled", err)
	}
	// What was written before the cancel is kept (whole batches: at least
	// the five reported), and the import stops before the end.
	docs, _ := st.Documents(context.Background())
	if rep.Imported < 5 || len(docs) != rep.Imported || rep.Imported == len(files) {
		t.Errorf("report %+v, %d documents: want the imported ones kept and the rest not started", rep, len(docs))
	}
}

func TestBulkEmpty(t *testing.T) {
	st, err := store.Open(filepath.Join(t.TempDir(), "z.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rep, err := Bulk(context.Background(), st, nil, BulkOptions{})
	if err != nil || rep.Done != 0 {
		t.Errorf("%+v %v", rep, err)
	}
}
