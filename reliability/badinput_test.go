package reliability

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"zaman/cli"
	"zaman/ingest"
	"zaman/store"
)

// badEnv is one case's sandbox: a folder and a copy of a database that
// already holds the sample document and a note.
type badEnv struct {
	t   *testing.T
	dir string
	db  string
}

func (e badEnv) file(name string, data []byte) string {
	p := filepath.Join(e.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// sql runs statements on the case's database around the store.
func (e badEnv) sql(q string) {
	db := openRaw(e.t, e.db)
	if _, err := db.Exec(q); err != nil {
		e.t.Fatal(err)
	}
	db.Close()
}

// badCase is one bad input. Rejected inputs must fail with a non-zero exit
// code, one line on stderr holding every string of msg (what went wrong
// and what to do), and leave the database exactly as it was. Accepted
// inputs (odd but legitimate text) must import, and check verifies what
// was stored.
type badCase struct {
	name  string
	args  func(e badEnv) []string
	stdin string
	code  int      // wanted exit code; 0 = accepted
	msg   []string // substrings of stderr
	check func(t *testing.T, e badEnv, stdout string)
	// dbChanges: the case changes the database on purpose before running
	// (newer schema, corrupt file...): compare against the state after
	// setup, which args does.
}

var article = "RABAT, June 25, 2025 — The two ministers signed a joint action plan on Tuesday, after talks that began in March 2025.\n"

func badCases() []badCase {
	imp := func(e badEnv, extra ...string) []string {
		return append([]string{"import", "--db", e.db}, extra...)
	}
	return []badCase{
		{name: "binary png", args: func(e badEnv) []string {
			return imp(e, e.file("photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")))
		}, code: 1, msg: []string{"binary", "save the article as .txt"}},
		{name: "binary zip named md", args: func(e badEnv) []string {
			return imp(e, e.file("a.md", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00")))
		}, code: 1, msg: []string{"binary"}},
		{name: "utf16 with bom", args: func(e badEnv) []string {
			return imp(e, e.file("u16.txt", []byte("\xff\xfeR\x00a\x00b\x00a\x00t\x00")))
		}, code: 1, msg: []string{"u16.txt", "UTF-16", "re-save it as UTF-8"}},
		{name: "invalid utf8 latin1", args: func(e badEnv) []string {
			return imp(e, e.file("latin1.txt", []byte("Le minist\xe8re a sign\xe9 mardi.")))
		}, code: 1, msg: []string{"not UTF-8", "offset 9", "re-save it as UTF-8"}},
		{name: "invalid utf8 truncated arabic", args: func(e badEnv) []string {
			return imp(e, e.file("cut.txt", []byte("الرباط \xd8")))
		}, code: 1, msg: []string{"not UTF-8", "re-save it as UTF-8"}},
		{name: "empty file", args: func(e badEnv) []string { return imp(e, e.file("empty.txt", nil)) },
			code: 1, msg: []string{"has no text", "choose a file"}},
		{name: "whitespace only", args: func(e badEnv) []string {
			return imp(e, e.file("ws.txt", []byte(" \n\t\r\n   \n")))
		}, code: 1, msg: []string{"has no text"}},
		{name: "bom only", args: func(e badEnv) []string { return imp(e, e.file("bom.txt", []byte("\xef\xbb\xbf"))) },
			code: 1, msg: []string{"has no text"}},
		{name: "zero width and bidi controls only", args: func(e badEnv) []string {
			return imp(e, e.file("zw.txt", []byte("\u200b\u200f\u202b\u2067\ufeff\u200d\n\u2069\u202c")))
		}, code: 1, msg: []string{"has no text"}},
		{name: "very large file", args: func(e badEnv) []string {
			p := filepath.Join(e.dir, "huge.txt")
			f, err := os.Create(p)
			if err != nil {
				e.t.Fatal(err)
			}
			f.Truncate(ingest.MaxFileSize + 1) // sparse: no disk used, never read
			f.Close()
			return imp(e, p)
		}, code: 1, msg: []string{"huge.txt", "16 MB limit", "split it into articles"}},
		{name: "missing file", args: func(e badEnv) []string { return imp(e, filepath.Join(e.dir, "nope.txt")) },
			code: 1, msg: []string{"nope.txt", "check the path"}},
		{name: "folder without articles", args: func(e badEnv) []string {
			e.file("pics/a.jpg", []byte("x"))
			return imp(e, filepath.Join(e.dir, "pics"))
		}, code: 1, msg: []string{"no .txt, .md or .html files"}},
		{name: "html without article", args: func(e badEnv) []string {
			return imp(e, e.file("nav.html", []byte("<html><body><nav><a href=/>Home</a></nav><script>var x=1</script></body></html>")))
		}, code: 1, msg: []string{"no article text", "save the article's text as .txt"}},
		{name: "html script and style only", args: func(e badEnv) []string {
			return imp(e, e.file("s.html", []byte("<!doctype html><html><head><style>p{}</style></head><body><script>"+strings.Repeat("x();", 500)+"</script></body></html>")))
		}, code: 1, msg: []string{"no article text"}},
		{name: "html deeply nested", args: func(e badEnv) []string {
			var b strings.Builder
			b.WriteString("<html><body>")
			b.WriteString(strings.Repeat("<div>", 20000))
			b.WriteString("<p>" + strings.Repeat(article, 5) + "</p>")
			b.WriteString(strings.Repeat("</div>", 20000))
			b.WriteString("</body></html>")
			return imp(e, e.file("deep.html", []byte(b.String())))
		}, code: 1, msg: []string{"deep.html", "20000 levels deep", "save the article's text as .txt"}},
		{name: "html malformed but readable", args: func(e badEnv) []string {
			page := "<html><head><title>Plan signed</title></head><body><article><p>" + strings.Repeat(article, 6) +
				"<p><b><i>unclosed <a href='x>broken</article><div </body>"
			return imp(e, e.file("broken.html", []byte(page)))
		}, code: 0, check: wantDocuments(2)},
		{name: "bidi controls and zero width in text", args: func(e badEnv) []string {
			text := "\u202bالرباط\u202c \u200f- الأربعاء 2025/06/25\u200e\n\nوقع\u200c الوزيران\u200d \u2067مخطط عمل\u2069 يوم الثلاثاء، بعد محادثات بدأت في مارس الماضي.\n"
			return imp(e, e.file("bidi.txt", []byte(text)))
		}, code: 0, check: func(t *testing.T, e badEnv, out string) {
			wantDocuments(2)(t, e, out)
			if !strings.Contains(out, "dated 2025-06-25") {
				t.Errorf("dateline behind bidi controls not found: %s", out)
			}
		}},
		{name: "mixed scripts", args: func(e badEnv) []string {
			text := "Paris/باريس — le 25 juin 2025 (٢٥ يونيو ۲۰۲۵), the ministers 🇲🇦🇫🇷 met; 会谈 于 周二 举行. Ελλάδα. שלום.\n"
			return imp(e, e.file("mixed.txt", []byte(text)))
		}, code: 0, check: wantDocuments(2)},
		{name: "crlf and cr newlines", args: func(e badEnv) []string {
			return imp(e, e.file("crlf.txt", []byte("Title\r\n\r\nRABAT, June 25, 2025 \u2014 Talks on Tuesday.\rMore in March.\r\n")))
		}, code: 0, check: wantDocuments(2)},
		{name: "sql metacharacters in title", args: func(e badEnv) []string {
			return imp(e, e.file("sql.txt", []byte("Robert'); DROP TABLE documents; -- \"x\" % _ \\\n\n"+article)))
		}, code: 0, check: func(t *testing.T, e badEnv, out string) {
			wantDocuments(2)(t, e, out)
			db := openRaw(t, e.db)
			if c := count(t, db, `SELECT count(*) FROM documents WHERE title = ?`, `Robert'); DROP TABLE documents; -- "x" % _ \`); c != 1 {
				t.Errorf("title not stored verbatim")
			}
		}},
		{name: "impossible numeric date in text", args: func(e badEnv) []string {
			return imp(e, e.file("d1.txt", []byte("RABAT, June 25, 2025 — The meeting of 2025/13/45 never happened; the plan was signed on 2025/02/30.\n")))
		}, code: 0, check: noImpossibleEvents},
		{name: "impossible arabic date in text", args: func(e badEnv) []string {
			return imp(e, e.file("d2.txt", []byte("الرباط - الأربعاء 2025/06/25\n\nعقد الاجتماع يوم 31 فبراير 2025 وفي 45/13/2025.\n")))
		}, code: 0, check: noImpossibleEvents},
		{name: "impossible dct", args: func(e badEnv) []string {
			return imp(e, "--dct", "2025/13/45", e.file("a.txt", []byte(article)))
		}, code: 2, msg: []string{"2025/13/45", "not understood", "YYYY-MM-DD"}},
		{name: "impossible dct february 31", args: func(e badEnv) []string {
			return imp(e, "--dct", "2025-02-31", e.file("a.txt", []byte(article)))
		}, code: 2, msg: []string{"2025-02-31", "not a date of the calendar", "YYYY-MM-DD"}},
		{name: "arabic dct", args: func(e badEnv) []string {
			return imp(e, "--dct", "31 فبراير", e.file("a.txt", []byte(article)))
		}, code: 2, msg: []string{"not understood", "YYYY-MM-DD"}},
		{name: "unknown language", args: func(e badEnv) []string {
			return imp(e, "--lang", "de", e.file("a.txt", []byte(article)))
		}, code: 2, msg: []string{`"de"`, "use ar, fr or en"}},
		{name: "unwritable database folder", args: func(e badEnv) []string {
			blocker := e.file("file.txt", []byte("x"))
			e.db = filepath.Join(blocker, "sub", "z.db") // a folder inside a regular file: fails even as root
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"file.txt", "choose another"}},
		{name: "database is a folder", args: func(e badEnv) []string {
			os.MkdirAll(filepath.Join(e.dir, "dbdir"), 0o755)
			return []string{"import", "--db", filepath.Join(e.dir, "dbdir"), e.file("a.txt", []byte(article))}
		}, code: 1, msg: []string{"dbdir", "is a folder", "database file"}},
		{name: "read-only database", args: func(e badEnv) []string {
			immutable(e.t, e.db)
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"read-only", "permissions"}},
		{name: "database locked by another zaman", args: func(e badEnv) []string {
			holdWriteLock(e.t, e.db)
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"locked", "close it and try again"}},
		{name: "database from a newer schema", args: func(e badEnv) []string {
			e.sql(`INSERT INTO schema_migrations (version, applied_at) VALUES (999, '2099-01-01T00:00:00Z')`)
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"newer Zaman", "upgrade Zaman or choose another database"}},
		{name: "corrupt database", args: func(e badEnv) []string {
			os.WriteFile(e.db, bytes.Repeat([]byte("not a database "), 500), 0o644)
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"damaged or not a database"}},
		{name: "sqlite database of another program", args: func(e badEnv) []string {
			os.Remove(e.db)
			e.sql(`CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x')`)
			return imp(e, e.file("a.txt", []byte(article)))
		}, code: 1, msg: []string{"not a Zaman database", "choose another"}},
		{name: "disk full", args: func(e badEnv) []string {
			e.db = fullDisk(e.t, e.db)
			return imp(e, e.file("big.txt", []byte(strings.Repeat(article, 300))))
		}, code: 1, msg: []string{"disk is full", "free some space"}},
		{name: "export to a missing folder", args: func(e badEnv) []string {
			return []string{"export", "--db", e.db, "--out", filepath.Join(e.dir, "no", "such", "folder", "t.png")}
		}, code: 1, msg: []string{"no/such/folder", "folder"}},
		{name: "export to an unknown format", args: func(e badEnv) []string {
			return []string{"export", "--db", e.db, "--out", filepath.Join(e.dir, "t.docx")}
		}, code: 2, msg: []string{"png"}},
		{name: "events with an impossible date", args: func(e badEnv) []string {
			return []string{"events", "--db", e.db, "--from", "2025-13-45"}
		}, code: 2, msg: []string{"2025-13-45", "YYYY-MM-DD"}},
		{name: "jsonl batch with malformed lines", args: func(e badEnv) []string { return []string{"extract", "--jsonl"} },
			stdin: "{\"id\":\"a\",\"dct\":\"2025-06-25\",\"text\":\"Talks on Tuesday.\"}\n{broken\n[1,2]\n{\"id\":\"d\",\"dct\":\"2025-13-45\",\"text\":\"x\"}\n{\"id\":\"e\",\"text\":\"\\ud800 lone surrogate\"}\n",
			code:  0, check: func(t *testing.T, e badEnv, out string) {
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) != 5 || strings.Contains(lines[0], "error") || !strings.Contains(lines[1], `"error"`) ||
					!strings.Contains(lines[2], `"error"`) || !strings.Contains(lines[3], "2025-13-45") || strings.Contains(lines[4], "error") {
					t.Errorf("one answer per line, errors for the bad ones; got:\n%s", out)
				}
			}},
		{name: "import-data malformed json", args: func(e badEnv) []string {
			return []string{"import-data", "--db", e.db, "--format", "zaman", e.file("d.json", []byte(`{"format": "zaman", "documents": [{"title": "x", `))}
		}, code: 1, msg: []string{"d.json", "nothing was imported"}},
		{name: "import-data json of the wrong shape", args: func(e badEnv) []string {
			return []string{"import-data", "--db", e.db, "--format", "zaman", e.file("d.json", []byte(`[1, 2, 3]`))}
		}, code: 1, msg: []string{"nothing was imported"}},
		{name: "import-data malformed csv", args: func(e badEnv) []string {
			return []string{"import-data", "--db", e.db, e.file("e.csv", []byte("title,start\n\"unterminated,2025-06-25\nx,2025-06-26\n"))}
		}, code: 1, msg: []string{"e.csv", "nothing was imported"}},
		{name: "import-data csv with impossible dates", args: func(e badEnv) []string {
			return []string{"import-data", "--db", e.db, e.file("e.csv", []byte("title,start\nok,2025-06-25\nbad,2025-13-45\n"))}
		}, code: 1, msg: []string{"2025-13-45", "nothing was imported"}},
		{name: "import-data timelinejs malformed", args: func(e badEnv) []string {
			return []string{"import-data", "--db", e.db, "--format", "timelinejs", e.file("t.json", []byte(`{"events": [{"start_date": {"year": "twenty"}, "text": {"headline": "x"}}]}`))}
		}, code: 1, msg: []string{"nothing was imported"}},
	}
}

func wantDocuments(n int) func(t *testing.T, e badEnv, out string) {
	return func(t *testing.T, e badEnv, out string) {
		t.Helper()
		db := openRaw(t, e.db)
		integrity(t, db)
		if c := count(t, db, `SELECT count(*) FROM documents`); c != n {
			t.Errorf("%d documents, want %d", c, n)
		}
	}
}

// noImpossibleEvents: the document is stored, and every event has a real
// interval.
func noImpossibleEvents(t *testing.T, e badEnv, out string) {
	wantDocuments(2)(t, e, out)
	db := openRaw(t, e.db)
	if c := count(t, db, `SELECT count(*) FROM events WHERE end_unix <= start_unix OR value LIKE '%-13%' OR value LIKE '%-02-3%' OR value LIKE '%-45'`); c != 0 {
		t.Errorf("%d events with an impossible date", c)
	}
}

// immutable makes path unwritable even for root (chattr +i), or skips.
func immutable(t *testing.T, path string) {
	if err := exec.Command("chattr", "+i", path).Run(); err != nil {
		t.Skipf("chattr +i: %v (needs root on ext4)", err)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

// holdWriteLock holds a write transaction on path, as another Zaman in the
// middle of a long import would, until the test ends.
func holdWriteLock(t *testing.T, path string) {
	db := openRaw(t, path)
	conn, err := db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := conn.ExecContext(context.Background(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.ExecContext(context.Background(), `ROLLBACK`); conn.Close() })
}

// fullDisk moves the database onto a tiny tmpfs, filled to the last
// block, and returns its new path. SQLite's max_page_count would be the
// portable way, but it is a per-connection setting the store's DSN does
// not expose, so a real full file system it is; skipped when mounting is
// not allowed.
func fullDisk(t *testing.T, db string) string {
	mnt := t.TempDir()
	if err := syscall.Mount("tmpfs", mnt, "tmpfs", 0, "size=4m"); err != nil {
		t.Skipf("mount tmpfs: %v (needs root)", err)
	}
	t.Cleanup(func() { syscall.Unmount(mnt, syscall.MNT_DETACH) })
	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(mnt, "z.db")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	// Keep a connection open, as the GUI would, so the -wal and -shm
	// files exist before the disk fills (and readers can still open it).
	raw := openRaw(t, p)
	if err := raw.Ping(); err != nil {
		t.Fatal(err)
	}
	raw.Exec(`PRAGMA journal_mode = WAL`)
	raw.SetMaxOpenConns(1)
	raw.SetConnMaxLifetime(0)
	var n int
	raw.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
	f, err := os.Create(filepath.Join(mnt, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 4096)
	for {
		if _, err := f.Write(buf); err != nil {
			break
		}
	}
	f.Close()
	return p
}

// templateDB is a database with the sample document and a note, made once
// per test and copied into each case.
func templateDB(t *testing.T) string {
	path := filepath.Join(t.TempDir(), "template.db")
	st, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ingest.NewImporter(st).File(context.Background(), arabicSample, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddAnnotation(context.Background(), store.Annotation{DocumentID: rep.DocID, Body: "ملاحظة'); DROP TABLE annotations; --"}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBadInput runs the catalogue through the command line (cli.Run, the
// code the binary runs).
func TestBadInput(t *testing.T) {
	tmpl := templateDB(t)
	data, err := os.ReadFile(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	cases := badCases()
	if len(cases) < 30 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, c := range cases {
		t.Run(strings.ReplaceAll(c.name, " ", "_"), func(t *testing.T) {
			e := badEnv{t: t, dir: t.TempDir()}
			e.db = filepath.Join(e.dir, "z.db")
			if err := os.WriteFile(e.db, data, 0o644); err != nil {
				t.Fatal(err)
			}
			// args may move the database (e.db) or change it on purpose;
			// the state to keep is the one after.
			args := c.args(e)
			e.db = dbArg(args, e.db)
			before := dumpHashOrFile(t, e.db)
			var out, errb bytes.Buffer
			t0 := time.Now()
			code := cli.Run(args, strings.NewReader(c.stdin), &out, &errb)
			stderr := errb.String()
			t.Logf("exit %d in %v: %s", code, time.Since(t0).Round(time.Millisecond), strings.TrimSpace(stderr))
			if strings.Contains(stderr, "panic") || strings.Contains(stderr, "goroutine ") {
				t.Fatalf("panic: %s", stderr)
			}
			switch {
			case c.code == -1: // either outcome; if it fails it must fail cleanly
				if code != 0 {
					checkRejected(t, e, c, code, stderr, before)
				}
			case c.code != 0:
				checkRejected(t, e, c, code, stderr, before)
			default:
				if code != 0 {
					t.Fatalf("exit %d, want success: %s", code, stderr)
				}
				if c.check != nil {
					c.check(t, e, out.String())
				}
			}
		})
	}
}

func checkRejected(t *testing.T, e badEnv, c badCase, code int, stderr, before string) {
	t.Helper()
	if code == 0 {
		t.Fatalf("exit 0, want failure")
	}
	if c.code > 0 && code != c.code {
		t.Errorf("exit %d, want %d", code, c.code)
	}
	for _, m := range c.msg {
		if !strings.Contains(stderr, m) {
			t.Errorf("stderr %q lacks %q", stderr, m)
		}
	}
	if !strings.HasPrefix(stderr, "zaman: ") {
		t.Errorf("stderr %q does not start with 'zaman: '", stderr)
	}
	if after := dumpHashOrFile(t, e.db); after != before {
		t.Errorf("the database changed")
	}
}

// dbArg is the --db of a command line, or def.
func dbArg(args []string, def string) string {
	for i, a := range args {
		if a == "--db" && i+1 < len(args) {
			return args[i+1]
		}
	}
	return def
}

// dumpHashOrFile is dumpHash for databases, and a hash of the bytes of
// files that are not (a corrupt database must stay as it is too).
func dumpHashOrFile(t *testing.T, path string) string {
	fi, err := os.Stat(path)
	if err != nil {
		return "absent"
	}
	if fi.IsDir() {
		ents, _ := os.ReadDir(path)
		return "dir " + string(rune('0'+len(ents)))
	}
	data, _ := os.ReadFile(path)
	if !bytes.HasPrefix(data, []byte("SQLite format 3\x00")) {
		return "file " + string(data)
	}
	return dumpHash(t, path)
}

// TestBadInputAnnotationSQL stores notes full of SQL and FTS5 syntax and
// searches with it: the text comes back verbatim and no query fails.
func TestBadInputAnnotationSQL(t *testing.T) {
	st, err := store.Open(templateDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	docs, _ := st.Documents(ctx)
	bodies := []string{`'); DROP TABLE annotations; --`, `" OR 1=1 --`, `NEAR("a" "b") * ^ : -x AND OR NOT`, `%_\ '' ""`, "نص\x00مع صفر"}
	for _, b := range bodies {
		id, err := st.AddAnnotation(ctx, store.Annotation{DocumentID: docs[0].ID, Body: b})
		if err != nil {
			t.Fatalf("%q: %v", b, err)
		}
		got, err := st.Annotations(ctx, store.AnnotationFilter{DocumentID: docs[0].ID})
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, a := range got {
			found = found || a.ID == id && a.Body == b
		}
		if !found {
			t.Errorf("%q not stored verbatim", b)
		}
		if _, err := st.Annotations(ctx, store.AnnotationFilter{Query: b}); err != nil {
			t.Errorf("search %q: %v", b, err)
		}
		if _, err := st.Events(ctx, store.EventFilter{Query: b}); err != nil {
			t.Errorf("event search %q: %v", b, err)
		}
	}
	db := openRaw(t, st.Path())
	integrity(t, db)
}
