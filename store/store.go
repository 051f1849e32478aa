// Package store keeps Zaman's documents, temporal mentions, events, their
// sources, tags and the user's annotations in one SQLite file.
//
// Open creates the file, sets WAL, foreign keys and a busy timeout on every
// connection (in the DSN, as mattn/go-sqlite3 wants) and applies the embedded
// migrations. Every write method is one transaction; an import of a whole
// document is one transaction. Driver errors are mapped in one place (mapErr)
// to the sentinel errors below, so callers use errors.Is.
//
// Times cross the package boundary as time.Time in UTC and are stored as Unix
// seconds; an event's interval is [Start, End). Offsets into document text
// are Unicode code points (runes), end exclusive. Full-text search runs on
// text normalised by Normalize, both when indexing and when querying.
//
// A *Store is safe for concurrent use. Writes are serialised on one
// connection; reads run on a separate pool and see the last committed state.
//
// The package must be built with -tags sqlite_fts5.
package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
)

// Errors returned by the store. Test with errors.Is; the returned error wraps
// both the sentinel and, when there is one, the driver's error.
var (
	// ErrNotFound: the row asked for (or referred to) does not exist.
	ErrNotFound = errors.New("not found")
	// ErrNewerSchema: the database was migrated by a newer build of Zaman.
	ErrNewerSchema = errors.New("database was written by a newer Zaman")
	// ErrReadOnly: the database file (or its folder) cannot be written.
	ErrReadOnly = errors.New("database is read-only")
	// ErrLocked: another process held the database longer than the busy timeout.
	ErrLocked = errors.New("database is locked by another program")
	// ErrFull: the disk (or the database's size limit) is full.
	ErrFull = errors.New("disk is full")
	// ErrCorrupt: the file is not a database or is damaged.
	ErrCorrupt = errors.New("database file is damaged or not a database")
	// ErrInvalid: the value given breaks a rule of the data model
	// (unknown status or precision, end before start, ...).
	ErrInvalid = errors.New("invalid value")
	// ErrNotZaman: the file is an SQLite database of another program.
	ErrNotZaman = errors.New("not a Zaman database")
	// ErrCannotOpen: the path cannot hold a database file (a folder, a
	// missing parent that cannot be made, ...).
	ErrCannotOpen = errors.New("cannot open the database file")
)

// applicationID is written into the SQLite header by migration 1 ('Zama').
const applicationID = 1514233153

//go:embed migrations/*.sql
var migrationFS embed.FS

// Options tunes OpenWith. The zero value gives the defaults of Open.
type Options struct {
	// BusyTimeout is how long a statement waits for another process's lock
	// before failing with ErrLocked. Zero means 5 s.
	BusyTimeout time.Duration
	// ReadOnly opens the file read-only; it must exist and be migrated.
	ReadOnly bool
}

// Store is a Zaman database. It is safe for concurrent use.
type Store struct {
	path  string
	write *sql.DB // one connection, BEGIN IMMEDIATE
	read  *sql.DB // pool of readers
	now   func() time.Time

	mu    sync.Mutex
	stmts map[string]*sql.Stmt // prepared read statements by SQL text

	// A cached read is valid while the version is unchanged: gen counts
	// the write transactions committed through this Store, and watch's
	// PRAGMA data_version changes when any other connection (another
	// process's too) commits.
	gen     atomic.Uint64
	watchMu sync.Mutex
	watch   *sql.Conn
	cache   eventCache
}

// version identifies the database's content: it changes after every
// commit, by this process or another.
type version struct{ gen, data int64 }

// ok is false when the version cannot be read (then nothing is cached or
// taken from the cache); the held connection is dropped and made again
// next time.
func (s *Store) version(ctx context.Context) (v version, ok bool) {
	v = version{gen: int64(s.gen.Load())}
	s.watchMu.Lock()
	defer s.watchMu.Unlock()
	if s.watch == nil {
		c, err := s.read.Conn(ctx)
		if err != nil {
			return v, false
		}
		s.watch = c
	}
	if err := s.watch.QueryRowContext(ctx, `PRAGMA data_version`).Scan(&v.data); err != nil {
		s.watch.Close()
		s.watch = nil
		return v, false
	}
	return v, true
}

// maxStmts bounds the statement cache; the viewport query has one text per
// set of duration classes and filter shape, so few are ever made.
const maxStmts = 256

