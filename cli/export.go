package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"zaman/export"
)

const exportSynopsis = "[--db F] --out FILE.(png|svg|pdf|json|csv|ics|timelinejs.json) [--from D] [--to D] [--width N] [--scale S] [--title T] [--notes] [--legend] [--page A4|A3]"

func (c *command) exportCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("export", exportSynopsis)
	db := fs.String("db", DefaultDBPath(), "database file")
	out := fs.String("out", "", "output file; its extension chooses the format: png, svg, pdf, json (all of Zaman's data), csv, ics or timelinejs.json")
	format := fs.String("format", "", "format, when the file name does not say it: png, svg, pdf, json, csv, ics or timelinejs")
	from := fs.String("from", "", "start of the range (YYYY, YYYY-MM or YYYY-MM-DD; default: first event)")
	to := fs.String("to", "", "end of the range, inclusive (default: last event)")
	width := fs.Int("width", 1600, "timeline width in pixels at scale 1 (png, svg), 100 to 16000")
	height := fs.Int("height", 0, "timeline height in pixels at scale 1 (default: as tall as its labels need)")
	scale := fs.Float64("scale", 1, "pixel scale of images: 2 draws everything twice as large and sharp")
	q := fs.String("q", "", "only events whose title matches this text")
	title := fs.String("title", "", "title drawn above the timeline (png, svg, pdf; timelinejs title)")
	notes := fs.Bool("notes", false, "number the events and list their sources (document, date, passage) under the timeline")
	legend := fs.Bool("legend", false, "add a key to the marks, statuses and colours")
	page := fs.String("page", "A4", "PDF page size, landscape: A4 or A3")
	pages := fs.Int("pages", 0, "PDF pages to tile the range across (default: the fewest on which every label fits, up to 8)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("export takes no arguments, only options (did you mean --out %s?)", fs.Arg(0))
	}
	if *out == "" {
		return usagef("export needs --out FILE.png, .svg, .pdf, .json, .csv, .ics or .timelinejs.json")
	}
	f, err := export.FormatOf(*out)
	if *format != "" {
		f, err = export.FormatOf("x" + export.Format(strings.ToLower(*format)).Ext())
	}
	if err != nil {
		return usagef("export %v", err)
	}
	if *width < 100 || *width > export.MaxWidth {
		return usagef("--width %d is out of range: use 100 to %d pixels", *width, export.MaxWidth)
	}
	if *scale <= 0 || *scale > export.MaxScale {
		return usagef("--scale %g is out of range: use a value above 0 and at most %d", *scale, export.MaxScale)
	}
	opts := export.Options{Width: float32(*width), Height: float32(*height), Scale: float32(*scale), Title: *title,
		Notes: *notes, Legend: *legend, Page: *page, Pages: *pages}
	if err := opts.Check(); err != nil {
		return usagef("export: %v", err)
	}
	filter, err := eventFilter(*from, *to, *q)
	if err != nil {
		return err
	}
	if f == export.JSON && (*from != "" || *to != "" || *q != "") {
		return usagef("a .json export saves the whole database, so --from, --to and --q do not apply: drop them, or export .csv, .ics or .timelinejs.json")
	}
	// Say at once when the file cannot be written, before any work.
	if dir := filepath.Dir(*out); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return fmt.Errorf("cannot write %s: the folder %s does not exist (create it or choose another --out)", *out, dir)
		}
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()

	res, err := export.Export(ctx, st, f, filter, opts, *out)
	if errors.Is(err, export.ErrNoEvents) {
		return fmt.Errorf("no events to export in that range: widen --from/--to or import documents first")
	}
	if err != nil {
		return err
	}
	if res.Whole {
		fmt.Fprintf(c.stdout, "wrote %s: the whole database\n", *out)
		return nil
	}
	extra := ""
	if res.Pages > 0 {
		extra = fmt.Sprintf(", %d pages", res.Pages)
	}
	if res.Skipped > 0 {
		extra = fmt.Sprintf(" (%d events outside the years 1–9999 left out: iCalendar cannot write them)", res.Skipped)
	}
	fmt.Fprintf(c.stdout, "wrote %s: %d events%s\n", *out, res.Events, extra)
	return nil
}
