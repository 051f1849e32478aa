package app

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"zaman/export"
)

// TestExportDialog opens the dialog, waits for the preview of the sample,
// then exports the PNG the way the save button does.
func TestExportDialog(t *testing.T) {
	a, _ := newTestApp(t, Options{})
	var s *exportScreen
	runUIWait(func() {
		s = a.openExportDialog()
	})
	eventually(t, "the preview", func() bool {
		b := s.preview.Image.Bounds()
		return b.Dx() > 100 && b.Dy() > 50
	})
	if dir := os.Getenv("ZAMAN_LOOK"); dir != "" {
		runUIWait(func() {
			f, err := os.Create(filepath.Join(dir, "export-dialog.png"))
			if err == nil {
				png.Encode(f, a.win.Canvas().Capture())
				f.Close()
			}
		})
	}
	var r request
	var err error
	runUIWait(func() {
		s.format.SetSelectedIndex(0)
		s.title.SetText("التعاون الأمني")
		r, err = s.read()
	})
	if err != nil {
		t.Fatal(err)
	}
	if r.format != export.PNG || !r.opts.Notes || r.opts.Width != 1600 {
		t.Errorf("request %+v", r)
	}
	path := filepath.Join(t.TempDir(), "t.png")
	msg, err := exportTo(a.ctx, a.st, r, path)
	if err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
		t.Fatalf("%s: %v (%s)", path, err, msg)
	}
}