// queryRead runs a read query on the pool through a cached prepared
// statement (the viewport query is long to parse); once the cache is full,
// new texts run unprepared.
func (s *Store) queryRead(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	s.mu.Lock()
	st, ok := s.stmts[query]
	if !ok && len(s.stmts) < maxStmts {
		var err error
		if st, err = s.read.PrepareContext(ctx, query); err != nil {
			s.mu.Unlock()
			return nil, err
		}
		s.stmts[query] = st
		ok = true
	}
	s.mu.Unlock()
	if !ok {
		return s.read.QueryContext(ctx, query, args...)
	}
	return st.QueryContext(ctx, args...)
}

// Open opens (creating if needed) the database at path and migrates it.
func Open(path string) (*Store, error) {
	return OpenWith(path, Options{})
}

// OpenWith is Open with options.
func OpenWith(path string, o Options) (*Store, error) {
	s, err := openWith(path, o)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	return s, nil
}

func openWith(path string, o Options) (*Store, error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("%w: need a file path, got %q", ErrInvalid, path)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	if o.ReadOnly {
		if _, err := os.Stat(abs); err != nil {
			return nil, mapErr(err)
		}
	} else {
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			return nil, mapErr(err)
		}
		// Create the file ourselves: SQLite reports a folder it may not
		// write as "no such file", which is no help to the user.
		// An existing read-only file still opens, for reading.
		if _, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) {
			f, err := os.OpenFile(abs, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil && !errors.Is(err, fs.ErrExist) {
				return nil, mapErr(err)
			}
			if f != nil {
				f.Close()
			}
		}
	}
	busy := o.BusyTimeout
	if busy <= 0 {
		busy = 5 * time.Second
	}
	s := &Store{path: abs, now: time.Now, stmts: map[string]*sql.Stmt{}}

	// Readers use deferred transactions so they never take the write lock.
	s.read, err = sql.Open("sqlite3", dsn(abs, busy, "deferred", o.ReadOnly))
	if err != nil {
		return nil, mapErr(err)
	}
	s.write, err = sql.Open("sqlite3", dsn(abs, busy, "immediate", o.ReadOnly))
	if err != nil {
		s.read.Close()
		return nil, mapErr(err)
	}
	// One writer: writes of this process queue in database/sql instead of
	// fighting over SQLite's lock.
	s.write.SetMaxOpenConns(1)
	if err := s.migrate(context.Background(), o.ReadOnly); err != nil {
		s.Close()
		return nil, err
	}
	return s, nil
}

// dsn builds the mattn/go-sqlite3 connection string; the parameters are
// applied to every new connection of the pool.
func dsn(path string, busy time.Duration, txlock string, readOnly bool) string {
	q := url.Values{}
	q.Set("_journal_mode", "WAL")
	q.Set("_foreign_keys", "on")
	q.Set("_busy_timeout", strconv.FormatInt(busy.Milliseconds(), 10))
	q.Set("_txlock", txlock)
	q.Set("_synchronous", "NORMAL") // safe with WAL; commits stay fast
	q.Set("_cache_size", "-32768")  // 32 MiB per connection: a million events' indexes stay in memory
	if readOnly {
		q.Set("mode", "ro")
	}
	u := url.URL{Scheme: "file", Path: path, RawQuery: q.Encode()}
	return u.String()
}

// Path is the absolute path of the database file.
func (s *Store) Path() string { return s.path }

// Close closes the database.
func (s *Store) Close() error {
	var errs []error
	s.mu.Lock()
	for k, st := range s.stmts {
		errs = append(errs, st.Close())
		delete(s.stmts, k)
	}
	s.mu.Unlock()
	s.watchMu.Lock()
	if s.watch != nil {
		errs = append(errs, s.watch.Close())
		s.watch = nil
	}
	s.watchMu.Unlock()
	if s.read != nil {
		errs = append(errs, s.read.Close())
	}
	if s.write != nil {
		errs = append(errs, s.write.Close())
	}
	return mapErr(errors.Join(errs...))
}

// migration is one embedded numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations lists the embedded migrations in order. File names are
// NNNN_name.sql; numbers start at 1 and have no gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, n := range names {
		base := filepath.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number", base)
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i, m := range ms {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: expected number %d", m.name, i+1)
		}
	}
	return ms, nil
}

