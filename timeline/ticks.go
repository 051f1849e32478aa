package timeline

import (
	"fmt"
	"math"
	"strconv"
	"time"
)

// Unit is a calendar unit for ticks and precision.
type Unit int

// Units from the finest to the coarsest.
const (
	Minute Unit = iota
	Hour
	Day
	Week
	Month
	Year
	Decade
	Century
	Millennium
)

var unitNames = [...]string{"minute", "hour", "day", "week", "month", "year", "decade", "century", "millennium"}

func (u Unit) String() string {
	if int(u) < len(unitNames) {
		return unitNames[u]
	}
	return "unit(" + strconv.Itoa(int(u)) + ")"
}

// Tick is one graduation of the time axis.
type Tick struct {
	Time  time.Time
	X     float64 // pixel position from the left of the view; may be < 0 for the first major tick
	Label string
	Unit  Unit
	Step  int // the tick step in Unit (e.g. 5 for every 5 minutes)
}

// Locale names calendar things on tick labels. Fields left nil fall back to
// English.
type Locale struct {
	// Month returns the name of m, abbreviated unless long.
	Month func(m time.Month, long bool) string
	// Weekday returns the short name of d.
	Weekday func(d time.Weekday) string
	// Year formats an astronomical year (0 is 1 BCE, -43 is 44 BCE).
	Year func(y int) string
	// Period formats a decade, century or millennium that starts at the
	// historical year start (negative for BCE, never 0).
	Period func(u Unit, start int) string
	// Digits, when set, rewrites ASCII digits (e.g. to Arabic-Indic).
	Digits func(s string) string
}

// English is the default locale of tick labels.
var English = Locale{
	Month: func(m time.Month, long bool) string {
		if long {
			return m.String()
		}
		return m.String()[:3]
	},
	Weekday: func(d time.Weekday) string { return d.String()[:3] },
	Year:    englishYear,
	Period:  englishPeriod,
}

func englishYear(y int) string {
	if y <= 0 {
		return strconv.Itoa(1-y) + " BCE"
	}
	return strconv.Itoa(y)
}

func ordinal(n int) string {
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	return strconv.Itoa(n) + suf
}

func englishPeriod(u Unit, start int) string {
	bce := start < 0
	a := start
	if bce {
		a = -start
	}
	switch u {
	case Decade:
		if bce {
			return strconv.Itoa(a) + "s BCE"
		}
		return strconv.Itoa(a) + "s"
	case Century, Millennium:
		size := 100
		name := " century"
		if u == Millennium {
			size, name = 1000, " millennium"
		}
		if bce {
			// 500 BCE .. 401 BCE is the 5th century BCE.
			return ordinal(a/size) + name + " BCE"
		}
		return ordinal(a/size+1) + name
	}
	return strconv.Itoa(start)
}

func (l *Locale) month(m time.Month, long bool) string {
	if l.Month != nil {
		return l.digits(l.Month(m, long))
	}
	return English.Month(m, long)
}

func (l *Locale) weekday(d time.Weekday) string {
	if l.Weekday != nil {
		return l.Weekday(d)
	}
	return English.Weekday(d)
}

func (l *Locale) year(y int) string {
	if l.Year != nil {
		return l.digits(l.Year(y))
	}
	return l.digits(englishYear(y))
}

func (l *Locale) period(u Unit, start int) string {
	if l.Period != nil {
		return l.digits(l.Period(u, start))
	}
	return l.digits(englishPeriod(u, start))
}

func (l *Locale) digits(s string) string {
	if l.Digits != nil {
		return l.Digits(s)
	}
	return s
}

// TickOptions tunes Ticks.
type TickOptions struct {
	Locale     *Locale // nil = English
	MinSpacing float64 // minimum pixels between minor ticks; 0 = 72
}

// level is one candidate graduation: minor ticks every step units, labelled
// with a major row of the coarser unit.
type level struct {
	unit      Unit
	step      int
	approx    float64 // approximate seconds per step
	major     Unit
	majorStep int
}

