package cli

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"strings"

	"zaman/export"
	"zaman/store"
)

func (c *command) importDataCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("import-data", "[--db F] [--format zaman|csv|timelinejs] [--map field=Column,...] FILE")
	db := fs.String("db", DefaultDBPath(), "database file")
	format := fs.String("format", "", "zaman (Zaman's JSON export), csv or timelinejs (default: from the file)")
	mapping := fs.String("map", "", "CSV columns of the fields, e.g. title=Headline,start=Date,end=End,tags=Group (fields: title, start, end, precision, value, status, confidence, color, tags, note)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("import-data needs one FILE (Zaman .json, .csv or TimelineJS .json); run 'zaman import-data --help'")
	}
	path := fs.Arg(0)
	m, err := export.ParseMapping(*mapping)
	if err != nil {
		return usagef("%v", err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	kind := strings.ToLower(*format)
	if kind == "" {
		kind = sniffDataFormat(path, data)
	}
	switch kind {
	case "zaman", "csv", "timelinejs":
	default:
		return usagef("format %q is not supported by import-data: use zaman, csv or timelinejs", kind)
	}
	if *mapping != "" && kind != "csv" {
		return usagef("--map applies to CSV files only")
	}
	st, err := store.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	r := bufio.NewReader(bytes.NewReader(data))
	var rep store.DumpReport
	switch kind {
	case "zaman":
		rep, err = export.ImportJSON(ctx, st, r)
	case "csv":
		rep, err = export.ImportCSV(ctx, st, r, m)
	case "timelinejs":
		rep, err = export.ImportTimelineJS(ctx, st, r)
	}
	if err != nil {
		return fmt.Errorf("import %s: %w; nothing was imported", path, err)
	}
	fmt.Fprintf(c.stdout, "%s: %s\n", path, reportLine(rep))
	return nil
}

// sniffDataFormat guesses the format of a data file from its name and
// first bytes.
func sniffDataFormat(path string, data []byte) string {
	low := strings.ToLower(path)
	switch {
	case strings.HasSuffix(low, ".csv"), strings.HasSuffix(low, ".tsv"):
		return "csv"
	case strings.HasSuffix(low, ".timelinejs.json"):
		return "timelinejs"
	}
	head := data[:min(len(data), 4096)]
	if bytes.Contains(head, []byte(`"format": "zaman"`)) || bytes.Contains(head, []byte(`"format":"zaman"`)) {
		return "zaman"
	}
	if bytes.Contains(head, []byte(`"start_date"`)) || bytes.Contains(head, []byte(`"events"`)) {
		return "timelinejs"
	}
	if t := bytes.TrimSpace(head); len(t) > 0 && t[0] != '{' && t[0] != '[' {
		return "csv"
	}
	return "unknown (give --format)"
}

func reportLine(r store.DumpReport) string {
	part := func(n, dup int, what string) string {
		s := fmt.Sprintf("%d %s", n, what)
		if dup > 0 {
			s += fmt.Sprintf(" (%d already there)", dup)
		}
		return s
	}
	return strings.Join([]string{
		part(r.Documents, r.DuplicateDocuments, "documents"),
		part(r.Events, r.DuplicateEvents, "events"),
		fmt.Sprintf("%d sources", r.Sources),
		part(r.Annotations, r.DuplicateAnnotations, "annotations"),
		fmt.Sprintf("%d new tags", r.Tags),
	}, ", ") + " imported"
}
