package extract

import (
	"strconv"
	"strings"
	"time"
)

// Title length in words.
const titleWords = 10

// sentenceOf gives the token range [a, b) of the sentence holding token i.
func (d *doc) sentenceOf(i int) (int, int) {
	a := i
	for a > 0 && !d.sentenceBreak(a) && i-a < 400 {
		a--
	}
	b := i + 1
	for b < len(d.toks) && !d.sentenceBreak(b) && b-i < 400 {
		b++
	}
	return a, b
}

func isClauseMark(k string) bool {
	switch k {
	case ",", "،", ":", "«", "»", "“", "”", "\"", "(", ")", "—", "-", "◙", "•":
		return true
	}
	return false
}

// clauseMark reports a clause mark at token k that is not glued inside a
// word or number: the comma of "1,014", the hyphen of "two-day" and the
// apostrophe-like marks inside words do not end a clause.
func (d *doc) clauseMark(k int) bool {
	if !isClauseMark(d.key(k)) {
		return false
	}
	return !(k > 0 && k+1 < len(d.toks) && d.glued(k) && d.glued(k+1) && d.toks[k-1].kind != tPunct && d.toks[k+1].kind != tPunct)
}

// keepPunct reports punctuation that a title keeps: marks glued inside a
// word or number ("1,014", "2.2", "10:30", "l'État", "two-day"), per cent
// and currency signs on their number ("18%", "$16", "€5"), and the stops
// of an initialism ("U.S.").
func (d *doc) keepPunct(k int) bool {
	if k <= 0 || k+1 > len(d.toks) {
		return false
	}
	p := d.key(k)
	inner := d.glued(k) && k+1 < len(d.toks) && d.glued(k+1) && d.toks[k-1].kind != tPunct && d.toks[k+1].kind != tPunct
	switch {
	case inner && p != "(" && p != ")" && p != "«" && p != "»" && p != "\"":
		return true
	case (p == "'" || p == "’") && d.glued(k) && d.toks[k-1].kind == tWord:
		return true // "Illinois' governor", "aujourd'"
	case p == "%" && d.toks[k-1].kind == tNum: // "18%", "3,2 %"
		return true
	case (p == "$" || p == "€" || p == "£") && k+1 < len(d.toks) && d.glued(k+1) && d.toks[k+1].kind == tNum:
		return true
	case p == "." && d.glued(k) && d.toks[k-1].kind == tWord && d.toks[k-1].upper && len(d.tk(k-1)) == 1 && k >= 2 && d.isPunct(k-2, ".") && d.glued(k-1):
		return true // the last stop of "U.S."
	}
	return false
}

// function words dropped at the edges of a title
func (d *doc) isFunction(i int) bool {
	for _, l := range d.lexemes(i) {
		switch l.f.k {
		case fPrep, fIn, fOf, fDet, fSince, fDurPrep, fUntil, fFrom, fTo, fAnd, fBy, fBetween:
			return true
		}
	}
	switch d.key(i) {
	case "on", "at", "during", "le", "la", "les", "l", "en", "ce", "cette", "et", "and", "but", "في", "ففي", "وفي", "و", "ف", "then", "puis", "alors", "ثم", "حيث", "كما":
		return true
	}
	return false
}

// isArticle reports determiners, which stay at the head of a title ("the
// minister", "la police").
func (d *doc) isArticle(i int) bool {
	switch d.key(i) {
	case "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "ce", "cet", "cette", "ces":
		return true
	}
	return false
}

