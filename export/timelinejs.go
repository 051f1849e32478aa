package export

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"zaman/store"
	"zaman/timeline"
)

// The TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format):
// {"title": slide, "events": [slide...], "scale": "human"}; a slide has
// start_date (required except for the title), end_date, text {headline,
// text (HTML)}, group, display_date, unique_id; a date has year (required),
// month, day, hour, minute, second, millisecond and display_date.
type (
	tjsFile struct {
		Title  *tjsSlide  `json:"title,omitempty"`
		Events []tjsSlide `json:"events"`
		Scale  string     `json:"scale,omitempty"`
	}
	tjsSlide struct {
		StartDate   *tjsDate `json:"start_date,omitempty"`
		EndDate     *tjsDate `json:"end_date,omitempty"`
		Text        *tjsText `json:"text,omitempty"`
		Group       string   `json:"group,omitempty"`
		DisplayDate string   `json:"display_date,omitempty"`
		UniqueID    string   `json:"unique_id,omitempty"`
	}
	tjsText struct {
		Headline string `json:"headline,omitempty"`
		Text     string `json:"text,omitempty"`
	}
	tjsDate struct {
		Year        tjsNum `json:"year"`
		Month       tjsNum `json:"month,omitempty"`
		Day         tjsNum `json:"day,omitempty"`
		Hour        tjsNum `json:"hour,omitempty"`
		Minute      tjsNum `json:"minute,omitempty"`
		DisplayDate string `json:"display_date,omitempty"`
	}
)

// tjsNum is a number that TimelineJS files write as a number or as a
// string ("2012"); it is written as a number.
type tjsNum int

func (n *tjsNum) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		s = strings.TrimSpace(s)
		if s == "" {
			*n = 0
			return nil
		}
		v, err := strconv.Atoi(s)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		*n = tjsNum(v)
		return nil
	}
	if string(b) == "null" {
		*n = 0
		return nil
	}
	var f float64
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	*n = tjsNum(f)
	return nil
}

// WriteTimelineJS writes tl as TimelineJS3 JSON. Each event's date is
// written to its precision (a month event has no day), ranges get an
// end_date (the last day, inclusive), and the text holds the date as Zaman
// shows it, the status and the sources' passages, in HTML with dir="auto"
// so Arabic paragraphs run right to left. group is the event's first tag.
func WriteTimelineJS(w io.Writer, tl *Timeline, title string) error {
	f := tjsFile{Scale: "human", Events: []tjsSlide{}}
	if title == "" {
		title = "Zaman timeline"
	}
	f.Title = &tjsSlide{Text: &tjsText{Headline: html.EscapeString(title),
		Text: html.EscapeString(timeline.FormatInterval(tl.From, tl.To, "day"))}}
	for _, e := range tl.Events {
		prec := tjsPrecision(e)
		s := tjsSlide{UniqueID: fmt.Sprintf("zaman-event-%d", e.ID), StartDate: tjsDateOf(e.Start, prec)}
		if last := e.End.Add(-time.Second); e.End.After(e.Start) && !samePeriod(e.Start, last, prec) {
			s.EndDate = tjsDateOf(last, prec)
		}
		s.DisplayDate = timeline.FormatInterval(e.Start, e.End, e.Precision)
		if len(e.Tags) > 0 {
			s.Group = e.Tags[0]
		}
		var b strings.Builder
		fmt.Fprintf(&b, "<p>%s · %s</p>", html.EscapeString(s.DisplayDate), html.EscapeString(e.Status))
		for _, src := range tl.Sources[e.ID] {
			fmt.Fprintf(&b, `<blockquote dir="auto">%s</blockquote><p dir="auto"><cite>%s</cite></p>`,
				html.EscapeString(excerpt(src.Passage, 600)), html.EscapeString(src.DocumentTitle))
		}
		s.Text = &tjsText{Headline: html.EscapeString(e.Title), Text: b.String()}
		f.Events = append(f.Events, s)
	}
	return encodeJSON(w, f)
}

// tjsPrecision is the precision at which TimelineJS dates can write e
// exactly: its own when the interval is aligned on it (a year from 1
// January to 1 January), else days (or minutes).
func tjsPrecision(e store.Event) string {
	midnight := func(t time.Time) bool { return t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 }
	if !midnight(e.Start) || !midnight(e.End) {
		return "minute"
	}
	switch e.Precision {
	case "year", "decade", "century", "millennium":
		if e.Start.YearDay() == 1 && e.End.YearDay() == 1 {
			return "year"
		}
	case "month", "quarter", "season":
		if e.Start.Day() == 1 && e.End.Day() == 1 {
			return "month"
		}
	case "minute", "hour":
		return "minute"
	}
	return "day"
}

// tjsDateOf writes t to the precision: a year, month, day or minute.
func tjsDateOf(t time.Time, precision string) *tjsDate {
	d := &tjsDate{Year: tjsNum(t.Year())}
	switch precision {
	case "year", "decade", "century", "millennium":
		return d
	case "month", "quarter", "season":
		d.Month = tjsNum(t.Month())
		return d
	}
	d.Month, d.Day = tjsNum(t.Month()), tjsNum(t.Day())
	if precision == "hour" || precision == "minute" || t.Hour() != 0 || t.Minute() != 0 {
		d.Hour, d.Minute = tjsNum(t.Hour()), tjsNum(t.Minute())
	}
	return d
}