const (
	secMinute = 60.0
	secHour   = 3600.0
	secDay    = 86400.0
	secYear   = 365.2425 * secDay
	secMonth  = secYear / 12
)

var levels = func() []level {
	l := []level{
		{Minute, 1, secMinute, Hour, 1},
		{Minute, 5, 5 * secMinute, Hour, 1},
		{Minute, 10, 10 * secMinute, Day, 1},
		{Minute, 15, 15 * secMinute, Day, 1},
		{Minute, 30, 30 * secMinute, Day, 1},
		{Hour, 1, secHour, Day, 1},
		{Hour, 3, 3 * secHour, Day, 1},
		{Hour, 6, 6 * secHour, Day, 1},
		{Hour, 12, 12 * secHour, Day, 1},
		{Day, 1, secDay, Month, 1},
		{Day, 2, 2 * secDay, Month, 1},
		{Week, 1, 7 * secDay, Month, 1},
		{Month, 1, secMonth, Year, 1},
		{Month, 3, 3 * secMonth, Year, 1},
		{Month, 6, 6 * secMonth, Year, 1},
		{Year, 1, secYear, Decade, 10},
		{Year, 2, 2 * secYear, Decade, 10},
		{Year, 5, 5 * secYear, Century, 100},
		{Year, 10, 10 * secYear, Century, 100},
		{Year, 20, 20 * secYear, Century, 100},
		{Year, 50, 50 * secYear, Millennium, 1000},
		{Year, 100, 100 * secYear, Millennium, 1000},
		{Year, 200, 200 * secYear, Millennium, 1000},
		{Year, 500, 500 * secYear, Millennium, 1000},
	}
	for _, n := range []int{1000, 2000, 5000, 10000, 20000, 50000, 100000} {
		l = append(l, level{Year, n, float64(n) * secYear, Year, n * 10})
	}
	return l
}()

// Ticks returns the graduations of a view width pixels wide under s, with
// English labels. See TicksWith.
func Ticks(s Scale, width float32) (major, minor []Tick) {
	return TicksWith(s, width, TickOptions{})
}

// TicksWith returns the graduations of the view: minor ticks at the finest
// calendar step whose labels fit (minute ... millennia), and major ticks of
// the next coarser unit for the primary label row. The first major tick may
// start before the view (X < 0) so that its label can be pinned to the left
// edge.
func TicksWith(s Scale, width float32, o TickOptions) (major, minor []Tick) {
	loc := o.Locale
	if loc == nil {
		loc = &English
	}
	minSp := o.MinSpacing
	if minSp <= 0 {
		minSp = 72
	}
	lv := levels[len(levels)-1]
	for _, l := range levels {
		if l.approx*s.PxPerSec >= minSp*minFactor(l) {
			lv = l
			break
		}
	}
	s0, s1 := s.Sec(0), s.Sec(float64(width))
	minor = genTicks(s, s0, s1, lv.unit, lv.step, loc, false, nil)
	major = genTicks(s, s0, s1, lv.major, lv.majorStep, loc, true, minor)
	return major, minor
}

// minFactor widens the spacing for levels with long labels.
func minFactor(l level) float64 {
	if l.unit == Year && l.step >= 100 {
		return 1.15 // "1500 BCE"
	}
	if l.unit == Day || l.unit == Week {
		return 0.4 // "24"
	}
	return 1
}