// title picks a short phrase of the clause around tokens [ti, tj), without
// the temporal expression itself unless keep is set (named events).
func (d *doc) title(sa, sb, ti, tj int, keep bool) string {
	// clause bounds
	ca := ti
	for ca > sa && !d.clauseMark(ca-1) {
		ca--
	}
	cb := tj
	for cb < sb && !d.clauseMark(cb) {
		cb++
	}
	words := func(a, b int) []int {
		var out []int
		for k := a; k < b; k++ {
			if !keep && k >= ti && k < tj {
				continue
			}
			if !keep && k == ti-1 && d.isFunction(k) && !d.isArticle(k) && !d.possessiveOf(tj, ti, tj) {
				continue // the preposition of the date: "في", "on", "en"
			}
			if !keep && d.elidedBefore(k, ti) {
				continue // "jusqu'à", "depuis l'été": the elided word before the date goes with it
			}
			if !keep && (k == tj || k == tj+1) && d.isPunct(tj, "-") && d.glued(tj) && d.glued(tj+1) {
				continue // "a 1960s-era bridge": the rest of the compound goes too
			}
			if !keep && d.possessiveOf(k, ti, tj) {
				continue // "Friday's meeting" → "meeting"
			}
			if d.toks[k].kind == tPunct && !d.keepPunct(k) {
				continue
			}
			out = append(out, k)
		}
		return out
	}
	ws := words(ca, cb)
	// "وكان آخر هذه العمليات [date]، حيث أعلنت الرباط ...": a copula clause
	// whose content follows after "حيث"/"where" gives way to that clause
	if len(ws) > 0 && d.titleLen(ws) <= 6 && d.has(ws[0], fCopula) && cb < sb && d.has(cb+1, fExplain) {
		e := cb + 1
		for e < sb && !d.clauseMark(e) {
			e++
		}
		if next := words(cb+2, e); d.titleLen(next) >= 3 {
			ws = next
		}
	}
	// "وأضاف أنه ...", "he said that ...": the reported content
	for p := 0; p < len(ws)-2 && p <= 3; p++ {
		l, ok := d.get(ws[p], fReport)
		if !ok {
			continue
		}
		if k := p + l.n; k < len(ws)-1 && d.has(ws[k], fComp) {
			ws = ws[k+1:]
		}
		break
	}
	// drop function words left at the edges (prepositions before the date)
	for len(ws) > 0 && d.isFunction(ws[0]) && !d.isArticle(ws[0]) {
		ws = ws[1:]
	}
	for len(ws) > 0 && d.isFunction(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1]
	}
	if d.titleLen(ws) == 0 && ca > sa && cb < sb {
		// the date alone between commas after the verb and its subject
		// ("أفرجت السلطات العراقية، الأحد، عن معتقل …", "The army said,
		// Sunday, that …"): the clause before, then the one after
		s := ca - 1
		for s > sa && !d.clauseMark(s-1) {
			s--
		}
		e := cb + 1
		for e < sb && !d.clauseMark(e) {
			e++
		}
		ws = append(words(s, ca-1), words(cb+1, e)...)
		ca, cb = s, e // what is still thin widens beyond these
	}
	if d.titleLen(ws) < 4 {
		// too thin: take the next clause too, then the previous
		if cb < sb {
			e := cb + 1
			for e < sb && !d.clauseMark(e) {
				e++
			}
			ws = append(ws, words(cb+1, e)...)
		}
		if d.titleLen(ws) < 4 && ca > sa {
			s := ca - 1
			for s > sa && !d.clauseMark(s-1) {
				s--
			}
			ws = append(words(s, ca-1), ws...)
		}
		for len(ws) > 0 && d.isFunction(ws[0]) && !d.isArticle(ws[0]) {
			ws = ws[1:]
		}
	}
	return d.joinTitle(ws)
}

// wordStart reports that ws[x] starts a word of the title as written:
// tokens glued together ("2.8%", "group's", "$4.15") make one word, and a
// lone mark ("%" after a space) none.
func (d *doc) wordStart(ws []int, x int) bool {
	if x > 0 && ws[x-1] == ws[x]-1 && !d.toks[ws[x]].space {
		return false
	}
	for y := x; y < len(ws); y++ {
		if y > x && (ws[y-1] != ws[y]-1 || d.toks[ws[y]].space) {
			break
		}
		if d.toks[ws[y]].kind != tPunct {
			return true
		}
	}
	return false
}

// titleLen counts the words of a title in the making.
func (d *doc) titleLen(ws []int) int {
	n := 0
	for x := range ws {
		if d.wordStart(ws, x) {
			n++
		}
	}
	return n
}

