package extract

import (
	"strconv"
	"strings"
	"time"

	hijri "github.com/hablullah/go-hijri"
)

// hijriToGregorian converts a Hijri date with the Umm al-Qura calendar
// (the official calendar of Saudi Arabia, tabulated for 1356–1500 AH) and
// falls back on the arithmetic (Kuwaiti) calendar outside that range.
func hijriToGregorian(y, m, d int) (t time.Time, ok bool) {
	if m < 1 || m > 12 || d < 1 || d > 30 || y < 1 || y > 3000 {
		return time.Time{}, false
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	if y >= 1356 && y <= 1499 {
		g := hijri.UmmAlQuraDate{Year: int64(y), Month: int64(m), Day: int64(d)}.ToGregorian()
		g = time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC)
		// day 30 of a 29-day month lands on the next month's first day
		if back, err := hijri.CreateUmmAlQuraDate(g); err != nil || int(back.Month) != m {
			return time.Time{}, false
		}
		return g, true
	}
	g := hijri.HijriDate{Year: int64(y), Month: int64(m), Day: int64(d), Pattern: hijri.Base15}.ToGregorian()
	return time.Date(g.Year(), g.Month(), g.Day(), 0, 0, 0, 0, time.UTC), true
}

// hijriMonthRange gives the Gregorian days of a whole Hijri month.
func hijriMonthRange(y, m int) (time.Time, time.Time, bool) {
	s, ok := hijriToGregorian(y, m, 1)
	if !ok {
		return s, s, false
	}
	ny, nm := y, m+1
	if nm > 12 {
		ny, nm = y+1, 1
	}
	e, ok := hijriToGregorian(ny, nm, 1)
	if !ok {
		return s, s, false
	}
	return s, e.AddDate(0, 0, -1), true
}

// hijriMonthRel gives the Gregorian days of Hijri month m relative to the
// day t: rel < 0 the last one ended before t, rel > 0 the first one
// starting after t, rel = 0 the one of t's Hijri year.
func hijriMonthRel(t time.Time, m, rel int) (time.Time, time.Time, bool) {
	h, err := hijri.CreateUmmAlQuraDate(t)
	if err != nil {
		return t, t, false
	}
	y := int(h.Year)
	s, e, ok := hijriMonthRange(y, m)
	if !ok {
		return s, e, false
	}
	switch {
	case rel < 0 && !e.Before(t):
		return hijriMonthRange(y-1, m)
	case rel > 0 && !s.After(t):
		return hijriMonthRange(y+1, m)
	}
	return s, e, true
}

// arHijriPrep lists the words after which a bare Hijri month name is the
// month ("في رمضان"), not a person's name.
var arHijriPrep = map[string]bool{"في": true, "وفي": true, "خلال": true, "وخلال": true, "طيلة": true, "طوال": true, "منذ": true, "حتي": true, "قبيل": true, "حلول": true, "بحلول": true}

// hijriMonthNear gives Hijri month m without a year: in a past clause the
// last one begun on or before t, in a future clause the current or next
// one, else the nearest (the current one when t is inside it; a month
// ahead counts double, as news speaks more of the past).
func hijriMonthNear(t time.Time, m, tense int) (time.Time, time.Time, bool) {
	h, err := hijri.CreateUmmAlQuraDate(t)
	if err != nil {
		return t, t, false
	}
	var bs, be time.Time
	best := -1
	for y := int(h.Year) - 1; y <= int(h.Year)+1; y++ {
		s, e, ok := hijriMonthRange(y, m)
		if !ok {
			continue
		}
		dist := 0
		switch {
		case e.Before(t):
			dist = int(t.Sub(e).Hours() / 24)
			if tense > 0 {
				continue
			}
		case s.After(t):
			dist = 2 * int(s.Sub(t).Hours()/24)
			if tense < 0 && dist > 20 {
				// a past clause skips months ahead, except one about to
				// begin ("أعلن الوزير برنامج الوزارة خلال شهر رمضان" two
				// days before it)
				continue
			}
		}
		if best < 0 || dist < best {
			bs, be, best = s, e, dist
		}
	}
	return bs, be, best >= 0
}

