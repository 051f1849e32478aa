package cli

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"text/tabwriter"
	"time"

	"zaman/ingest"
	"zaman/store"
)

func (c *command) importCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("import", "[--db F] [--lang L] [--dct D] FILE|FOLDER...")
	db := fs.String("db", DefaultDBPath(), "database file")
	lang := fs.String("lang", "", "document language: ar, fr or en (default: detected per document)")
	dct := fs.String("dct", "", "document creation date YYYY-MM-DD for every file (default: from each document)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("import needs at least one FILE or FOLDER; run 'zaman import --help'")
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	dctTime, err := parseDate(*dct, false)
	if err != nil {
		return err
	}
	files, err := ingest.Expand(fs.Args())
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .txt, .md or .html files found in %v: %w (give article files, or folders that hold some)", fs.Args(), ingest.ErrBadInput)
	}
	if fi, err := os.Stat(*db); err == nil && fi.IsDir() {
		return fmt.Errorf("--db %s is a folder: give the path of a database file, such as %s", *db, filepath.Join(*db, "zaman.db"))
	}
	_, statErr := os.Stat(*db)
	created := errors.Is(statErr, os.ErrNotExist)
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer func() {
		// A database this command created and filled with nothing is not
		// left behind (a mistyped --db, a folder of unusable files).
		empty := created && st.Empty(context.Background())
		st.Close()
		if empty {
			for _, suffix := range []string{"", "-wal", "-shm"} {
				os.Remove(*db + suffix)
			}
		}
	}()
	prog := newProgress(c.stderr)
	rep, err := ingest.Bulk(ctx, st, files, ingest.BulkOptions{
		Lang: *lang,
		DCT:  dctTime,
		File: func(rep ingest.Report, err error) {
			prog.clear()
			switch {
			case ingest.Fatal(err):
				// Reported once, as the command's error.
			case err != nil:
				fmt.Fprintf(c.stderr, "zaman: %s\n", ingest.Explain(err))
			case rep.Dup:
				fmt.Fprintf(c.stdout, "%s: already imported (document %d)\n", rep.Origin, rep.DocID)
			default:
				dct := rep.DCT.Value
				if dct == "" {
					dct = "unknown"
				}
				fmt.Fprintf(c.stdout, "%s: document %d, %s, dated %s, %d events from %d temporal expressions\n",
					rep.Origin, rep.DocID, rep.Lang, dct, rep.Events, rep.Timexes)
			}
		},
		Progress: prog.update,
	})
	prog.clear()
	fmt.Fprintf(c.stdout, "%s\n", bulkSummary(rep))
	switch {
	case errors.Is(err, context.Canceled):
		return fmt.Errorf("interrupted after %d of %d files; the documents imported so far are kept, run the same command again to import the rest", rep.Done, rep.Files)
	case err != nil:
		return fmt.Errorf("stopped after %d of %d files, the documents imported before are kept: %w", rep.Done, rep.Files, err)
	case rep.Failed > 0:
		return fmt.Errorf("%d of %d files could not be imported (first: %w)", rep.Failed, rep.Files, rep.FirstErr)
	}
	return nil
}

// bulkSummary is the last line of an import.
func bulkSummary(r ingest.BulkReport) string {
	return fmt.Sprintf("imported %d of %d files: %d new documents with %d events, %d already there, %d failed (%.1fs)",
		r.Done, r.Files, r.Imported, r.Events, r.Duplicates, r.Failed, r.Elapsed.Seconds())
}

// progress draws a self-erasing "n/total" line on a terminal; on anything
// else (a pipe, a file, a test buffer) it stays silent.
type progress struct {
	w     io.Writer
	on    bool
	shown bool
	last  time.Time
	start time.Time
}

func newProgress(w io.Writer) *progress {
	p := &progress{w: w, start: time.Now()}
	if f, ok := w.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			p.on = true
		}
	}
	return p
}

func (p *progress) update(done, total int) {
	if !p.on || done < total && time.Since(p.last) < 100*time.Millisecond {
		return
	}
	p.last = time.Now()
	rate := float64(done) / max(time.Since(p.start).Seconds(), 1e-3)
	fmt.Fprintf(p.w, "\r\033[Kimporting %d/%d files (%d%%, %.0f/s)", done, total, done*100/max(total, 1), rate)
	p.shown = true
}

