package extract

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/araddon/dateparse"
)

// metaKeys open a metadata line carrying the publication date.
var metaKeys = []string{"date", "published", "pubdate", "publication date", "dateline", "publié le", "publié", "date de publication", "mis à jour le", "تاريخ النشر", "التاريخ", "نشر في", "تاريخ"}

// parseMetaDate reads a metadata value with dateparse, which is good at
// numeric and English forms; its month-first guess is overridden for
// Arabic and French, and a missing year is rejected.
func parseMetaDate(s, lang string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	// digits of any script to ASCII, so dateparse sees them
	var b strings.Builder
	for _, r := range s {
		if v := digitValue(r); v >= 0 {
			b.WriteByte(byte('0' + v))
		} else {
			b.WriteRune(r)
		}
	}
	s = b.String()
	t, err := func() (t time.Time, err error) {
		defer func() {
			if recover() != nil {
				err = errBadDate
			}
		}()
		return dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(lang == "en"), dateparse.RetryAmbiguousDateWithSwap(true))
	}()
	if err != nil || t.Year() < 1900 || t.Year() > 2200 {
		return time.Time{}, false
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), true
}

type dateErr struct{}

func (dateErr) Error() string { return "bad date" }

var errBadDate = dateErr{}

// findMetaDCT looks for "Date: ..." style lines in the first lines.
func findMetaDCT(text, lang string) (time.Time, int, int, bool) {
	pos, bpos := 0, 0
	for n := 0; n < 30 && bpos < len(text); n++ {
		line := text[bpos:]
		if k := strings.IndexByte(line, '\n'); k >= 0 {
			line = line[:k]
		}
		low := strings.ToLower(strings.TrimSpace(line))
		for _, key := range metaKeys {
			if strings.HasPrefix(low, key) {
				rest := strings.TrimSpace(low[len(key):])
				if strings.HasPrefix(rest, ":") {
					val := strings.TrimSpace(rest[1:])
					if t, ok := parseMetaDate(val, lang); ok {
						lead := strings.Index(line, strings.TrimSpace(line))
						return t, pos + utf8.RuneCountInString(line[:lead]), pos + utf8.RuneCountInString(strings.TrimRight(line, " \t\r")), true
					}
				}
			}
		}
		pos += utf8.RuneCountInString(line) + 1
		bpos += len(line) + 1
	}
	return time.Time{}, 0, 0, false
}

// findDateline looks in the head of the document for the first full date
// standing as a dateline: on a short line, near the start of its line, or
// followed by a dash or an agency in brackets.
func (d *doc) findDateline() (cand, bool) {
	lineStart, lineTok := 0, 0
	for i := 0; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.s > 3000 {
			break
		}
		if t.nl {
			lineStart, lineTok = int(t.s), i
		}
		c, ok := d.parseAt(i)
		if !ok {
			continue
		}
		if c.typ == "DATE" && len(c.val) == 10 && c.anchor == aAbs || c.typ == "TIME" && len(c.val) > 10 && c.val[4] == '-' && c.anchor == aAbs {
			lineEnd := len(d.toks)
			for k := c.j; k < len(d.toks); k++ {
				if d.toks[k].nl {
					lineEnd = k
					break
				}
			}
			lineLen := 0
			if lineEnd > 0 {
				lineLen = int(d.toks[lineEnd-1].e) - lineStart
			}
			next := d.key(c.j)
			if lineLen <= 80 || i-lineTok <= 6 || next == "-" || next == "(" || next == ":" {
				return c, true
			}
		}
		i = c.j - 1
	}
	return cand{}, false
}