// pHijri: "15 رمضان 1446 هـ", "رمضان 1446 هـ", "1446 هـ".
func (d *doc) pHijri(i int) (cand, bool) {
	j := i
	dd := 0
	if n, nd, ok := d.num(j); ok && nd <= 2 && n >= 1 && n <= 30 {
		if _, ok := d.get(j+1, fHMonth); ok {
			dd, j = n, j+1
		}
	}
	if o, ok := d.get(j, fOrd); ok && d.lang == "ar" && dd == 0 && o.f.n >= 1 && o.f.n <= 30 &&
		d.key(j+o.n) == "من" && d.has(j+o.n+1, fHMonth) && d.arDayOrdPrev(j) {
		dd, j = o.f.n, j+o.n+1 // "الأول من محرم 1446", "يوم الثامن من ذي الحجة"
	}
	if d.lang == "ar" && dd == 0 && (d.arWord(j, "فاتح") || d.arWord(j, "الفاتح") || d.arWord(j, "غرة")) {
		// Maghreb "فاتح شوال 1445", "غرة رمضان", "غرة شهر ذي الحجة": the
		// first day of the month (as "الفاتح جويلية")
		k := j + 1
		if d.arWord(k, "شهر") {
			k++
		}
		if d.has(k, fHMonth) {
			dd, j = 1, k
		}
	}
	first := false
	if d.lang == "ar" && dd == 0 && (d.key(j) == "اول" || d.key(j) == "واول") && d.key(j+1) == "ايام" {
		// "أول أيام شهر رمضان": the first day of the month
		if d.has(j+2, fHMonth) || d.has(j+3, fHMonth) && strings.HasSuffix(d.key(j+2), "شهر") {
			j += 2
			first = true
		}
	}
	named := first // "شهر رمضان", "في رمضان", "مطلع رمضان": the month, not a name
	if d.lang == "ar" && dd == 0 && (d.key(j) == "شهر" || d.key(j) == "وشهر" || d.key(j) == "بشهر" || d.key(j) == "لشهر") && d.has(j+1, fHMonth) {
		j++ // "شهر رمضان الماضي"
		named = true
	} else if d.lang == "ar" && dd == 0 && (d.has(j-1, fMod) || arHijriPrep[d.key(j-1)]) {
		named = true
	}
	if m, ok := d.get(j, fHMonth); ok {
		k := j + m.n
		if d.key(k) == "المبارك" || d.key(k) == "الكريم" || d.key(k) == "المعظم" {
			k++ // "رمضان المبارك"
		}
		switch d.key(k) {
		case "عام", "لعام", "سنة", "لسنة":
			if _, ny, ok := d.num(k + 1); ok && ny >= 3 {
				k++ // "رمضان لعام 1447 هـ"
			}
		}
		y, ny, ok := d.num(k)
		if ok && ny < 3 {
			ok = false // "غرة ذي الحجة 28 مايو": a day of the next date, no year
		}
		if first {
			// the first day of the month read below
			if ok && ny >= 3 && y >= 1 {
				e := k + 1
				if l, ok := d.get(e, fHEra); ok {
					e += l.n
				}
				t, ok := hijriToGregorian(y, m.f.n, 1)
				if !ok {
					return cand{}, false
				}
				return d.cand(i, e, "DATE", vDay(t), aAbs), true
			}
			if !d.hasDCT || m.f.weak {
				return cand{}, false
			}
			s, _, ok := hijriMonthNear(d.dct, m.f.n, d.tense(i))
			if r, rok := d.relAt(k); rok && !r.f.weak && r.f.fl&flPre == 0 {
				s, _, ok = hijriMonthRel(d.dct, m.f.n, r.f.n)
				k += r.n
			}
			if !ok {
				return cand{}, false
			}
			return d.cand(i, k, "DATE", vDay(s), aRel), true
		}
		if !ok && dd > 0 && !m.f.weak && d.lang == "ar" && d.hasDCT {
			// "الخميس 9 ذي الحجة", "في 10 ذي الحجة المقبل": the day in the
			// Hijri year a relative word or the tense points to, else the
			// nearest one (as an Islamic holiday)
			return d.hijriHoliday(i, k, pad(m.f.n, 2)+"-"+pad(dd, 2), 0, false)
		}
		if !ok && dd == 0 && !m.f.weak && d.hasDCT {
			// "رمضان الماضي", "شهر رمضان المقبل": the month relative to the DCT
			if r, ok := d.relAt(k); ok && !r.f.weak && r.f.fl&flPre == 0 {
				if s, e, ok := hijriMonthRel(d.dct, m.f.n, r.f.n); ok {
					return d.cand(i, k+r.n, "DATE", vDay(s)+"/"+vDay(e), aRel), true
				}
			}
			if named && d.lang == "ar" {
				// "مطلع شهر رمضان", "خلال شهر رمضان": the one the tense
				// points to, else the nearest
				if s, e, ok := hijriMonthNear(d.dct, m.f.n, d.tense(i)); ok {
					return d.cand(i, k, "DATE", vDay(s)+"/"+vDay(e), aRel), true
				}
			}
			return cand{}, false
		}
		if !ok || ny < 3 || y < 1 {
			return cand{}, false
		}
		k++
		hasEra := false
		if e, ok := d.get(k, fHEra); ok {
			k += e.n
			hasEra = true
		}
		if m.f.weak && !hasEra && dd == 0 || !hasEra && y > 1600 {
			return cand{}, false // "رمضان 2025": a Gregorian year
		}
		if dd > 0 {
			t, ok := hijriToGregorian(y, m.f.n, dd)
			if !ok {
				return cand{}, false
			}
			return d.cand(i, k, "DATE", vDay(t), aAbs), true
		}
		s, e, ok := hijriMonthRange(y, m.f.n)
		if !ok {
			return cand{}, false
		}
		return d.cand(i, k, "DATE", vDay(s)+"/"+vDay(e), aAbs), true
	}
	if dd != 0 {
		return cand{}, false
	}
	y, ny, ok := d.num(i)
	if !ok || ny < 3 || y < 1 {
		return cand{}, false
	}
	e, ok := d.get(i+1, fHEra)
	if !ok || e.f.weak && !d.glued(i+1) && d.key(i-1) != "عام" && d.key(i-1) != "سنة" {
		return cand{}, false
	}
	s, _, ok1 := hijriMonthRange(y, 1)
	_, end, ok2 := hijriMonthRange(y, 12)
	if !ok1 || !ok2 {
		return cand{}, false
	}
	return d.cand(i, i+1+e.n, "DATE", vDay(s)+"/"+vDay(end), aAbs), true
}