func (p *progress) clear() {
	if p.shown {
		fmt.Fprint(p.w, "\r\033[K")
		p.shown = false
	}
}

func (c *command) eventsCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("events", "[--db F] [--format text|json|csv] [--from D] [--to D] [--q TEXT]")
	db := fs.String("db", DefaultDBPath(), "database file")
	format := fs.String("format", "text", "output format: text, json or csv")
	from := fs.String("from", "", "only events ending after this date (YYYY, YYYY-MM or YYYY-MM-DD)")
	to := fs.String("to", "", "only events starting up to this date, inclusive")
	q := fs.String("q", "", "only events whose title matches this text (Arabic diacritics ignored)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("events takes no arguments, only options; run 'zaman events --help'")
	}
	f, err := eventFilter(*from, *to, *q)
	if err != nil {
		return err
	}
	switch *format {
	case "text", "json", "csv":
	default:
		return usagef("format %q is not supported by events: use text, json or csv", *format)
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	evs, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	switch *format {
	case "json":
		return writeEventsJSON(c, evs)
	case "csv":
		return writeEventsCSV(c, evs)
	}
	tw := tabwriter.NewWriter(c.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tDATE\tPRECISION\tSTATUS\tSOURCES\tTITLE")
	for _, e := range evs {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%d\t%s\n", e.ID, formatInterval(e.Start, e.End, e.Precision), e.Precision, e.Status, e.Sources, e.Title)
	}
	return tw.Flush()
}

// openExisting opens a database that must already exist: reading commands
// should not silently create an empty one at a mistyped path.
func openExisting(path string) (*store.Store, error) {
	if _, err := statFile(path); err != nil {
		return nil, fmt.Errorf("no database at %s: import documents first ('zaman import FILE') or give --db", path)
	}
	return store.Open(path)
}

func eventFilter(from, to, q string) (store.EventFilter, error) {
	var f store.EventFilter
	var err error
	if f.From, err = parseDate(from, false); err != nil {
		return f, err
	}
	if f.To, err = parseDate(to, true); err != nil {
		return f, err
	}
	if !f.From.IsZero() && !f.To.IsZero() && !f.From.Before(f.To) {
		return f, usagef("--from %s is after --to %s", from, to)
	}
	f.Query = q
	return f, nil
}

// eventJSON is an event as the events and export commands write it.
type eventJSON struct {
	ID         int64    `json:"id"`
	Title      string   `json:"title"`
	Start      string   `json:"start"`
	End        string   `json:"end"`
	Precision  string   `json:"precision"`
	Value      string   `json:"value,omitempty"`
	Status     string   `json:"status"`
	Confidence float64  `json:"confidence"`
	Sources    int      `json:"sources"`
	Tags       []string `json:"tags,omitempty"`
	Color      string   `json:"color,omitempty"`
}

func toEventJSON(e store.Event) eventJSON {
	return eventJSON{ID: e.ID, Title: e.Title, Start: isoTime(e.Start), End: isoTime(e.End), Precision: e.Precision,
		Value: e.Value, Status: e.Status, Confidence: e.Confidence, Sources: e.Sources, Tags: e.Tags, Color: e.Color}
}

// isoTime writes a date alone when the instant is midnight UTC.
func isoTime(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

func writeEventsJSON(c *command, evs []store.Event) error {
	out := make([]eventJSON, len(evs))
	for i, e := range evs {
		out[i] = toEventJSON(e)
	}
	enc := json.NewEncoder(c.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func writeEventsCSV(c *command, evs []store.Event) error {
	w := csv.NewWriter(c.stdout)
	_ = w.Write([]string{"id", "start", "end", "precision", "status", "confidence", "sources", "title"})
	for _, e := range evs {
		_ = w.Write([]string{strconv.FormatInt(e.ID, 10), isoTime(e.Start), isoTime(e.End), e.Precision, e.Status,
			strconv.FormatFloat(e.Confidence, 'f', 2, 64), strconv.Itoa(e.Sources), e.Title})
	}
	w.Flush()
	return w.Error()
}

func statFile(path string) (os.FileInfo, error) { return os.Stat(path) }
