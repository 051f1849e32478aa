package export

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"zaman/store"
)

// TestLook writes the figures of the exports to $ZAMAN_LOOK (skipped
// without it), for a person to open and look at: the sample at 1×, 2× and
// 16,000 px wide, and a dense synthetic set, as PNG, SVG and PDF.
func TestLook(t *testing.T) {
	dir := os.Getenv("ZAMAN_LOOK")
	if dir == "" {
		t.Skip("set ZAMAN_LOOK=folder to write the figures")
	}
	ctx := context.Background()
	st := sampleStore(t)
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	write := func(name string, fn func(f *os.File) error) {
		t.Helper()
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := fn(f); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	full := Options{Title: "التعاون الأمني بين المغرب وفرنسا — Morocco–France security", Legend: true, Notes: true}
	write("sample-1x.png", func(f *os.File) error { return WritePNG(f, tl, full) })
	o2 := full
	o2.Scale = 2
	write("sample-2x.png", func(f *os.File) error { return WritePNG(f, tl, o2) })
	wide := full
	wide.Width = 16000
	write("sample-16000.png", func(f *os.File) error { return WritePNG(f, tl, wide) })
	write("sample.svg", func(f *os.File) error { return WriteSVG(f, tl, full) })
	write("sample.pdf", func(f *os.File) error { _, err := WritePDF(f, tl, full); return err })
	a3 := full
	a3.Page = "A3"
	write("sample-a3.pdf", func(f *os.File) error { _, err := WritePDF(f, tl, a3); return err })

	dense := openStore(t)
	if err := dense.InsertSyntheticEvents(ctx, 10000, 7); err != nil {
		t.Fatal(err)
	}
	dtl, err := Load(ctx, dense, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	write("dense.png", func(f *os.File) error {
		return WritePNG(f, dtl, Options{Width: 4000, Title: "10,000 synthetic events", Legend: true, Notes: true})
	})
	decade, err := Load(ctx, dense, store.EventFilter{From: day(2000, 1, 1), To: day(2003, 1, 1)})
	if err != nil {
		t.Fatal(err)
	}
	write("dense-2000-2002.png", func(f *os.File) error {
		return WritePNG(f, decade, Options{Width: 1600, Title: "Synthetic events, 2000–2002", Legend: true})
	})
	write("dense.pdf", func(f *os.File) error {
		_, err := WritePDF(f, decade, Options{Title: "Synthetic events, 2000–2002"})
		return err
	})
}