// joinTitle writes the tokens ws of a title: at most titleWords words, a
// word glued to the last one kept whole ("2.8%", "l'électricité",
// "آذار/مارس"), no dangling mark at the end, spaces as in the text.
func (d *doc) joinTitle(ws []int) string {
	n, cut := 0, len(ws)
	for x := range ws {
		if !d.wordStart(ws, x) {
			continue
		}
		if n == titleWords {
			cut = x
			break
		}
		n++
	}
	ws = ws[:cut]
	for len(ws) > 0 {
		last := ws[len(ws)-1]
		mark := d.toks[last].kind == tPunct && d.key(last) != "%" && !(d.key(last) == "." && d.keepPunct(last))
		if !mark && !(d.isFunction(last) && d.wordStart(ws, len(ws)-1)) {
			break
		}
		ws = ws[:len(ws)-1] // no dangling mark, nor "… president of" after the cut
	}
	var b strings.Builder
	for x, k := range ws {
		if x > 0 && (d.toks[k].space || ws[x-1] != k-1) {
			b.WriteByte(' ')
		}
		t := &d.toks[k]
		b.WriteString(d.text[t.bs:t.be])
	}
	return b.String()
}

func (d *doc) passage(sa, sb int) (int, int) { return int(d.toks[sa].s), int(d.toks[sb-1].e) }

// durationSpan turns "P2Y" into an interval ending (or starting) at the DCT.
func durationSpan(dct time.Time, dur string, past bool) (time.Time, time.Time, string, bool) {
	if !strings.HasPrefix(dur, "P") || strings.HasPrefix(dur, "PT") {
		return time.Time{}, time.Time{}, "", false
	}
	v := dur[1:]
	k := 0
	for k < len(v) && v[k] >= '0' && v[k] <= '9' {
		k++
	}
	n, err := strconv.Atoi(v[:k])
	if err != nil || n <= 0 || n > 1000 {
		return time.Time{}, time.Time{}, "", false
	}
	var y, m, dd int
	prec := "day"
	switch v[k:] {
	case "Y":
		y, prec = n, "year"
	case "Y6M":
		y, m, prec = n, 6, "month"
	case "M":
		m, prec = n, "month"
	case "W":
		dd, prec = 7*n, "week"
	case "D":
		dd = n
	case "DE":
		y, prec = 10*n, "decade"
	case "CE":
		y, prec = 100*n, "century"
	case "Q":
		m, prec = 3*n, "quarter"
	default:
		return time.Time{}, time.Time{}, "", false
	}
	if past {
		return dct.AddDate(-y, -m, -dd), dct.AddDate(0, 0, 1), prec, true
	}
	return dct, dct.AddDate(y, m, dd+1), prec, true
}

var confidence = map[uint8]float64{aAbs: 0.95, aRel: 0.8, aDCT: 0.85, aDurPast: 0.6, aDurNext: 0.6, aEarlier: 0.7, aLater: 0.7, aTemponym: 0.85}

// events builds one event per anchored expression, plus the main event of
// the report anchored on the dateline.
// elidedBefore reports a French elided word and its apostrophe right
// before the expression at ti or before its preposition ("jusqu'" of
// "jusqu'à lundi", "l'" of "depuis l'été").
func (d *doc) elidedBefore(k, ti int) bool {
	if d.lang != "fr" || ti < 2 {
		return false
	}
	a := ti // the apostrophe sits at a-1, the elided word at a-2
	if !d.isPunct(a-1, "'") && d.isFunction(ti-1) && !d.isArticle(ti-1) {
		a = ti - 1
	}
	if !d.isPunct(a-1, "'") || !d.glued(a-1) {
		return false
	}
	return k == a-1 || k == a-2
}

// possessiveOf reports the "'" or "s" of an English possessive glued to
// the expression at [ti, tj) ("Friday's", "next year's").
func (d *doc) possessiveOf(k, ti, tj int) bool {
	if k < 1 || !d.glued(k) || tj <= ti {
		return false
	}
	if d.key(k) == "'" || d.key(k) == "’" {
		return k == tj
	}
	return d.key(k) == "s" && k == tj+1 && (d.key(k-1) == "'" || d.key(k-1) == "’")
}

