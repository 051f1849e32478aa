package extract

import (
	"strconv"
	"strings"
	"time"
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1 || y > 9999 {
		return false
	}
	t := day(y, time.Month(m), d)
	return t.Day() == d
}

func pad(n, w int) string {
	s := strconv.Itoa(n)
	for len(s) < w {
		s = "0" + s
	}
	return s
}

func vYear(y int) string             { return pad(y, 4) }
func vMonth(y, m int) string         { return pad(y, 4) + "-" + pad(m, 2) }
func vDay(t time.Time) string        { return t.Format("2006-01-02") }
func vYMD(y, m, d int) string        { return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
func vQuarter(y, q int) string       { return pad(y, 4) + "-Q" + strconv.Itoa(q) }
func vSeason(y int, s string) string { return pad(y, 4) + "-" + s }
func vWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad(y, 4) + "-W" + pad(w, 2)
}

// shiftUnit gives the value of the unit containing dct moved by n units,
// at the unit's granularity ("last month" -> 2025-05).
func shiftUnit(dct time.Time, unit string, n int) string {
	switch unit {
	case "Y":
		return vYear(dct.Year() + n)
	case "M":
		t := day(dct.Year(), dct.Month()+time.Month(n), 1)
		return vMonth(t.Year(), int(t.Month()))
	case "W":
		return vWeek(dct.AddDate(0, 0, 7*n))
	case "WE":
		return vWeek(dct.AddDate(0, 0, 7*n)) + "-WE"
	case "D":
		return vDay(dct.AddDate(0, 0, n))
	case "Q":
		q := (int(dct.Month())-1)/3 + n
		y := dct.Year()
		for q < 0 {
			q += 4
			y--
		}
		y += q / 4
		return vQuarter(y, q%4+1)
	case "H1":
		h := (int(dct.Month())-1)/6 + n
		y := dct.Year()
		for h < 0 {
			h += 2
			y--
		}
		y += h / 2
		return pad(y, 4) + "-H" + strconv.Itoa(h%2+1)
	case "DE":
		return pad(dct.Year()/10+n, 3)
	case "CE":
		return pad(dct.Year()/100+n, 2)
	case "ML":
		return strconv.Itoa(dct.Year()/1000 + n)
	case "H", "MI", "S":
		// the DCT is a day without its hour, so "two hours ago", "dans
		// trente minutes" are that day (whole days of hours shift it)
		if unit == "H" {
			return vDay(dct.AddDate(0, 0, n/24))
		}
		return vDay(dct)
	}
	return ""
}

// durValue writes a TIMEX3 duration ("P3M", "PT5H", "PXY").
func durValue(n string, unit string) string {
	// halves in the next smaller unit, as TimeML writes them: "2 1/2
	// years" P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S
	if w, ok := strings.CutSuffix(n, ".5"); ok && w != "" && w != "X" {
		switch unit {
		case "Y":
			return "P" + w + "Y6M"
		case "D":
			return "P" + w + "DT12H"
		case "H":
			return "PT" + w + "H30M"
		case "MI":
			return "PT" + w + "M30S"
		}
	}
	switch unit {
	case "H", "MI", "S":
		u := unit
		if u == "MI" {
			u = "M"
		}
		return "PT" + n + u
	case "H1":
		if n == "X" {
			return "PXM"
		}
		if k, err := strconv.Atoi(n); err == nil {
			return "P" + strconv.Itoa(6*k) + "M"
		}
	}
	return "P" + n + unit
}

// weekdayNear resolves a weekday name against the DCT: dir < 0 the nearest
// such day before (or on) the DCT, dir > 0 the nearest after (or on).
func weekdayNear(dct time.Time, wd int, dir int, strict bool) time.Time {
	cur := int(dct.Weekday())
	if dir <= 0 {
		d := (cur - wd + 7) % 7
		if d == 0 && strict {
			d = 7
		}
		return dct.AddDate(0, 0, -d)
	}
	d := (wd - cur + 7) % 7
	if d == 0 && strict {
		d = 7
	}
	return dct.AddDate(0, 0, d)
}

