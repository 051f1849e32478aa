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
	for ca > sa && !isClauseMark(d.key(ca-1)) {
		ca--
	}
	cb := tj
	for cb < sb && !isClauseMark(d.key(cb)) {
		cb++
	}
	words := func(a, b int) []int {
		var out []int
		for k := a; k < b; k++ {
			if !keep && k >= ti && k < tj {
				continue
			}
			if !keep && k == ti-1 && d.isFunction(k) && !d.isArticle(k) {
				continue // the preposition of the date: "في", "on", "en"
			}
			if d.toks[k].kind == tPunct && !(d.key(k) == "-" && k > a && d.glued(k)) && d.key(k) != "'" {
				continue
			}
			out = append(out, k)
		}
		return out
	}
	ws := words(ca, cb)
	// "وكان آخر هذه العمليات [date]، حيث أعلنت الرباط ...": a copula clause
	// whose content follows after "حيث"/"where" gives way to that clause
	if len(ws) > 0 && len(ws) <= 6 && d.has(ws[0], fCopula) && cb < sb && d.has(cb+1, fExplain) {
		e := cb + 1
		for e < sb && !isClauseMark(d.key(e)) {
			e++
		}
		if next := words(cb+2, e); len(next) >= 3 {
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
	if len(ws) < 4 {
		// too thin: take the next clause too, then the previous
		if cb < sb {
			e := cb + 1
			for e < sb && !isClauseMark(d.key(e)) {
				e++
			}
			ws = append(ws, words(cb+1, e)...)
		}
		if len(ws) < 4 && ca > sa {
			s := ca - 1
			for s > sa && !isClauseMark(d.key(s-1)) {
				s--
			}
			ws = append(words(s, ca-1), ws...)
		}
		for len(ws) > 0 && d.isFunction(ws[0]) && !d.isArticle(ws[0]) {
			ws = ws[1:]
		}
	}
	if len(ws) > titleWords {
		ws = ws[:titleWords]
	}
	var b strings.Builder
	for n, k := range ws {
		if n > 0 && (d.toks[k].space || n > 0 && ws[n-1] != k-1) {
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
		title := d.title(sa, sb, c.i, c.j, c.anchor == aTemponym)
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

// leadEvent anchors the main reported event on the dateline: the news lead
// reports what happened on the DCT. The lead is the dateline's own sentence
// when it says something, else the deck line just above the dateline, else
// the first full sentence after it.
func (d *doc) leadEvent(c cand, idx int, dct DCT) (Event, bool) {
	wordsIn := func(a, b int) int {
		n := 0
		for k := a; k < b; k++ {
			if d.toks[k].kind == tWord {
				n++
			}
		}
		return n
	}
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
	la := c.i
	for la > 0 && !d.toks[la].nl {
		la--
	}
	lb := c.j
	for lb < len(d.toks) && !d.toks[lb].nl {
		lb++
	}
	if la < sa {
		la = sa
	}
	if lb > sb {
		lb = sb
	}
	if wordsIn(la, lb)-wordsIn(c.i, c.j) >= 6 {
		return pick(la, lb, c.i, c.j)
	}
	// deck line above
	if la > 0 {
		pa := la - 1
		for pa > 0 && !d.toks[pa].nl {
			pa--
		}
		if pa > 0 && !d.toks[la].blank && wordsIn(pa, la) >= 5 && wordsIn(pa, la) <= 40 {
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
		if wordsIn(a, e) >= 8 {
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
	for k := sa; k < sb && k < sa+6; k++ {
		if d.key(k) == "-" && d.toks[k].space {
			start = k + 1
			break
		}
	}
	var b strings.Builder
	n := 0
	for k := start; k < sb && n < titleWords; k++ {
		if k >= ti && k < tj {
			continue
		}
		t := &d.toks[k]
		if t.kind == tPunct {
			continue
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(d.text[t.bs:t.be])
		n++
	}
	return b.String()
}