// samePeriod reports whether a and b fall in the same unit of precision,
// so that one date says it all.
func samePeriod(a, b time.Time, precision string) bool {
	switch precision {
	case "year":
		return a.Year() == b.Year()
	case "month":
		return a.Year() == b.Year() && a.Month() == b.Month()
	case "minute", "hour":
		return b.Sub(a) < time.Hour
	}
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// ReadTimelineJS reads TimelineJS3 JSON: each slide with a start_date
// becomes an event (its precision from the fields given: year, month, day,
// hour, minute), end_date its inclusive end, the headline its title (HTML
// removed), group a tag, and the text, when there is one, a note on the
// event. The title slide is not an event.
func ReadTimelineJS(r io.Reader) (*store.Dump, error) {
	var f tjsFile
	if err := json.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: not TimelineJS JSON: %v", ErrFormat, err)
	}
	if f.Events == nil {
		return nil, fmt.Errorf("%w: no \"events\" list: not a TimelineJS3 file", ErrFormat)
	}
	d := &store.Dump{}
	for i, s := range f.Events {
		if s.StartDate == nil {
			return nil, fmt.Errorf("%w: event %d has no start_date", ErrFormat, i+1)
		}
		start, end, prec, err := s.StartDate.interval()
		if err != nil {
			return nil, fmt.Errorf("%w: event %d: start_date: %v", ErrFormat, i+1, err)
		}
		if s.EndDate != nil {
			_, e2, _, err := s.EndDate.interval()
			if err != nil {
				return nil, fmt.Errorf("%w: event %d: end_date: %v", ErrFormat, i+1, err)
			}
			if e2.Before(start) {
				return nil, fmt.Errorf("%w: event %d ends before it starts", ErrFormat, i+1)
			}
			end = e2
		}
		title, body := "", ""
		if s.Text != nil {
			title, body = stripHTML(s.Text.Headline), stripHTML(s.Text.Text)
		}
		if title == "" {
			title = excerpt(body, 80)
		}
		e := store.Event{ID: int64(i + 1), Title: title, Start: start, End: end, Precision: prec,
			Value: s.StartDate.value(), Status: store.StatusAccepted, Confidence: 1}
		if g := strings.TrimSpace(s.Group); g != "" {
			e.Tags = []string{g}
		}
		d.Events = append(d.Events, e)
		if body != "" {
			d.Annotations = append(d.Annotations, store.Annotation{ID: int64(len(d.Annotations) + 1), EventID: e.ID, Body: body})
		}
	}
	if len(d.Events) == 0 {
		return nil, fmt.Errorf("%w: the TimelineJS file has no events", ErrFormat)
	}
	return d, nil
}

// ImportTimelineJS reads TimelineJS3 JSON (see ReadTimelineJS) and adds
// its events to st in one transaction.
func ImportTimelineJS(ctx context.Context, st *store.Store, r io.Reader) (store.DumpReport, error) {
	d, err := ReadTimelineJS(r)
	if err != nil {
		return store.DumpReport{}, err
	}
	return st.ImportDump(ctx, d)
}

func (d tjsDate) interval() (start, end time.Time, precision string, err error) {
	y, m, dd := int(d.Year), int(d.Month), int(d.Day)
	switch {
	case m < 0 || m > 12:
		return start, end, "", fmt.Errorf("month %d is not 1 to 12", m)
	case dd < 0 || dd > 31:
		return start, end, "", fmt.Errorf("day %d is not 1 to 31", dd)
	case d.Hour < 0 || d.Hour > 23 || d.Minute < 0 || d.Minute > 59:
		return start, end, "", fmt.Errorf("time %d:%d is not a time of day", d.Hour, d.Minute)
	}
	switch {
	case m == 0:
		start = time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, 0), "year", nil
	case dd == 0:
		start = time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 1, 0), "month", nil
	case d.Hour == 0 && d.Minute == 0:
		start = time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(0, 0, 1), "day", nil
	}
	start = time.Date(y, time.Month(m), dd, int(d.Hour), int(d.Minute), 0, 0, time.UTC)
	return start, start.Add(time.Minute), "minute", nil
}

// value is the date as a TIMEX3 value.
func (d tjsDate) value() string {
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", int(d.Year))
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", int(d.Year), int(d.Month))
	case d.Hour == 0 && d.Minute == 0:
		return fmt.Sprintf("%04d-%02d-%02d", int(d.Year), int(d.Month), int(d.Day))
	}
	return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", int(d.Year), int(d.Month), int(d.Day), int(d.Hour), int(d.Minute))
}

var (
	htmlBlock = regexp.MustCompile(`(?i)</?(p|br|div|blockquote|li|h[1-6])\b[^>]*>`)
	htmlTag   = regexp.MustCompile(`<[^>]*>`)
)

// stripHTML turns TimelineJS's HTML text into plain text: block tags become
// line breaks, other tags go, entities are decoded.
func stripHTML(s string) string {
	s = htmlBlock.ReplaceAllString(s, "\n")
	s = htmlTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return strings.Join(lines, "\n")
}