// monthYear picks the year of a month (and day) named without a year:
// with a relative word, the previous or next such date; in a past clause
// the latest on or before the DCT, in a future clause the first on or after
// it; otherwise the nearest, leaning to the past.
func monthYear(dct time.Time, m, d int, rel int, tense int) int {
	y := dct.Year()
	cm, cd := int(dct.Month()), dct.Day()
	if d == 0 {
		cd = 0
	}
	after := m > cm || (m == cm && d > cd)
	before := m < cm || (m == cm && d < cd)
	switch {
	case rel < 0:
		if !before {
			y--
		}
	case rel > 0:
		if !after {
			y++
		}
	case tense < 0:
		// a past clause speaks of the latest such date, unless that is
		// most of a year back while the next one is only weeks ahead (a
		// deadline or payment date in a report: "was extended to Nov. 16")
		if after {
			if d == 0 {
				// a whole month: only the next one ("was extended to
				// November" in October)
				if m != cm+1 {
					y--
				}
			} else if day(y, time.Month(m), d).Sub(dct) > 60*24*time.Hour {
				y--
			}
		}
	case tense > 0:
		// a date a few days back is still "the coming" one in a report
		if before && !(d == 0 && m == cm) && day(y, time.Month(m), max(d, 1)).Before(dct.AddDate(0, 0, -7)) {
			y++
		}
	default:
		// the nearest such date to the DCT
		best, bestD := y, 1<<30
		for _, cy := range []int{y - 1, y, y + 1} {
			dd := d
			if dd == 0 {
				dd = 15
			}
			t := time.Date(cy, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
			diff := int(t.Sub(dct).Hours() / 24)
			if diff > 200 {
				diff += 1000
			}
			if diff > 0 {
				diff = diff * 2 // lean to the past: news mostly reports
			}
			if diff < 0 {
				diff = -diff
			}
			if diff < bestD {
				best, bestD = cy, diff
			}
		}
		y = best
	}
	return y
}

var seasonStart = map[string]time.Month{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// Interval turns a TIMEX3 value into a UTC interval [start, end) and its
// precision. It handles years, months, days, times, ISO weeks, quarters,
// halves, seasons, decades, centuries and ranges "A/B"; it reports false for
// durations, sets and references (PAST_REF ...).
func Interval(value string) (start, end time.Time, precision string, ok bool) {
	v := strings.TrimSpace(value)
	if a, b, isRange := strings.Cut(v, "/"); isRange {
		s1, _, p1, ok1 := Interval(a)
		_, e2, p2, ok2 := Interval(b)
		if !ok1 || !ok2 || !e2.After(s1) {
			return time.Time{}, time.Time{}, "", false
		}
		if rank[p2] < rank[p1] {
			p1 = p2
		}
		return s1, e2, p1, true
	}
	num := func(s string) (int, bool) {
		if s == "" {
			return 0, false
		}
		for _, r := range s {
			if r < '0' || r > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(s)
		return n, err == nil
	}
	// "2" millennium, "20" century, "202" decade: the years of the digits
	// followed by one, two or three zeros (from year 1 when all are zero).
	if l := len(v); l >= 1 && l <= 3 {
		if n, ok := num(v); ok {
			w := [...]int{1000, 100, 10}[l-1]
			s := day(n*w, 1, 1)
			if n == 0 {
				s = day(1, 1, 1)
			}
			return s, day((n+1)*w, 1, 1), [...]string{"millennium", "century", "decade"}[l-1], true
		}
	}
	if len(v) < 4 {
		return time.Time{}, time.Time{}, "", false
	}
	y, okY := num(v[:4])
	if !okY || y == 0 {
		return time.Time{}, time.Time{}, "", false
	}
	rest := v[4:]
	if rest == "" {
		return day(y, 1, 1), day(y+1, 1, 1), "year", true
	}
	if rest[0] != '-' {
		return time.Time{}, time.Time{}, "", false
	}
	rest = rest[1:]
	switch {
	case len(rest) == 2 && rest[0] == 'Q':
		if q, ok := num(rest[1:]); ok && q >= 1 && q <= 4 {
			s := day(y, time.Month(3*q-2), 1)
			return s, s.AddDate(0, 3, 0), "quarter", true
		}
	case len(rest) == 2 && rest[0] == 'H':
		if h, ok := num(rest[1:]); ok && h >= 1 && h <= 2 {
			s := day(y, time.Month(6*h-5), 1)
			return s, s.AddDate(0, 6, 0), "quarter", true
		}
	case len(rest) >= 3 && rest[0] == 'W' && rest[1] != 'X':
		w, ok := num(rest[1:3])
		if !ok || w < 1 || w > 53 {
			break
		}
		jan4 := day(y, 1, 4)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
		switch rest[3:] {
		case "":
			return monday, monday.AddDate(0, 0, 7), "week", true
		case "-WE":
			return monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 7), "day", true
		}
		if len(rest) == 5 && rest[3] == '-' {
			if d, ok := num(rest[4:]); ok && d >= 1 && d <= 7 {
				s := monday.AddDate(0, 0, d-1)
				return s, s.AddDate(0, 0, 1), "day", true
			}
		}
	case len(rest) == 2 && seasonStart[rest] != 0:
		s := day(y, seasonStart[rest], 1)
		if rest == "WI" {
			s = day(y, 12, 1)
		}
		return s, s.AddDate(0, 3, 0), "season", true
	case len(rest) >= 2:
		m, ok := num(rest[:2])
		if !ok || m < 1 || m > 12 {
			break
		}
		rest = rest[2:]
		if rest == "" {
			s := day(y, time.Month(m), 1)
			return s, s.AddDate(0, 1, 0), "month", true
		}
		if len(rest) < 3 || rest[0] != '-' {
			break
		}
		d, ok := num(rest[1:3])
		if !ok || !validDate(y, m, d) {
			break
		}
		s := day(y, time.Month(m), d)
		rest = rest[3:]
		if rest == "" {
			return s, s.AddDate(0, 0, 1), "day", true
		}
		if rest[0] != 'T' {
			break
		}
		rest = rest[1:]
		switch rest {
		case "MO":
			return s.Add(6 * time.Hour), s.Add(12 * time.Hour), "hour", true
		case "AF":
			return s.Add(12 * time.Hour), s.Add(18 * time.Hour), "hour", true
		case "EV":
			return s.Add(18 * time.Hour), s.Add(24 * time.Hour), "hour", true
		case "NI":
			return s.Add(20 * time.Hour), s.Add(30 * time.Hour), "hour", true
		case "DT":
			return s.Add(8 * time.Hour), s.Add(18 * time.Hour), "hour", true
		}
		h, ok := num(rest[:min(2, len(rest))])
		if !ok || h > 24 {
			break
		}
		t := s.Add(time.Duration(h) * time.Hour)
		if len(rest) == 2 {
			return t, t.Add(time.Hour), "hour", true
		}
		if len(rest) >= 5 && rest[2] == ':' {
			if mi, ok := num(rest[3:5]); ok && mi < 60 {
				t = t.Add(time.Duration(mi) * time.Minute)
				return t, t.Add(time.Minute), "minute", true
			}
		}
	}
	return time.Time{}, time.Time{}, "", false
}

var rank = map[string]int{"minute": 0, "hour": 1, "day": 2, "week": 3, "month": 4, "quarter": 5, "season": 5, "year": 6, "decade": 7, "century": 8, "millennium": 9}