// hijriHoliday resolves an Islamic holiday (rule "MM-DD" in the Hijri
// calendar: "10-01" عيد الفطر, "12-10" عيد الأضحى) starting at token s and
// ending before j: with a Hijri year after it ("عيد الفطر 1446 هـ") that
// year's; with a Gregorian year ("عيد الأضحى 2024") the first one in that
// year; with a relative word after it ("عيد الفطر الماضي", "المقبل") the one
// before/after the DCT; otherwise by the tense of the clause (past: the
// latest on or before the DCT, future: the first on or after it, none: the
// nearest, leaning to the past).
func (d *doc) hijriHoliday(s, j int, rule string, rel int, relOK bool) (cand, bool) {
	ms, ds, ok := strings.Cut(rule, "-")
	m, err1 := strconv.Atoi(ms)
	dd, err2 := strconv.Atoi(ds)
	if !ok || err1 != nil || err2 != nil {
		return cand{}, false
	}
	k := j
	if d.key(k) == "عام" || d.key(k) == "سنة" || d.key(k) == "لعام" || d.key(k) == "لسنة" {
		k++
	}
	if y, ny, ok := d.num(k); ok && ny >= 3 {
		if e, ok := d.get(k+1, fHEra); ok && y >= 1 && y < 3000 {
			t, ok := hijriToGregorian(y, m, dd)
			if !ok {
				return cand{}, false
			}
			return d.cand(s, k+1+e.n, "DATE", vDay(t), aAbs), true
		}
	}
	if y, e, ok := d.yearSpan(k, false); ok {
		t, ok := hijriInYear(y, m, dd)
		if !ok {
			return cand{}, false
		}
		return d.cand(s, e, "DATE", vDay(t), aAbs), true
	}
	if !d.hasDCT {
		return cand{}, false
	}
	if !relOK {
		if r, ok := d.relAt(j); ok && !r.f.weak && r.f.fl&flPre == 0 && r.f.fl&flDur == 0 {
			rel, relOK, j = r.f.n, true, j+r.n
		}
	}
	h, err := hijri.CreateUmmAlQuraDate(d.dct)
	if err != nil {
		return cand{}, false
	}
	var cs []time.Time
	for hy := int(h.Year) - 1; hy <= int(h.Year)+1; hy++ {
		if t, ok := hijriToGregorian(hy, m, dd); ok {
			cs = append(cs, t)
		}
	}
	if len(cs) == 0 {
		return cand{}, false
	}
	dct := day(d.dct.Year(), d.dct.Month(), d.dct.Day())
	tense := 0
	switch {
	case relOK:
		tense = rel
	default:
		tense = d.tense(s)
	}
	var best time.Time
	found := false
	if !relOK {
		// "إجازة يوم الأحد 15 سبتمبر بمناسبة المولد النبوي": a day date
		// in the same sentence picks the year of the holiday
		if t, ok := d.nearDayDate(s, j); ok {
			for _, c := range cs {
				if diff := c.Sub(t).Hours() / 24; diff >= -30 && diff <= 30 {
					return d.cand(s, j, "DATE", vDay(c), aRel), true
				}
			}
		}
	}
	switch {
	case relOK && rel == 0:
		// "عيد الفطر هذا العام": the one in the DCT's Hijri year
		best, found = cs[min(1, len(cs)-1)], true
	case tense < 0:
		for _, t := range cs {
			if !t.After(dct) && (relOK && t.Before(dct) || !relOK) {
				best, found = t, true
			}
		}
	case tense > 0:
		for _, t := range cs {
			if t.After(dct) || !relOK && t.Equal(dct) {
				best, found = t, true
				break
			}
		}
	default:
		bestD := 1 << 30
		for _, t := range cs {
			diff := int(t.Sub(dct).Hours() / 24)
			if diff > 200 {
				diff += 1000
			}
			if diff < 0 {
				diff = -diff
			}
			if diff < bestD {
				best, bestD, found = t, diff, true
			}
		}
	}
	if !found {
		return cand{}, false
	}
	return d.cand(s, j, "DATE", vDay(best), aRel), true
}