func (d *doc) events(cands []cand, tx []Timex, datelineIdx int, dct DCT) []Event {
	var evs []Event
	seen := map[string]bool{}
	for k, c := range cands {
		if c.anchor == aNone || k == datelineIdx {
			continue
		}
		var s, e time.Time
		var prec string
		var ok bool
		switch c.anchor {
		case aDurPast, aDurNext:
			if !d.hasDCT {
				continue
			}
			s, e, prec, ok = durationSpan(d.dct, c.dur, c.anchor == aDurPast)
		default:
			if c.typ != "DATE" && c.typ != "TIME" {
				continue
			}
			s, e, prec, ok = Interval(c.val)
			if ok && d.hasDCT {
				if c.anchor == aEarlier && e.After(d.dct) && s.Before(d.dct) {
					e = d.dct
				}
				if c.anchor == aLater && s.Before(d.dct.AddDate(0, 0, 1)) && e.After(d.dct.AddDate(0, 0, 1)) {
					s = d.dct.AddDate(0, 0, 1)
				}
			}
		}
		if !ok {
			continue
		}
		sa, sb := d.sentenceOf(c.i)
		ps, pe := d.passage(sa, sb)
		key := c.val + "|" + strconv.Itoa(ps)
		if seen[key] {
			continue
		}
		seen[key] = true
		// the other end of a range leaves the title too: "from 2014 to
		// 2017 Destin obtained …" titles both events "Destin obtained …"
		// the other end of a range, or the same date in another calendar
		// ("15 شعبان 1446هـ الموافق 14 فبراير 2025م"), leaves the title too
		ti, tj := c.i, c.j
		if k+1 < len(cands) && cands[k+1].i == c.j+1 && d.dateLink(c.j) {
			tj = cands[k+1].j
		}
		if k > 0 && cands[k-1].j == c.i-1 && d.dateLink(c.i-1) {
			ti = cands[k-1].i
		}
		title := ""
		if k == 0 && dct.Source == "user" && c.anchor != aNone && len(c.val) == 10 && d.toks[c.i].s < 3000 {
			// the user's DCT wins over a dateline, whose date is then
			// the first event: titled from the lead, not from
			// "Bruxelles, … –" (datelineTitle checks the line's shape)
			title = d.datelineTitle(ti, tj, sa, sb)
		}
		if title == "" {
			title = d.title(sa, sb, ti, tj, c.anchor == aTemponym)
		}
		if title == "" {
			title = tx[k].Text
		}
		conf := confidence[c.anchor]
		if c.anchor == aAbs && prec != "day" {
			conf = 0.9
		}
		evs = append(evs, Event{Title: title, Start: s, End: e, Precision: prec, Value: c.val, Timex: k,
			PassageStart: ps, PassageEnd: pe, Confidence: conf})
	}
	if datelineIdx >= 0 && dct.Source == "dateline" {
		if ev, ok := d.leadEvent(cands[datelineIdx], datelineIdx, dct); ok {
			if !seen[ev.Value+"|"+strconv.Itoa(ev.PassageStart)] {
				evs = append([]Event{ev}, evs...)
			}
		}
	}
	return evs
}

// dateLink reports a word joining two expressions of one event: a range
// connector ("to", "au", "إلى") or Arabic "الموافق" between the Hijri and
// the Gregorian date.
func (d *doc) dateLink(k int) bool { return rangeTo[d.key(k)] || d.key(k) == "الموافق" }

// datelineTitle titles the event of a dateline's date when the user gave
// the DCT: "Bruxelles, 24 juillet 2019 – L'Institut royal …" gives
// "L'Institut royal …", not "Bruxelles L'Institut". Only a place of a few
// words (capitalised in Latin script) may come before the date on its line,
// and the lead must follow on that line; otherwise the usual title.
func (d *doc) datelineTitle(ti, tj, sa, sb int) string {
	la, lb := d.lineIn(ti, tj, sa, sb)
	if ti-la > 5 || d.lang == "ar" && ti-la > 3 {
		return ""
	}
	for k := la; k < ti; k++ {
		if d.toks[k].kind == tWord && !d.toks[k].arabic && !d.toks[k].upper {
			return "" // "On 24 July, the …": no place before the date
		}
	}
	e := tj
	if d.isPunct(e, ",") {
		e++
	}
	if d.toks[min(e, len(d.toks)-1)].kind == tWord && (d.isPunct(e+1, "-") || d.isPunct(e+1, "_")) {
		e++ // an agency without brackets: "… 2025م واس – دشنت"
	}
	if !(d.isPunct(e, "(") || d.isPunct(e, "-") || d.isPunct(e, "_") || d.isPunct(e, "/") || d.isPunct(e, ":")) {
		return "" // a dateline's date is followed by the agency or a dash, a lead's verb by its subject
	}
	if d.wordsIn(tj, lb) < 4 {
		return ""
	}
	return d.leadTitle(la, lb, ti, tj)
}

