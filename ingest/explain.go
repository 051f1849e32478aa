package ingest

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"syscall"
	"time"

	"zaman/extract"
	"zaman/store"
)

// Explain turns an error into the one line a person can act on.
func Explain(err error) string {
	switch {
	case errors.Is(err, store.ErrNewerSchema), errors.Is(err, ErrBadInput):
		return err.Error()
	case errors.Is(err, store.ErrLocked):
		return err.Error() + " (another program, maybe another Zaman, is writing to this database: close it and try again)"
	case errors.Is(err, store.ErrReadOnly):
		return err.Error() + " (the database is read-only: check the file's permissions or choose another database)"
	case errors.Is(err, store.ErrFull):
		return err.Error() + " (the disk is full: free some space and try again; nothing was written)"
	case errors.Is(err, store.ErrNotZaman):
		return err.Error() + " (choose another database file with --db: Zaman never writes into another program's database)"
	case errors.Is(err, store.ErrCannotOpen):
		return err.Error() + " (the path must name a file in a folder you can write: choose another database)"
	case errors.Is(err, store.ErrCorrupt):
		return err.Error() + " (restore the file from a backup, or choose another database with --db)"
	case errors.Is(err, syscall.ENOTDIR):
		return err.Error() + " (part of the path is a file, not a folder: choose another location)"
	case errors.Is(err, os.ErrPermission):
		return err.Error() + " (permission denied: check the file's permissions)"
	case errors.Is(err, os.ErrNotExist):
		return err.Error() + " (no such file: check the path)"
	}
	return err.Error()
}

// ParseDay reads a date a person typed as a bound or a DCT: YYYY, YYYY-MM
// or YYYY-MM-DD, nothing looser. With end it returns the exclusive end of
// that period (2025-06 ends at 2025-07-01), else its start.
func ParseDay(s string, end bool) (time.Time, error) {
	s = strings.TrimSpace(s)
	if !dayPattern.MatchString(s) {
		return time.Time{}, fmt.Errorf("date %q not understood: write YYYY, YYYY-MM or YYYY-MM-DD: %w", s, ErrBadInput)
	}
	start, stop, _, ok := extract.Interval(s)
	if !ok || start.Format("2006-01-02")[:len(s)] != s {
		return time.Time{}, fmt.Errorf("%q is not a date of the calendar: %w (check the month and the day; write YYYY-MM-DD)", s, ErrBadInput)
	}
	if end {
		return stop, nil
	}
	return start, nil
}

var dayPattern = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
