package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportFormatsAndImportData exports every format from the sample and
// imports the data formats back through the command line.
func TestExportFormatsAndImportData(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "z.db")
	if code, _, stderr := run(t, "", "import", "--db", db, sample); code != 0 {
		t.Fatalf("import: %s", stderr)
	}
	for _, name := range []string{"t.png", "t.svg", "t.pdf", "t.json", "t.csv", "t.ics", "t.timelinejs.json"} {
		out := filepath.Join(dir, name)
		code, stdout, stderr := run(t, "", "export", "--db", db, "--out", out, "--title", "التعاون الأمني", "--notes", "--legend")
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", name, code, stderr)
		}
		if fi, err := os.Stat(out); err != nil || fi.Size() == 0 || !strings.Contains(stdout, "wrote") {
			t.Errorf("export %s: %v %q", name, err, stdout)
		}
	}
	fresh := filepath.Join(dir, "fresh.db")
	code, stdout, stderr := run(t, "", "import-data", "--db", fresh, filepath.Join(dir, "t.json"))
	if code != 0 || !strings.Contains(stdout, "1 documents") {
		t.Fatalf("import-data json: exit %d %q %q", code, stdout, stderr)
	}
	a, _ := os.ReadFile(filepath.Join(dir, "t.json"))
	if code, _, stderr := run(t, "", "export", "--db", fresh, "--out", filepath.Join(dir, "again.json")); code != 0 {
		t.Fatal(stderr)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "again.json"))
	if string(a) != string(b) {
		t.Error("export → import-data → export is not identical")
	}
	other := filepath.Join(dir, "other.db")
	if code, stdout, stderr = run(t, "", "import-data", "--db", other, filepath.Join(dir, "t.timelinejs.json")); code != 0 || !strings.Contains(stdout, "events") {
		t.Fatalf("import-data timelinejs: exit %d %q %q", code, stdout, stderr)
	}
	csv := filepath.Join(dir, "mine.csv")
	os.WriteFile(csv, []byte("Headline,Date\nSommet,2025-03-04\n"), 0o644)
	if code, _, stderr = run(t, "", "import-data", "--db", other, "--map", "title=Headline,start=Date", csv); code != 0 {
		t.Fatalf("import-data csv: %s", stderr)
	}
	for _, tt := range []struct {
		args     []string
		wantCode int
		wantErr  string
	}{
		{[]string{"import-data", "--db", other, csv}, exitError, "--map title="},
		{[]string{"import-data", "--db", other, "--map", "bogus=X", csv}, exitUsage, "unknown field"},
		{[]string{"import-data", "--db", other}, exitUsage, "one FILE"},
		{[]string{"export", "--db", db, "--out", filepath.Join(dir, "x.json"), "--from", "2024"}, exitUsage, "whole database"},
		{[]string{"export", "--db", db, "--out", filepath.Join(dir, "x.pdf"), "--page", "Letter"}, exitUsage, "A4 or A3"},
		{[]string{"export", "--db", db, "--out", filepath.Join(dir, "x.png"), "--from", "1990", "--to", "1991"}, exitError, "no events"},
	} {
		code, _, stderr := run(t, "", tt.args...)
		if code != tt.wantCode || !strings.Contains(stderr, tt.wantErr) || strings.Count(strings.TrimSpace(stderr), "\n") > 0 {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q on one line", tt.args, code, stderr, tt.wantCode, tt.wantErr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "x.png")); err == nil {
		t.Error("a failed export left a file")
	}
}