// lineIn gives the token range of the line holding tokens [i, j), within the sentence
// [sa, sb).
func (d *doc) lineIn(i, j, sa, sb int) (int, int) {
	la, lb := i, j
	for la > 0 && !d.toks[la].nl {
		la--
	}
	for lb < len(d.toks) && !d.toks[lb].nl {
		lb++
	}
	return max(la, sa), min(lb, sb)
}

// wordsIn counts the word tokens in [a, b).
func (d *doc) wordsIn(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// leadEvent anchors the main reported event on the dateline: the news lead
// reports what happened on the DCT. The lead is the dateline's own sentence
// when it says something, else the deck line just above the dateline, else
// the first full sentence after it.
func (d *doc) leadEvent(c cand, idx int, dct DCT) (Event, bool) {
	pick := func(sa, sb, ti, tj int) (Event, bool) {
		ps, pe := d.passage(sa, sb)
		title := d.leadTitle(sa, sb, ti, tj)
		if title == "" {
			return Event{}, false
		}
		return Event{Title: title, Start: dct.Time, End: dct.Time.AddDate(0, 0, 1), Precision: "day", Value: dct.Value,
			Timex: idx, PassageStart: ps, PassageEnd: pe, Confidence: 0.6}, true
	}
	sa, sb := d.sentenceOf(c.i)
	// the dateline line alone
	la, lb := d.lineIn(c.i, c.j, sa, sb)
	if d.wordsIn(la, lb)-d.wordsIn(c.i, c.j) >= 6 {
		return pick(la, lb, c.i, c.j)
	}
	// deck line above
	if la > 0 {
		pa := la - 1
		for pa > 0 && !d.toks[pa].nl {
			pa--
		}
		if pa > 0 && !d.toks[la].blank && d.wordsIn(pa, la) >= 5 && d.wordsIn(pa, la) <= 40 {
			return pick(pa, la, -1, -1)
		}
	}
	// first full sentence after
	for k := lb; k < len(d.toks) && k < lb+2000; {
		a, b := d.sentenceOf(k)
		if a < k {
			a = k
		}
		e := b
		for x := a + 1; x < b; x++ {
			if d.toks[x].nl {
				e = x
				break
			}
		}
		if d.wordsIn(a, e) >= 8 {
			return pick(a, e, -1, -1)
		}
		k = max(e, k+1)
	}
	return Event{}, false
}

// leadTitle takes the first words of a lead sentence, skipping the place
// name and dash of a dateline ("الرباط -", "PARIS (AFP) -").
func (d *doc) leadTitle(sa, sb, ti, tj int) string {
	start := sa
	if ti >= sa && ti-sa <= 6 {
		// "Paris, 14 mars 2024 (AFP) - Le gouvernement …": after the date,
		// the agency in brackets and the dash
		start = tj
		for start < sb && d.toks[start].kind == tPunct && d.key(start) != "(" && d.key(start) != "/" {
			start++
		}
		if d.isPunct(start, "(") || d.isPunct(start, "/") {
			// the agency: "(AFP)", "/ وام /"
			closer := ")"
			if d.isPunct(start, "/") {
				closer = "/"
			}
			for k := start + 1; k < sb && k <= start+6; k++ {
				if d.isPunct(k, closer) {
					start = k + 1
					break
				}
			}
		}
	}
	if ti >= sa && ti-sa <= 6 {
		if start+1 < sb && d.toks[start].kind == tWord && (d.isPunct(start+1, "-") || d.isPunct(start+1, "_")) {
			start++ // an agency without brackets: "واس –"
		}
		for start < sb && (d.key(start) == "-" || d.key(start) == "_") {
			start++ // the dash after the agency ("–" and "—" fold to "-")
		}
	} else {
		for k := start; k < sb && k < start+6; k++ {
			if (d.key(k) == "-" || d.key(k) == "_") && d.toks[k].space {
				start = k + 1
				break
			}
		}
	}
	var ws []int
	for k, n := start, 0; k < sb && n <= titleWords; k++ {
		if k >= ti && k < tj || d.possessiveOf(k, ti, tj) {
			continue
		}
		if d.toks[k].kind == tPunct && !d.keepPunct(k) {
			continue
		}
		if d.toks[k].kind != tPunct {
			n++
		}
		ws = append(ws, k)
	}
	return d.joinTitle(ws)
}
