package ingest

import (
	"errors"
	"os"

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
	case errors.Is(err, os.ErrPermission):
		return err.Error() + " (permission denied: check the file's permissions)"
	case errors.Is(err, os.ErrNotExist):
		return err.Error() + " (no such file: check the path)"
	}
	return err.Error()
}
