package export

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"zaman/extract"
	"zaman/store"
)

// csvColumns are the columns WriteCSV writes, and the field names of a CSV
// Mapping.
var csvColumns = []string{"id", "start", "end", "precision", "value", "status", "confidence", "color", "tags",
	"sources", "documents", "title", "passage"}

// WriteCSV writes the events of tl, one per row, under a header row. Dates
// at day precision or coarser are written YYYY-MM-DD with an inclusive end
// (the last day), as spreadsheets expect; shorter intervals as RFC 3339
// instants with an exclusive end. "documents" lists the titles of the
// source documents and "passage" is the first source's passage.
func WriteCSV(w io.Writer, tl *Timeline) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvColumns); err != nil {
		return err
	}
	for _, e := range tl.Events {
		start, end := csvDates(e)
		var docs []string
		passage := ""
		for i, s := range tl.Sources[e.ID] {
			docs = append(docs, s.DocumentTitle)
			if i == 0 {
				passage = strings.Join(strings.Fields(s.Passage), " ")
			}
		}
		if err := cw.Write([]string{strconv.FormatInt(e.ID, 10), start, end, e.Precision, e.Value, e.Status,
			strconv.FormatFloat(e.Confidence, 'f', -1, 64), e.Color, strings.Join(e.Tags, "; "),
			strconv.Itoa(e.Sources), strings.Join(docs, "; "), e.Title, passage}); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// wholeDays reports whether [start, end) is made of whole UTC days.
func wholeDays(start, end time.Time) bool {
	mid := func(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }
	return mid(start) && mid(end) && end.After(start)
}

func csvDates(e store.Event) (string, string) {
	if wholeDays(e.Start, e.End) && e.Precision != "hour" && e.Precision != "minute" {
		return isoDay(e.Start), isoDay(e.End.AddDate(0, 0, -1))
	}
	return rfc3339(e.Start), rfc3339(e.End)
}

// isoDay writes a date YYYY-MM-DD; years outside 0..9999 keep their sign
// and digits.
func isoDay(t time.Time) string {
	if y := t.Year(); y < 0 || y > 9999 {
		return fmt.Sprintf("%d-%02d-%02d", y, t.Month(), t.Day())
	}
	return t.Format("2006-01-02")
}

// Mapping maps Zaman's event fields (title, start, end, precision, value,
// status, confidence, color, tags, note) to the column names of a CSV
// file. Fields not mapped are looked up under their own name.
type Mapping map[string]string

// ParseMapping reads "title=Headline,start=Date,...".
func ParseMapping(s string) (Mapping, error) {
	m := Mapping{}
	if strings.TrimSpace(s) == "" {
		return m, nil
	}
	known := map[string]bool{"note": true}
	for _, c := range csvColumns {
		known[c] = true
	}
	for _, part := range strings.Split(s, ",") {
		field, col, ok := strings.Cut(part, "=")
		field = strings.ToLower(strings.TrimSpace(field))
		col = strings.TrimSpace(col)
		if !ok || field == "" || col == "" {
			return nil, fmt.Errorf("--map %q: write field=Column pairs separated by commas, e.g. title=Headline,start=Date", part)
		}
		if !known[field] || field == "id" || field == "sources" || field == "documents" || field == "passage" {
			return nil, fmt.Errorf("--map: unknown field %q: map title, start, end, precision, value, status, confidence, color, tags or note", field)
		}
		m[field] = col
	}
	return m, nil
}

// ReadCSV reads events from a CSV file whose first row names the columns.
// title and start are required; end (inclusive when a date), precision,
// value, status, confidence, color, tags (separated by ";") and note (kept
// as an annotation on the event) are optional. Dates are YYYY, YYYY-MM,
// YYYY-MM-DD or RFC 3339 / YYYY-MM-DDThh:mm.
func ReadCSV(r io.Reader, m Mapping) (*store.Dump, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%w: cannot read the CSV header: %v", ErrFormat, err)
	}
	cols := map[string]int{}
	for i, h := range header {
		h = strings.TrimSpace(strings.TrimPrefix(h, "\ufeff"))
		cols[strings.ToLower(h)] = i
	}
	col := func(field string) int {
		name := field
		if c, ok := m[field]; ok {
			name = c
		}
		if i, ok := cols[strings.ToLower(name)]; ok {
			return i
		}
		if _, mapped := m[field]; mapped {
			return -2 // asked for, and missing
		}
		return -1
	}
	idx := map[string]int{}
	for _, f := range []string{"title", "start", "end", "precision", "value", "status", "confidence", "color", "tags", "note"} {
		idx[f] = col(f)
		if idx[f] == -2 {
			return nil, fmt.Errorf("%w: --map names column %q for %s, but the header has %s", ErrFormat, m[f], f, strings.Join(header, ", "))
		}
	}
	for _, f := range []string{"title", "start"} {
		if idx[f] < 0 {
			return nil, fmt.Errorf("%w: no %q column: map one with --map %s=Column (the header has %s)", ErrFormat, f, f, strings.Join(header, ", "))
		}
	}
	d := &store.Dump{}
	for row := 2; ; row++ {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrFormat, err)
		}
		get := func(f string) string {
			if i := idx[f]; i >= 0 && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if strings.Join(rec, "") == "" {
			continue
		}
		e := store.Event{ID: int64(len(d.Events) + 1), Title: get("title"), Value: get("value"),
			Status: get("status"), Color: get("color"), Confidence: 1}
		start, end, prec, err := parseWhen(get("start"))
		if err != nil {
			return nil, fmt.Errorf("%w: row %d: start: %v", ErrFormat, row, err)
		}
		if s := get("end"); s != "" {
			_, end2, _, err := parseWhen(s)
			if t, terr := time.Parse(time.RFC3339, s); terr == nil {
				end2 = t.UTC() // an instant: the exclusive end itself
			}
			if err != nil {
				return nil, fmt.Errorf("%w: row %d: end: %v", ErrFormat, row, err)
			}
			if end2.Before(start) {
				return nil, fmt.Errorf("%w: row %d: the end %s is before the start", ErrFormat, row, s)
			}
			end = end2
		}
		e.Start, e.End, e.Precision = start, end, prec
		if p := strings.ToLower(get("precision")); p != "" {
			e.Precision = p
		}
		if e.Status == "" {
			e.Status = store.StatusAccepted // the user's own data
		}
		if c := get("confidence"); c != "" {
			if e.Confidence, err = strconv.ParseFloat(c, 64); err != nil || e.Confidence < 0 || e.Confidence > 1 {
				return nil, fmt.Errorf("%w: row %d: confidence %q: write a number from 0 to 1", ErrFormat, row, c)
			}
		}
		if e.Value == "" {
			e.Value = get("start")
		}
		for _, t := range strings.Split(get("tags"), ";") {
			if t = strings.TrimSpace(t); t != "" {
				e.Tags = append(e.Tags, t)
			}
		}
		d.Events = append(d.Events, e)
		if note := get("note"); note != "" {
			d.Annotations = append(d.Annotations, store.Annotation{ID: int64(len(d.Annotations) + 1), EventID: e.ID, Body: note})
		}
	}
	if len(d.Events) == 0 {
		return nil, fmt.Errorf("%w: the CSV file has no rows of events", ErrFormat)
	}
	return d, nil
}

// ImportCSV reads events from CSV (see ReadCSV) and adds them to st in one
// transaction.
func ImportCSV(ctx context.Context, st *store.Store, r io.Reader, m Mapping) (store.DumpReport, error) {
	d, err := ReadCSV(r, m)
	if err != nil {
		return store.DumpReport{}, err
	}
	return st.ImportDump(ctx, d)
}

// parseWhen reads a date or time as a user writes it: a year (possibly
// negative), YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm or RFC 3339.
func parseWhen(s string) (start, end time.Time, precision string, err error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		t = t.UTC()
		return t, t.Add(time.Minute), "minute", nil
	}
	if y, err := strconv.Atoi(s); err == nil && s != "" {
		return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC), "year", nil
	}
	if len(s) >= 4 {
		if start, end, precision, ok := extract.Interval(s); ok {
			return start, end, precision, nil
		}
	}
	return time.Time{}, time.Time{}, "", fmt.Errorf("date %q not understood: write YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm", s)
}
