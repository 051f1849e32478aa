// Package reliability holds Zaman's tests of what must never go wrong with
// the user's data: crashes in the middle of an import or of saving a note
// (crash_test.go), bad input of every kind (badinput_test.go), and volume
// (volume_test.go, coldstart_test.go). It has no code of its own besides
// the helper programs under internal/.
package reliability

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"sync"
	"testing"

	_ "github.com/mattn/go-sqlite3" // the driver the store uses; for direct checks
)

// openRaw opens a database file with the driver alone, for checks that go
// around the store.
func openRaw(tb testing.TB, path string) *sql.DB {
	tb.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?_busy_timeout=5000")
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

func count(tb testing.TB, db *sql.DB, q string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.QueryRow(q, args...).Scan(&n); err != nil {
		tb.Fatalf("%s: %v", q, err)
	}
	return n
}

// integrity runs PRAGMA integrity_check and the foreign key check.
func integrity(tb testing.TB, db *sql.DB) {
	tb.Helper()
	var res string
	if err := db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil {
		tb.Fatalf("integrity_check: %v", err)
	}
	if res != "ok" {
		tb.Fatalf("integrity_check: %s", res)
	}
	rows, err := db.Query(`PRAGMA foreign_key_check`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	if rows.Next() {
		tb.Fatal("foreign_key_check reports rows")
	}
}

// dumpHash hashes every row of every table (the FTS shadow tables
// included) of the database at path, or returns "absent" when there is no
// file. Two equal hashes mean the same data.
func dumpHash(tb testing.TB, path string) string {
	tb.Helper()
	if _, err := os.Stat(path); err != nil {
		return "absent"
	}
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	h := sha256.New()
	var tables []string
	rows, err := db.Query(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
	if err != nil {
		tb.Fatalf("dump %s: %v", path, err)
	}
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	for _, t := range tables {
		var virtual int
		db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = ? AND sql LIKE 'CREATE VIRTUAL%'`, t).Scan(&virtual)
		if virtual > 0 {
			continue // its shadow tables hold its data
		}
		fmt.Fprintf(h, "table %s\n", t)
		rows, err := db.Query(fmt.Sprintf(`SELECT * FROM %q`, t))
		if err != nil {
			tb.Fatalf("dump %s: %v", t, err)
		}
		cols, _ := rows.Columns()
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		var lines []string
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				tb.Fatal(err)
			}
			lines = append(lines, fmt.Sprintf("%v", vals))
		}
		rows.Close()
		// Row order without ORDER BY is the b-tree's; sort to compare data.
		sort.Strings(lines)
		for _, l := range lines {
			h.Write([]byte(l))
			h.Write([]byte{'\n'})
		}
	}
	var pv int
	db.QueryRow(`PRAGMA user_version`).Scan(&pv)
	fmt.Fprintf(h, "user_version %d\n", pv)
	return hex.EncodeToString(h.Sum(nil))
}

func TestMain(m *testing.M) {
	code := m.Run()
	if buildDir != "" {
		os.RemoveAll(buildDir)
	}
	os.Exit(code)
}

var (
	buildOnce sync.Once
	buildDir  string
	buildErr  error
)

// binary returns the path of a program built from package pkg (e.g.
// "zaman" for the product binary) with the project's build tags, built
// once per test run. ZAMAN_BIN names a prebuilt zaman binary to use
// instead (saves the link, about 10 s).
func binary(tb testing.TB, pkg string) string {
	tb.Helper()
	if pkg == "zaman" {
		if p := os.Getenv("ZAMAN_BIN"); p != "" {
			return p
		}
	}
	buildOnce.Do(func() { buildDir, buildErr = os.MkdirTemp("", "zaman-reliability-bin-") })
	if buildErr != nil {
		tb.Fatal(buildErr)
	}
	out := filepath.Join(buildDir, filepath.Base(pkg))
	buildMu.Lock()
	defer buildMu.Unlock()
	if _, err := os.Stat(out); err == nil {
		return out
	}
	cmd := exec.Command("go", "build", "-tags", "sqlite_fts5,migrated_fynedo", "-o", out, pkg)
	if b, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("build %s: %v\n%s", pkg, err, b)
	}
	return out
}

var buildMu sync.Mutex