// nearDayDate finds a day and month written in digits within 12 tokens of
// [s, j) in the same sentence ("الأحد 15 سبتمبر") and gives its day.
func (d *doc) nearDayDate(s, j int) (time.Time, bool) {
	if d.inNear {
		return time.Time{}, false // a Hijri date read while looking
	}
	d.inNear = true
	defer func() { d.inNear = false }()
	try := func(k int) (time.Time, bool) {
		if n, nd, ok := d.num(k); !ok || nd > 2 || n > 31 {
			return time.Time{}, false
		}
		c, ok := d.pDayMonth(k)
		if d.has(k-1, fWeekday) {
			c, ok = d.pWeekday(k - 1) // the weekday settles the year
		}
		if !ok || len(c.val) != 10 || c.val[0] < '0' || c.val[0] > '9' {
			return time.Time{}, false
		}
		t, err := time.Parse("2006-01-02", c.val)
		return t, err == nil
	}
	for k := s - 1; k >= 0 && k >= s-12 && !d.sentenceBreak(k+1); k-- {
		if t, ok := try(k); ok {
			return t, true
		}
	}
	for k := j; k < len(d.toks) && k < j+12 && !d.sentenceBreak(k); k++ {
		if t, ok := try(k); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// hijriInYear gives the first day in Gregorian year y that is day dd of
// Hijri month m.
func hijriInYear(y, m, dd int) (time.Time, bool) {
	h, err := hijri.CreateUmmAlQuraDate(day(y, 1, 1))
	if err != nil {
		return time.Time{}, false
	}
	for hy := int(h.Year); hy <= int(h.Year)+1; hy++ {
		if t, ok := hijriToGregorian(hy, m, dd); ok && t.Year() == y {
			return t, true
		}
	}
	return time.Time{}, false
}
