package cli

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"zaman/store"
)

const sample = "../assets/sample/morocco-france-security-2025-06-25.txt"

// run executes a command line and returns its exit code, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestExtractSampleJSON(t *testing.T) {
	code, out, stderr := run(t, "", "extract", sample, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Lang    string `json:"lang"`
		DCT     string `json:"dct"`
		Timexes []struct {
			Start, End        int
			Text, Type, Value string
		} `json:"timexes"`
		Events []struct {
			Title, Start, End, Precision string
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	if res.Lang != "ar" || res.DCT != "2025-06-25" {
		t.Errorf("lang %q dct %q, want ar 2025-06-25", res.Lang, res.DCT)
	}
	dateline := false
	for _, x := range res.Timexes {
		if x.Value == "2025-06-25" && strings.Contains(x.Text, "2025/06/25") {
			dateline = true
		}
	}
	if !dateline {
		t.Errorf("no timex for the dateline with value 2025-06-25 in %+v", res.Timexes)
	}
	want := map[string]bool{"2025-06-25": false, "2025-06-24": false, "2025-03-01": false, "2024-07-26": false}
	for _, e := range res.Events {
		if _, ok := want[e.Start]; ok {
			want[e.Start] = true
		}
	}
	for d, ok := range want {
		if !ok {
			t.Errorf("no event starting %s in %+v", d, res.Events)
		}
	}
}

func TestExtractJSONL(t *testing.T) {
	in := `{"id":"a","lang":"en","dct":"2025-06-25","text":"The talks were held on Tuesday."}
not json
{"id":"b","lang":"xx","text":"x"}
{"id":"c","dct":"2025-06-25","text":"وعقد الاجتماع في مارس الماضي"}
`
	code, out, stderr := run(t, in, "extract", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d lines, want 4 (one per request):\n%s", len(lines), out)
	}
	var first struct {
		ID      string `json:"id"`
		Timexes []struct{ Value string }
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil || first.ID != "a" {
		t.Fatalf("line 1: %v %s", err, lines[0])
	}
	if len(first.Timexes) == 0 || first.Timexes[0].Value != "2025-06-24" {
		t.Errorf("line 1 timexes = %+v, want Tuesday = 2025-06-24", first.Timexes)
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(lines[2], `"error"`) {
		t.Errorf("bad requests should give error lines: %s / %s", lines[1], lines[2])
	}
	if !strings.Contains(lines[3], `"2025-03"`) {
		t.Errorf("line 4 lacks 2025-03: %s", lines[3])
	}
}

func TestImportEventsExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "z.db")
	code, out, stderr := run(t, "", "import", "--db", db, sample)
	if code != 0 || !strings.Contains(out, "dated 2025-06-25") {
		t.Fatalf("import: exit %d out %q err %q", code, out, stderr)
	}
	code, out, _ = run(t, "", "import", "--db", db, sample)
	if code != 0 || !strings.Contains(out, "already imported") {
		t.Fatalf("re-import: exit %d out %q", code, out)
	}
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := st.Documents(t.Context())
	st.Close()
	if err != nil || len(docs) != 1 {
		t.Fatalf("documents after two imports: %d (%v), want 1", len(docs), err)
	}

	code, out, stderr = run(t, "", "events", "--db", db, "--format", "json", "--from", "2025-06", "--to", "2025-06")
	if code != 0 {
		t.Fatalf("events: exit %d: %s", code, stderr)
	}
	var evs []struct{ Start, Title string }
	if err := json.Unmarshal([]byte(out), &evs); err != nil {
		t.Fatalf("events json: %v\n%s", err, out)
	}
	for _, e := range evs {
		if e.Start >= "2025-07" {
			t.Errorf("event %+v starts after June 2025", e)
		}
	}
	if len(evs) < 2 {
		t.Errorf("June 2025 has %d events, want at least the talks and the signing", len(evs))
	}
	// Arabic search ignores diacritics: "وقع" finds the title written "وقع".
	code, out, _ = run(t, "", "events", "--db", db, "--q", "وقّع", "--format", "csv")
	if code != 0 || strings.Count(out, "\n") < 2 {
		t.Errorf("search with diacritics: exit %d, output %q", code, out)
	}

	for _, ext := range []string{"png", "svg", "json", "csv"} {
		outFile := filepath.Join(dir, "tl."+ext)
		code, _, stderr = run(t, "", "export", "--db", db, "--out", outFile, "--width", "800")
		if code != 0 {
			t.Fatalf("export %s: exit %d: %s", ext, code, stderr)
		}
		b, err := os.ReadFile(outFile)
		if err != nil || len(b) == 0 {
			t.Fatalf("export %s wrote nothing: %v", ext, err)
		}
		if ext == "png" {
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil || img.Bounds().Dx() != 800 {
				t.Errorf("png: %v, width %d", err, img.Bounds().Dx())
			}
		}
	}
}

func TestErrorsAreOneActionableLine(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "bin.txt")
	os.WriteFile(bin, []byte("\x00\x01\x02"), 0o644)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown command", []string{"frob"}, exitUsage, "unknown command"},
		{"import without files", []string{"import", "--db", filepath.Join(dir, "a.db")}, exitUsage, "at least one FILE"},
		{"missing file", []string{"import", "--db", filepath.Join(dir, "a.db"), filepath.Join(dir, "nope.txt")}, exitError, "check the path"},
		{"binary file", []string{"import", "--db", filepath.Join(dir, "a.db"), bin}, exitError, "binary"},
		{"bad language", []string{"extract", "--lang", "de", sample}, exitUsage, "use ar, fr or en"},
		{"bad date", []string{"extract", "--dct", "yesterday", sample}, exitUsage, "YYYY-MM-DD"},
		{"events without db", []string{"events", "--db", filepath.Join(dir, "none.db")}, exitError, "import documents first"},
		{"export bad format", []string{"export", "--out", filepath.Join(dir, "x.docx")}, exitUsage, ".png"},
		{"export missing folder", []string{"export", "--db", filepath.Join(dir, "a.db"), "--out", filepath.Join(dir, "no", "x.png")}, exitError, "does not exist"},
		{"unknown flag", []string{"events", "--frob"}, exitUsage, "--help"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", stderr, tt.wantErr)
			}
			if n := strings.Count(strings.TrimSpace(stderr), "\n"); n > 1 {
				t.Errorf("stderr has %d lines, want one or two: %q", n+1, stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "none.db")); err == nil {
		t.Error("events created a database at a mistyped path")
	}
}

func TestFailedImportLeavesNoNewDatabase(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "photo.txt")
	os.WriteFile(bad, []byte("\x89PNG\x00\x00"), 0o644)
	db := filepath.Join(dir, "new.db")
	if code, _, _ := run(t, "", "import", "--db", db, bad); code != exitError {
		t.Fatalf("exit %d, want %d", code, exitError)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Errorf("a failed import into a new path left %s behind (%v)", db, err)
	}
	// An existing database stays, even empty.
	st, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	run(t, "", "import", "--db", db, bad)
	if _, err := os.Stat(db); err != nil {
		t.Errorf("an existing database was removed: %v", err)
	}
}
