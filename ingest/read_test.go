package ingest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// parseCases is the table of TestParse; it seeds FuzzParse too.
var parseCases = []struct {
	name, file, data string
	wantErr          string // substring; "" = no error
	wantTitle        string
	wantFormat       string
}{
	{name: "plain arabic", file: "a.txt", data: "عنوان الخبر\n\nالنص.", wantTitle: "عنوان الخبر", wantFormat: "txt"},
	{name: "bom and crlf", file: "b.txt", data: "\ufeffTitle line\r\nBody\r\n", wantTitle: "Title line", wantFormat: "txt"},
	{name: "markdown heading", file: "c.md", data: "# Le titre\n\nTexte.", wantTitle: "Le titre", wantFormat: "md"},
	{name: "binary", file: "d.txt", data: "PK\x03\x04\x00\x00", wantErr: "binary"},
	{name: "invalid utf8", file: "e.txt", data: "caf\xe9 au lait", wantErr: "not UTF-8"},
	{name: "empty", file: "f.txt", data: "", wantErr: "no text"},
	{name: "whitespace and zero-width only", file: "g.txt", data: " \n\t\u200b\u200f\n", wantErr: "no text"},
	{name: "html article", file: "h.html", data: `<!doctype html><html><head><title>Page</title>
<meta property="article:published_time" content="2025-06-25T08:00:00Z"></head>
<body><nav>menu</nav><article><h1>Signing in Rabat</h1><p>` + strings.Repeat("The two ministers signed a plan on Tuesday in Rabat. ", 12) + `</p>
<p>` + strings.Repeat("They had met in March to prepare it. ", 12) + `</p></article></body></html>`, wantFormat: "html"},
	{name: "html nested too deeply", file: "i.html", data: "<html><body>" + strings.Repeat("<div>", maxHTMLDepth+1) + "<p>Talks on Tuesday in Rabat, after March.</p>", wantErr: "levels deep"},
	{name: "html loose but valid", file: "j.html", data: "<html><body><article>" + strings.Repeat("<p>The ministers met on Tuesday in Rabat to sign the plan.", 600) + "</article>", wantFormat: "html"},
	{name: "html menu only", file: "k.html", data: "<html><body><nav><a href=/>Home</a> <a href=/s>Sport</a></nav></body></html>", wantErr: "no article text"},
}

func TestParse(t *testing.T) {
	tests := parseCases
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse(tt.file, []byte(tt.data))
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				if !errors.Is(err, ErrBadInput) {
					t.Errorf("err %v does not wrap ErrBadInput", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantTitle != "" && doc.Title != tt.wantTitle {
				t.Errorf("title = %q, want %q", doc.Title, tt.wantTitle)
			}
			if doc.Format != tt.wantFormat {
				t.Errorf("format = %q, want %q", doc.Format, tt.wantFormat)
			}
			if strings.ContainsRune(doc.Text, '\r') {
				t.Errorf("text keeps carriage returns")
			}
		})
	}
}

func TestParseHTMLKeepsArticleAndDate(t *testing.T) {
	page := `<html><head><meta property="article:published_time" content="2025-06-25T08:00:00Z"></head><body>
<div class="menu">Home | Sport | Contact</div><article><p>` + strings.Repeat("Le ministre a signé mardi un plan d'action commun à Rabat. ", 10) + `</p></article>
<script>var x = "2020-01-01";</script></body></html>`
	doc, err := Parse("p.html", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(doc.Text, "plan d'action commun") {
		t.Errorf("article text missing: %q", doc.Text)
	}
	if strings.Contains(doc.Text, "var x") {
		t.Errorf("script text leaked into the document: %q", doc.Text)
	}
	if got := doc.Published.Format("2006-01-02"); got != "2025-06-25" {
		t.Errorf("published = %s, want 2025-06-25", got)
	}
}

func TestReadFileRefusesFoldersAndHugeFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(dir); !errors.Is(err, ErrBadInput) {
		t.Errorf("folder: err = %v, want ErrBadInput", err)
	}
	big := filepath.Join(dir, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxFileSize + 1); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if _, err := ReadFile(big); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), "limit") {
		t.Errorf("huge file: err = %v, want a size limit error", err)
	}
	if _, err := ReadFile(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(Explain(err), "no such file") {
		t.Errorf("missing file: err = %v", err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.md", "sub/c.html", "skip.pdf", ".hidden/d.txt", "sub/.e.txt"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Expand([]string{dir, filepath.Join(dir, "b.txt")})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, g := range got {
		r, _ := filepath.Rel(dir, g)
		rel = append(rel, r)
	}
	want := "a.md b.txt sub/c.html"
	if strings.Join(rel, " ") != want {
		t.Errorf("Expand = %v, want %s", rel, want)
	}
	if _, err := Expand([]string{filepath.Join(dir, "nope")}); err == nil {
		t.Error("missing path: no error")
	}
}