// SchemaVersion is the newest schema this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// migrate applies the migrations the database lacks, each in its own
// transaction. It refuses, before writing anything, a database whose
// schema is newer than this build's.
func (s *Store) migrate(ctx context.Context, readOnly bool) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	have, err := s.schemaVersion(ctx)
	if err != nil {
		return err
	}
	if have > len(ms) {
		return fmt.Errorf("%w (schema %d, this build knows %d): upgrade Zaman or choose another database",
			ErrNewerSchema, have, len(ms))
	}
	if have == len(ms) {
		return nil
	}
	if readOnly {
		return fmt.Errorf("%w: schema %d needs migrating to %d", ErrReadOnly, have, len(ms))
	}
	if have == 0 {
		if err := s.checkForeign(ctx); err != nil {
			return err
		}
	}
	if _, err := s.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version    INTEGER PRIMARY KEY,
		applied_at TEXT NOT NULL
	)`); err != nil {
		return mapErr(err)
	}
	for _, m := range ms[have:] {
		if err := s.apply(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.name, err)
		}
	}
	return nil
}

// apply runs one migration and records it in the same transaction.
func (s *Store) apply(ctx context.Context, m migration) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err)
	}
	defer tx.Rollback()
	// Another process may have migrated between our check and our lock.
	var done int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&done); err != nil {
		return mapErr(err)
	}
	if done > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return mapErr(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)`,
		m.version, s.now().UTC().Format(time.RFC3339)); err != nil {
		return mapErr(err)
	}
	return mapErr(tx.Commit())
}

// schemaVersion reads the highest recorded migration, 0 for a new file.
func (s *Store) schemaVersion(ctx context.Context) (int, error) {
	var n int
	err := s.read.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&n)
	if err != nil {
		return 0, mapErr(err)
	}
	if n == 0 {
		return 0, nil
	}
	var v sql.NullInt64
	if err := s.read.QueryRowContext(ctx, `SELECT max(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, mapErr(err)
	}
	return int(v.Int64), nil
}

// checkForeign refuses to migrate into an SQLite file that already holds
// another program's tables.
func (s *Store) checkForeign(ctx context.Context) error {
	var id, tables int
	if err := s.read.QueryRowContext(ctx, `PRAGMA application_id`).Scan(&id); err != nil {
		return mapErr(err)
	}
	if err := s.read.QueryRowContext(ctx,
		`SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations'`).Scan(&tables); err != nil {
		return mapErr(err)
	}
	if tables > 0 && id != applicationID {
		return fmt.Errorf("%w: it already holds %d tables of another program", ErrNotZaman, tables)
	}
	return nil
}

// mapErr turns driver and OS errors into the store's errors. It is the only
// place that looks inside driver errors. The result wraps both the sentinel
// and the original error.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, ErrNotFound) || errors.Is(err, ErrReadOnly) || errors.Is(err, ErrLocked) ||
		errors.Is(err, ErrFull) || errors.Is(err, ErrCorrupt) || errors.Is(err, ErrInvalid) ||
		errors.Is(err, ErrNewerSchema) || errors.Is(err, ErrNotZaman) || errors.Is(err, ErrCannotOpen) {
		return err
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	var se sqlite3.Error
	if errors.As(err, &se) {
		switch se.Code {
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return fmt.Errorf("%w: %w", ErrLocked, err)
		case sqlite3.ErrReadonly, sqlite3.ErrPerm:
			return fmt.Errorf("%w: %w", ErrReadOnly, err)
		case sqlite3.ErrFull:
			return fmt.Errorf("%w: %w", ErrFull, err)
		case sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return fmt.Errorf("%w: %w", ErrCorrupt, err)
		case sqlite3.ErrCantOpen:
			if os.IsPermission(se.SystemErrno) || se.SystemErrno == syscall.EROFS {
				return fmt.Errorf("%w: %w", ErrReadOnly, err)
			}
			return fmt.Errorf("%w: %w", ErrCannotOpen, err)
		case sqlite3.ErrIoErr:
			// A write that hit the end of the disk or a file-size limit.
			if se.SystemErrno == syscall.ENOSPC || se.SystemErrno == syscall.EFBIG || se.SystemErrno == syscall.EDQUOT {
				return fmt.Errorf("%w: %w", ErrFull, err)
			}
		case sqlite3.ErrConstraint:
			if se.ExtendedCode == sqlite3.ErrConstraintForeignKey {
				return fmt.Errorf("%w: %w", ErrNotFound, err)
			}
			return fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		return err
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("%w: %w", ErrReadOnly, err)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	}
	return err
}

// withTx runs fn in one write transaction and commits it.
func (s *Store) withTx(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return mapErr(err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return mapErr(err)
	}
	// Counted even if Commit fails: a spurious bump only empties a cache.
	defer s.gen.Add(1)
	return mapErr(tx.Commit())
}

// unixTime converts stored Unix seconds to UTC time.
func unixTime(sec int64) time.Time { return time.Unix(sec, 0).UTC() }