// genTicks lists ticks of step units covering [s0, s1]. For the major row
// the tick at or before s0 is included.
func genTicks(s Scale, s0, s1 float64, u Unit, step int, loc *Locale, isMajor bool, minor []Tick) []Tick {
	var out []Tick
	add := func(t time.Time, label string) {
		out = append(out, Tick{Time: t, X: s.X(t), Label: label, Unit: u, Step: step})
	}
	keepFirstBefore := isMajor
	// Start one step early for majors so the one covering s0 is included.
	switch u {
	case Minute, Hour, Day, Week:
		var size, origin float64
		switch u {
		case Minute:
			size = secMinute
		case Hour:
			size = secHour
		case Day:
			size = secDay
		case Week:
			size = 7 * secDay
			origin = 4 * secDay // 1970-01-05 was a Monday
		}
		size *= float64(step)
		k := math.Floor((s0 - origin) / size)
		if !keepFirstBefore && origin+k*size < s0 {
			k++
		}
		for ; origin+k*size <= s1; k++ {
			t := FromSeconds(origin + k*size)
			add(t, tickLabel(t, u, step, loc, isMajor, 0))
			if len(out) > 10000 {
				break
			}
		}
	case Month:
		t0 := FromSeconds(s0)
		y, m := t0.Year(), int(t0.Month())-1
		m -= m % step
		for {
			t := time.Date(y, time.Month(m+1), 1, 0, 0, 0, 0, time.UTC)
			ts := Seconds(t)
			if ts > s1 || len(out) > 10000 {
				break
			}
			if ts >= s0 || keepFirstBefore {
				if ts < s0 && len(out) > 0 {
					out = out[:0]
				}
				add(t, tickLabel(t, u, step, loc, isMajor, 0))
			}
			m += step
			if m >= 12 {
				y, m = y+m/12, m%12
			}
		}
	default: // Year and coarser: steps of historical years
		n := step // in years for every unit from Year up
		h0 := histYear(FromSeconds(s0).Year())
		k := floorDiv(h0, n) - 1
		var prev *time.Time
		for ; len(out) <= 10000; k++ {
			h := k * n
			if h == 0 {
				if n == 1 {
					continue
				}
				h = 1 // the first CE year starts the CE periods
			}
			y := astroYear(h)
			t := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
			ts := Seconds(t)
			if ts > s1 {
				break
			}
			if ts < s0 {
				tt := t
				prev = &tt
				continue
			}
			if prev != nil && keepFirstBefore && ts > s0 {
				add(*prev, tickLabel(*prev, u, step, loc, isMajor, histYear(prev.Year())))
			}
			prev = nil
			add(t, tickLabel(t, u, step, loc, isMajor, h))
		}
		if prev != nil && keepFirstBefore {
			add(*prev, tickLabel(*prev, u, step, loc, isMajor, histYear(prev.Year())))
		}
	}
	return out
}

// histYear converts an astronomical year to historical numbering (no 0:
// -1 is 1 BCE).
func histYear(y int) int {
	if y <= 0 {
		return y - 1
	}
	return y
}

// astroYear converts a historical year (no year 0) to astronomical.
func astroYear(h int) int {
	if h < 0 {
		return h + 1
	}
	return h
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func tickLabel(t time.Time, u Unit, step int, loc *Locale, isMajor bool, hist int) string {
	switch u {
	case Minute:
		return loc.digits(fmt.Sprintf("%02d:%02d", t.Hour(), t.Minute()))
	case Hour:
		if isMajor {
			return loc.digits(fmt.Sprintf("%s %d %s %s, %02d:00", loc.weekday(t.Weekday()), t.Day(), loc.month(t.Month(), false), loc.year(t.Year()), t.Hour()))
		}
		return loc.digits(fmt.Sprintf("%02d:00", t.Hour()))
	case Day:
		if isMajor {
			return loc.digits(fmt.Sprintf("%s %d %s %s", loc.weekday(t.Weekday()), t.Day(), loc.month(t.Month(), false), loc.year(t.Year())))
		}
		return loc.digits(strconv.Itoa(t.Day()))
	case Week:
		return loc.digits(strconv.Itoa(t.Day()))
	case Month:
		if isMajor {
			return loc.month(t.Month(), true) + " " + loc.year(t.Year())
		}
		return loc.month(t.Month(), false)
	case Year:
		if isMajor && step > 1 && hist != 0 {
			return loc.year(astroYear(hist))
		}
		return loc.year(t.Year())
	case Decade, Century, Millennium:
		if hist == 1 {
			hist = 0
		}
		if hist < 0 {
			// A BCE period is named by its earliest year: the tick at
			// 500 BCE opens 500..401 BCE.
			return loc.period(u, hist)
		}
		return loc.period(u, hist)
	}
	return ""
}
