package export

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"zaman/store"
	"zaman/timeline"
)

// WriteICS writes the events of tl as an iCalendar file (RFC 5545): one
// VEVENT each, all-day (DTSTART;VALUE=DATE, DTEND exclusive) when the event
// is made of whole days, else with UTC times. UID is stable across exports
// of the same database; DTSTAMP is the event's last change; SUMMARY its
// title; DESCRIPTION its date, precision, status and sources. Events
// outside the years 1–9999, which iCalendar cannot write, are left out and
// counted in the result.
func WriteICS(w io.Writer, tl *Timeline) (skipped int, err error) {
	bw := bufio.NewWriter(w)
	line := func(s string) { writeFolded(bw, s) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//Zaman//Zaman timeline export//EN")
	line("CALSCALE:GREGORIAN")
	line("METHOD:PUBLISH")
	line("X-WR-CALNAME:Zaman timeline")
	for _, e := range tl.Events {
		if y0, y1 := e.Start.Year(), e.End.Year(); y0 < 1 || y1 > 9999 {
			skipped++
			continue
		}
		line("BEGIN:VEVENT")
		line(fmt.Sprintf("UID:zaman-event-%d-%d@zaman", e.ID, e.CreatedAt.Unix()))
		stamp := e.UpdatedAt
		if stamp.IsZero() {
			stamp = e.CreatedAt
		}
		line("DTSTAMP:" + icsTime(stamp))
		if wholeDays(e.Start, e.End) {
			line("DTSTART;VALUE=DATE:" + e.Start.Format("20060102"))
			line("DTEND;VALUE=DATE:" + e.End.Format("20060102"))
		} else {
			line("DTSTART:" + icsTime(e.Start))
			end := e.End
			if !end.After(e.Start) {
				end = e.Start.Add(time.Minute)
			}
			line("DTEND:" + icsTime(end))
		}
		line("SUMMARY:" + icsText(e.Title))
		line("DESCRIPTION:" + icsText(icsDescription(e, tl.Sources[e.ID])))
		switch e.Status {
		case store.StatusAccepted, store.StatusEdited:
			line("STATUS:CONFIRMED")
		default:
			line("STATUS:TENTATIVE")
		}
		if len(e.Tags) > 0 {
			tags := make([]string, len(e.Tags))
			for i, t := range e.Tags {
				tags[i] = icsText(t)
			}
			line("CATEGORIES:" + strings.Join(tags, ","))
		}
		if e.Color != "" {
			line("X-ZAMAN-COLOR:" + icsText(e.Color))
		}
		line("X-ZAMAN-PRECISION:" + e.Precision)
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return skipped, bw.Flush()
}

func icsDescription(e store.Event, srcs []store.Source) string {
	var b strings.Builder
	b.WriteString(timeline.FormatInterval(e.Start, e.End, e.Precision))
	if p := precisionNote(e.Precision); p != "" {
		b.WriteString(" (" + p + ")")
	}
	b.WriteString(" · " + e.Status)
	for _, s := range srcs {
		b.WriteString("\n\n")
		b.WriteString(s.DocumentTitle)
		b.WriteString(":\n")
		b.WriteString(excerpt(s.Passage, 600))
	}
	return b.String()
}

func icsTime(t time.Time) string { return t.UTC().Format("20060102T150405Z") }

// icsText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon,
// comma and newline.
func icsText(s string) string {
	r := strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\r\n", `\n`, "\n", `\n`, "\r", `\n`)
	return r.Replace(s)
}

// writeFolded writes one content line ending in CRLF, folded so that no
// line is longer than 75 octets, never inside a UTF-8 sequence (RFC 5545
// §3.1): each continuation starts with a space.
func writeFolded(w *bufio.Writer, s string) {
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		w.WriteString(s[:cut])
		w.WriteString("\r\n ")
		s = s[cut:]
		limit = 74 // the leading space counts
	}
	w.WriteString(s)
	w.WriteString("\r\n")
}
