package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Tagger holds the vocabularies and the gazetteer. It is immutable after
// New and safe for concurrent use.
type Tagger struct {
	lex map[string]*lexicon
	gz  *gazetteer
}

// New loads the embedded vocabularies and gazetteer. The data is part of
// the binary, so a failure is a build error and panics.
func New() *Tagger {
	t := &Tagger{lex: map[string]*lexicon{}}
	for _, l := range []string{"ar", "en", "fr"} {
		lx, err := loadLexicon(l)
		if err != nil {
			panic("extract: " + err.Error())
		}
		t.lex[l] = lx
	}
	g, err := loadGazetteer()
	if err != nil {
		panic("extract: " + err.Error())
	}
	t.gz = g
	// gazetteer names are marked in the lexicons so the scan only tries
	// the gazetteer where a name starts
	for lang, byKey := range g.names {
		lx := t.lex[lang]
		if lx == nil {
			continue
		}
		for _, ns := range byKey {
			for _, n := range ns {
				e := &entry{toks: n.toks, feats: []feat{{k: fGz}}}
				lx.byFirst[n.toks[0]] = append(lx.byFirst[n.toks[0]], e)
			}
		}
	}
	return t
}

// Extract tags the temporal expressions of text, resolves them against the
// DCT (given in o, else found in the dateline or metadata) and builds events.
func (t *Tagger) Extract(text string, o Options) Result {
	lang := o.Lang
	if t.lex[lang] == nil {
		lang = DetectLanguage(text)
	}
	d := &doc{text: text, lang: lang}
	d.toks, d.keys = tokenize(text)
	lx := t.lex[lang]
	d.lxo = make([]int32, len(d.toks)+1)
	d.mask = make([]uint64, len(d.toks))
	d.lx = make([]lexeme, 0, len(d.toks)*3/4+8) // readings: about 0.7 a token in news
	var scratch []split
	for i := range d.toks {
		d.lxo[i] = int32(len(d.lx))
		if d.toks[i].kind == tPunct && d.tk(i) != "-" && d.tk(i) != "'" {
			continue
		}
		d.lx, scratch = lx.lookupAll(d.toks, d.keys, i, scratch, d.lx)
		var m uint64
		for _, l := range d.lx[d.lxo[i]:] {
			m |= 1 << l.f.k
		}
		d.mask[i] = m
	}
	d.lxo[len(d.toks)] = int32(len(d.lx))

	res := Result{Lang: lang, DCT: DCT{Source: "none", Start: -1, End: -1}}
	dateline := cand{i: -1}
	switch {
	case !o.DCT.IsZero():
		u := o.DCT.UTC()
		d.dct = time.Date(u.Year(), u.Month(), u.Day(), 0, 0, 0, 0, time.UTC)
		d.hasDCT = true
		res.DCT = DCT{Value: vDay(d.dct), Time: d.dct, Source: "user", Start: -1, End: -1}

	default:
		if c, ok := d.findDateline(); ok {
			s, _, _, _ := Interval(c.val)
			d.dct, d.hasDCT = s, true
			st, _ := d.spanStart(c.i, c.clitic)
			res.DCT = DCT{Value: vDay(s), Time: s, Source: "dateline", Start: st, End: int(d.toks[c.j-1].e)}
			dateline = c
		} else if tm, s, e, ok := findMetaDCT(text, lang); ok {
			d.dct, d.hasDCT = tm, true
			res.DCT = DCT{Value: vDay(tm), Time: tm, Source: "metadata", Start: s, End: e}
		}
	}

	cands := make([]cand, 0, 16)
	refDay, refQ, refVal := "", "", "" // reference day, quarter reported on, last date
	refNight, refEnd := false, 0       // the reference day was given as its evening or night, ending at token refEnd
	refPM := false                     // … or as its afternoon or evening: a clock time without a.m. or p.m. is p.m.
	refUntil := false                  // … or as the end of a stretch ("jusqu'au 30 juin"): no day for a clock time of a later sentence
	anchorDay := ""                    // the last day given outright (not "le lendemain"): French counts "la veille", "le surlendemain" from it
	refYear, refYearTok := 0, 0        // the year of the last full date written out, and where it ended
	lastYear, lastYearTok := 0, 0      // the year of the last month or day written with its year, and where it ended
	refM, refMi := "", -1              // the last month named (YYYY-MM) and its token
	refQi := -1                        // the token of the reported quarter or half (refQ); it outranks a month of its sentence
	var monthSeen [13]int              // year last given to each month
	var weekDates [7]string            // full dates within a week of the DCT, by weekday
	lastNamed := -1                    // index in cands of the last bare weekday set from weekDates
	lastWD := -1                       // index in cands of the last bare weekday
	trg := uint64(trigger)
	if lang != "en" {
		trg |= 1 << fIn
	} else {
		trg |= 1 << fFiscal // "the fiscal first quarter"
	}
	for i := 0; i < len(d.toks); {
		var c cand
		ok := false
		trig := d.mask[i]&trg != 0 || d.toks[i].kind == tNum
		if trig && d.mask[i] == 1<<fDet {
			l, _ := d.get(i, fDet)
			k := i + l.n
			if d.key(k) == "même" {
				k++ // "le même jour"
			}
			trig = k < len(d.toks) && (d.mask[k]&trg != 0 || d.toks[k].kind == tNum || d.key(k) == "moment")
		}
		d.skip = 0
		if trig {
			c, ok = d.parseAt(i)
		}
		if d.mask[i]&(1<<fGz) != 0 || d.toks[i].kind == tNum && i+1 < len(d.toks) && d.mask[i+1]&(1<<fGz) != 0 {
			if g, gok := d.temponymAt(t.gz, i); gok && (!ok || g.j >= c.j) {
				c, ok = g, true
			}
		}
		if ok && c.anaph == 'W' {
			// keeps its DCT-based value without a reference day
			if t, err := time.Parse("2006-01-02", refDay); err == nil {
				c.val = vDay(weekdayNear(t, c.shift, -1, true))
			}
		} else if ok && c.anaph != 0 {
			ref := refVal
			if c.anaph == 'D' && c.podTail != "" && refDay != "" {
				ref = refDay // "that night": the day last spoken of
			}
			if d.lang == "fr" && c.anaph == 'D' && anchorDay != "" {
				ref = anchorDay // "le soir même", "ce jour-là": the day of the event
			}
			if c.thatWD > 0 {
				// "ce mardi-là", "that Monday": the last full date of the
				// story on a Monday, else the Monday nearest the reference
				// day ("the following Monday": the first after it)
				found := false
				for m := len(cands) - 1; m >= 0 && m >= len(cands)-12 && c.thatDir == 0; m-- {
					if v := cands[m].val; len(v) >= 10 && validDateValue(v[:10]) {
						if t, err := time.Parse("2006-01-02", v[:10]); err == nil && int(t.Weekday()) == int(c.thatWD)-1 {
							ref, found = v[:10], true
							break
						}
					}
				}
				if t, err := time.Parse("2006-01-02", ref); err == nil && !found && ref != "" {
					next := weekdayNear(t, int(c.thatWD)-1, 1, true)
					prev := weekdayNear(t, int(c.thatWD)-1, -1, false)
					if c.thatDir > 0 || next.Sub(t) < t.Sub(prev) {
						ref = vDay(next)
					} else {
						ref = vDay(prev)
					}
				}
			}
			if v, aok := anaphValue(ref, c.anaph, c.shift); aok && (c.podTail == "" || len(v) == 10 || c.anaph == 'y') {
				c.val = v + c.podTail
			} else if c.podTail != "" || c.anaph == 'D' && d.lang == "fr" {
				// "ce soir-là" with no day spoken of: the DCT's value stays
			} else {
				ok = c.val != "" // French "précédent" keeps its DCT-based value
			}
		}
		if !ok {
			if d.skip > i {
				i = d.skip
			} else {
				i++
			}
			continue
		}
		named := false // a bare weekday set by a date the text named
		if c.bareWD > 0 && weekDates[c.bareWD-1] != "" {
			// "mardi 7 mars … rendez-vous aux grévistes mardi": the
			// Tuesday the text has named
			c.val = weekDates[c.bareWD-1] + c.val[min(10, len(c.val)):]
			named = true
		} else if c.bareWD == 0 && d.hasDCT && len(c.val) >= 10 && validDateValue(c.val[:10]) && d.hasDayNumber(c) {
			if t, err := time.Parse("2006-01-02", c.val[:10]); err == nil && t.Sub(d.dct) < 7*24*time.Hour && d.dct.Sub(t) < 7*24*time.Hour {
				weekDates[t.Weekday()] = c.val[:10] // a full date near the DCT
			}
		}
		if c.bareWD > 0 && !named && lastNamed == len(cands)-1 && lastNamed >= 0 {
			// "mardi et mercredi" after "mardi 7 mars": the second day
			// next to the first (within three days either way)
			if p := cands[lastNamed]; p.j+1 == c.i && (rangeTo[d.key(p.j)] || d.key(p.j) == "ou" || d.key(p.j) == "or") {
				if t, err := time.Parse("2006-01-02", p.val[:min(10, len(p.val))]); err == nil {
					n := (int(c.bareWD) - int(p.bareWD) + 7) % 7
					if n > 3 {
						n -= 7
					}
					c.val = vDay(t.AddDate(0, 0, n)) + c.val[min(10, len(c.val)):]
				}
			}
		}
		if c.bareWD > 0 && !c.cue && !named && lastWD >= 0 && lastWD < len(cands) && d.hasDCT && d.sameSentence(cands[lastWD].i, c.i) && cands[lastWD].val[:min(10, len(cands[lastWD].val))] > vDay(d.dct) {
			// "will host the Tigers on Tuesday at 1:08 p.m., with Game 2 on
			// Wednesday": no verb of its own, the weekday follows the one
			// before it in the sentence
			c.val = vDay(weekdayNear(d.dct, int(c.bareWD)-1, 1, false)) + c.val[min(10, len(c.val)):]
		}
		if named {
			lastNamed = len(cands) // the index c will take
		}
		if c.bareWD > 0 {
			lastWD = len(cands)
		}
		if c.yearless && refYear > 0 && refYear <= d.dct.Year()-2 && c.i-refYearTok <= 60 && len(c.val) >= 10 && !d.postponedTo(c.i) {
			// "On Feb. 12, 1997, … On March 3, he …": a day of a story told
			// two years or more later keeps the story's year (a full date
			// with its year written out shortly before; not a bare month,
			// not a year alone, not last year's date in news of the day —
			// the TimeBank dev gold reads those from the DCT; nor a day the
			// clause puts ahead: "reportées au 15 août")
			if v := pad(refYear, 4) + c.val[4:]; validDateValue(v[:10]) {
				c.val, c.guess = v, false
			}
		}
		if c.wdDate > 0 && lastYear > 0 && c.i-lastYearTok <= 150 && len(c.val) >= 10 && c.val[:4] != pad(lastYear, 4) {
			// "Le samedi 11 mai, … 2 h 15" in a piece on May 1968: the
			// year the text named last, when its calendar has that weekday
			// on that day (the DCT's neighbourhood agrees too, but the
			// story is told in that year)
			if t, err := time.Parse("2006-01-02", pad(lastYear, 4)+c.val[4:10]); err == nil && int(t.Weekday()) == int(c.wdDate)-1 {
				c.val, c.guess = vDay(t)+c.val[10:], false
			}
		}
		if c.anchor == aAbs && c.typ == "DATE" && len(c.val) >= 7 && isDigits(c.val[:4]) {
			if y, err := strconv.Atoi(c.val[:4]); err == nil && y > 0 {
				lastYear, lastYearTok = y, c.j // a month or a day with its year ("mai 1968"), not a year alone ("en 2020")
			}
		}
		if c.anchor == aAbs && len(c.val) >= 10 && c.val[0] >= '0' && c.val[0] <= '9' && c.val[4] == '-' && c.val[7] == '-' {
			if y, err := strconv.Atoi(c.val[:4]); err == nil {
				refYear, refYearTok = y, c.j
			}
		}
		if c.bareMonth && lang != "en" && len(c.val) == 7 && len(cands) > 0 && d.hasDCT {
			// "38 l'an passé, quand le gel d'avril avait détruit …",
			// "خلال صيف 2023، لا سيما في جويلية وأوت": a month after a year
			// counted from the DCT, or a season of a year, in its sentence
			// is of that year (in English "last year … in February" is as
			// often this year's, "mid-2025 and then January" the next:
			// not there)
			p := cands[len(cands)-1]
			yearOnly := len(p.val) == 4 && p.anchor == aRel
			season := len(p.val) == 7 && p.val[4] == '-' && (p.val[5] == 'S' || p.val[5] == 'F' || p.val[5] == 'W')
			if p.typ == "DATE" && (yearOnly || season) && p.val[0] >= '0' && p.val[0] <= '9' && d.sameSentence(p.i, c.i) && p.val[:4] < c.val[:4] {
				c.val, c.guess = p.val[:4]+c.val[4:], false
			}
		}
		if c.guess && len(c.val) >= 7 {
			// a month named again without a cue keeps the year it had
			// ("expected to join in April … the summit in April")
			if m, err := strconv.Atoi(c.val[5:7]); err == nil && m >= 1 && m <= 12 && monthSeen[m] != 0 {
				v := pad(monthSeen[m], 4) + c.val[4:]
				if len(v) < 10 || validDateValue(v) {
					c.val = v
				}
			}
		}
		// a year before a series name is part of the name
		for len(cands) > 0 && cands[len(cands)-1].j > c.i {
			cands = cands[:len(cands)-1]
		}
		// "a year ago" in a report on a quarter is that quarter a year
		// before (financial news convention, as annotated in TimeBank)
		if c.typ == "DURATION" && (c.val == "P9M" || c.val == "P6M") && d.periodOfYear(c) {
			// "for the nine months": the report is now on the year to
			// date, so "a year earlier" is the year before (TimeBank)
			refQ = ""
		}
		if refQ != "" && refQ[5] == 'Q' && c.typ == "DATE" && c.j == c.i+2 && d.key(c.i+1) == "quarter" && (d.key(c.i) == "this" || d.key(c.i) == "the") {
			// "this quarter's loss", "the quarter" in a report: the
			// quarter reported on
			c.val = refQ
		} else if c.same > 0 && refQ == "" {
			// Arabic "الفترة نفسها من العام الماضي" after a half-year
			// ("النصف الأول من 2024") is that half a year back; after no
			// quarter or half, only "العام الماضي" is a timex (the year)
			if len(refVal) == 7 && refVal[4:6] == "-H" {
				if y, err := strconv.Atoi(refVal[:4]); err == nil {
					c.val = pad(y-c.back, 4) + refVal[4:]
				}
			} else if u, ok := d.pUnitRel(c.same); ok && u.j == c.j {
				c = u
			}
		} else if c.back == 1 && c.typ == "DATE" && refM != "" && refMi >= 0 && d.sameSentence(refMi, c.i) && !(refQi >= 0 && d.sameSentence(refQi, c.i)) {
			// "imports in October rose 13.5% from a year earlier": that
			// month a year before
			if y, err := strconv.Atoi(refM[:4]); err == nil {
				c.val = pad(y-c.back, 4) + refM[4:]
			}
		} else if c.back == 1 && refQ != "" && (c.typ == "DATE") {
			if y, err := strconv.Atoi(refQ[:4]); err == nil {
				c.val = pad(y-c.back, 4) + refQ[4:]
			}
		} else if p := len(cands) - 1; c.back == 1 && c.typ == "DATE" && lang == "en" && len(c.val) == 4 && p >= 0 && cands[p].typ == "DATE" && len(cands[p].val) == 4 && isDigits(cands[p].val) && d.sameSentence(cands[p].i, c.i) {
			// "net profit of $2.8 billion for 2012, up from $2.5 billion a
			// year earlier": the year before the year reported on
			if y, err := strconv.Atoi(cands[p].val); err == nil {
				c.val = pad(y-1, 4)
			}
		} else if c.yq {
			if refQ != "" {
				c.val += refQ[4:]
			} else if d.key(c.j-1) == "quarter" {
				c.val += "-QX"
			} // "the 1988 period" after "the nine months": the year
		} else if c.typ == "DATE" && len(c.val) == 7 && c.val[5] == 'H' && c.back == 0 && lang == "en" && d.reportedPeriod(c) {
			// "In the first half, sales dropped …": the report is now on a
			// half-year, so "a year earlier" is that half a year before
			refQ = c.val
			refQi = c.i
		} else if c.typ == "DATE" && len(c.val) == 7 && c.val[5] == 'Q' && c.back == 0 && !(c.cmp && c.val < vYear(d.dct.Year())) && d.reportedPeriod(c) && (refQ == "" || c.val >= refQ) {
			// "the 1988 third quarter" in 1989 is a comparison, not the
			// period reported on
			refQ = c.val
			refQi = c.i
		}
		if lang == "en" {
			c = d.enHedge(c)
		}
		if lang == "fr" {
			c = d.frDet(c)
		}
		if c.ref && refDay != "" {
			base := refDay
			if anchorDay != "" && (d.lang == "fr" || d.lang == "ar") {
				// "le 6 septembre … le lendemain … le surlendemain", "la
				// veille": counted from the day of the event, not from
				// each other
				base = anchorDay
			}
			if t, err := time.Parse("2006-01-02", base); err == nil {
				c.val = vDay(t.AddDate(0, 0, c.shift)) + c.val[min(10, len(c.val)):] // a part of day or time stays
			}
		}
		// a time of day refers to the day last spoken of (reference time)
		if c.tonly && refDay != "" {
			if t := strings.IndexByte(c.val, 'T'); t >= 0 {
				day := refDay
				if d.hasDCT && (c.wire || refUntil && !d.sameSentence(refEnd-1, c.i)) {
					day = vDay(d.dct) // "shares were down 3.1% at 0930 GMT" after "said on Tuesday evening"
				} else if d.hasDCT && day < vDay(d.dct) && d.futureClause(c.i) {
					// "une émission sera diffusée à 20 h 30" after "depuis
					// le 1er juin": a time still ahead is not on a past day
					day = vDay(d.dct)
				} else if d.hasDCT && day > vDay(d.dct) && lang == "en" && (d.pastVerbBefore(c.i) || d.key(c.i-1) == "is" && d.key(c.i-2) == "it") {
					// "the wind will not ease until late Friday. … The snow
					// started falling at about five a.m.", "It is seven
					// o'clock here": a time past or present is not on a
					// day still ahead
					day = vDay(d.dct)
				}
				if c.noMer && refPM && len(c.val) >= t+3 && !d.podAfter(c.j) {
					// "on Friday afternoon. By 3:30, …": the afternoon's 3:30
					if h, err := strconv.Atoi(c.val[t+1 : t+3]); err == nil {
						c.val = c.val[:t+1] + pad(h+12, 2) + c.val[t+3:]
					}
				}
				if refNight && c.i > refEnd+2 && len(c.val) >= t+3 && c.val[t+1] == '0' && c.val[t+2] < '6' && !(c.noMer && refPM && !d.podAfter(c.j)) {
					// "Wednesday evening … until 3 a.m.": the small hours
					// after an evening or a night are the next day's,
					// unless the time sits right after it ("ce soir à
					// 00 h 10" in a TV listing keeps the evening's date)
					if u, err := time.Parse("2006-01-02", refDay); err == nil {
						day = vDay(u.AddDate(0, 0, 1))
						refDay, refNight = day, false
					}
				}
				c.val = day + c.val[t:]
				if len(c.val) >= t+3 && c.val[t+1:t+3] >= "20" && c.val[t+1:t+3] <= "23" {
					refNight, refEnd = true, c.j // "at 11:40 p.m. … at 12:05 a.m.": past midnight next
				}
			}
		} else if (c.typ == "DATE" || c.typ == "TIME") && len(c.val) >= 10 && c.val[4] == '-' && c.val[7] == '-' && c.anchor != aNone {
			refDay = c.val[:10]
			// (a late clock time counts too: "11:40 p.m. ... 12:05 a.m.")
			refNight = strings.HasSuffix(c.val, "TEV") || strings.HasSuffix(c.val, "TNI") || len(c.val) >= 13 && c.val[10] == 'T' && c.val[11:13] >= "20" && c.val[11:13] <= "23"
			refPM = strings.HasSuffix(c.val, "TAF") || strings.HasSuffix(c.val, "TEV")
			refUntil = d.untilBefore(c.i)
			refEnd = c.j
			if !c.ref && (c.anaph == 0 || c.thatWD > 0) {
				anchorDay = refDay
			}
		}
		if (c.typ == "DATE" || c.typ == "TIME") && c.anchor != aNone && len(c.val) >= 4 && c.val[0] >= '0' && c.val[0] <= '9' {
			refVal = c.val
			if len(c.val) >= 7 && c.val[4] == '-' && c.val[5] >= '0' && c.val[5] <= '1' && c.val[6] >= '0' && c.val[6] <= '9' {
				if y, err := strconv.Atoi(c.val[:4]); err == nil {
					if m := int(c.val[5]-'0')*10 + int(c.val[6]-'0'); m >= 1 && m <= 12 {
						monthSeen[m] = y
					}
				}
			}
		}
		if c.typ == "DATE" && c.anchor != aNone && len(c.val) == 7 && c.val[4] == '-' && c.val[5] >= '0' && c.val[5] <= '1' && c.back == 0 {
			refM, refMi = c.val, c.i
		}
		cands = append(cands, c)
		i = c.j
	}
	// a clock time followed by its day ("vers 15 h 30, hier", "Vers 0 h 40,
	// jeudi") takes that day, not the reference day before it
	merged := 0
	for k := 0; k+1 < len(cands); k++ {
		c, n := &cands[k], cands[k+1]
		if !c.tonly || n.typ != "DATE" && n.typ != "TIME" || n.anchor == aNone || len(n.val) < 10 || n.val[4] != '-' || n.val[7] != '-' {
			continue
		}
		if gap := n.i - c.j; gap > 1 || gap == 1 && !d.isPunct(c.j, ",") && !(d.lang == "ar" && d.key(c.j) == "في") {
			continue // (Arabic "٦:٠٥ مساء في ٢٩ مارس" too)
		}
		t := strings.IndexByte(c.val, 'T')
		if t < 0 {
			continue
		}
		hm := c.val[t:]
		if h, err := strconv.Atoi(hm[1:min(3, len(hm))]); err == nil && h >= 1 && h < 12 && len(hm) >= 3 && !d.hasAMPM(*c) {
			// "about 4 o'clock this afternoon": the part of day after it
			// sets the half of the day
			if pod := n.val[min(10, len(n.val)):]; pod == "TAF" || pod == "TEV" || pod == "TNI" && h >= 6 {
				hm = "T" + pad(h+12, 2) + hm[3:]
			}
		}
		c.val = n.val[:10] + hm
		if d.lang == "en" && n.i == c.j && n.typ == "TIME" && len(n.val) == 13 && (d.key(n.i) == "this" || d.key(n.i) == "that" || d.key(n.i) == "tomorrow" || d.key(n.i) == "yesterday") {
			// "about 4 o'clock this afternoon", "3:30 that afternoon": one
			// TIME, as "8 a.m. today"
			c.j, c.tonly = n.j, false
			merged++
			cands[k+1].typ = "" // dropped below
		}
	}
	if merged > 0 {
		kept := cands[:0]
		for _, c := range cands {
			if c.typ != "" {
				kept = append(kept, c)
			}
		}
		cands = kept
	}
	if d.hasDCT {
		cands = d.ranges(cands)
	}
	res.Timexes = make([]Timex, len(cands))
	datelineIdx := -1
	for k, c := range cands {
		if c.typ == "DURATION" {
			c.val = countedYears(c.val) // in every language: "عقدين" P20Y, "deux décennies" P20Y
		}
		res.Timexes[k] = d.timex(c)
		if c.i == dateline.i && dateline.i >= 0 {
			datelineIdx = k
		}
	}
	res.Events = d.events(cands, res.Timexes, datelineIdx, res.DCT)
	return res
}

// frDet widens a French candidate over the determiner right before it
// ("les années 1960", "l'automne", "les prochains jours", "ces dernières
// années", "le mois de juillet"), as the French TimeBank spans have them
// ("vers" before a clock time stays out: the dev gold leaves it out 3 times
// in 6). A weekday keeps its span ("le mardi" may be every Tuesday).
func (d *doc) frDet(c cand) cand {
	if c.i < 1 || c.clitic != 0 {
		return c
	}
	if d.has(c.i, fWeekday) || d.has(c.i, fDet) || d.has(c.i, fRefDay) {
		return c
	}
	switch d.key(c.i - 1) {
	case "le", "la", "les", "ces", "cet", "cette":
		c.i--
	case "'":
		if c.i >= 2 && d.key(c.i-2) == "l" && d.glued(c.i-1) && d.glued(c.i) {
			c.i -= 2
		}
	}
	return c
}

// enHedge widens an English candidate over what the TimeML span keeps
// with it: "or so" after a relative date ("the next year or so"), and "the
// day before/after" a day, which shifts it ("the day before last Tuesday's
// hearing", "the day after Christmas").
func (d *doc) enHedge(c cand) cand {
	if (c.typ == "DURATION" || c.anchor == aRel && c.typ == "DATE") && d.key(c.j) == "or" && d.key(c.j+1) == "so" && !d.isPunct(c.j+2, "-") {
		c.j += 2
	}
	if c.typ != "DATE" || len(c.val) != 10 || c.anchor == aNone || c.i < 3 || d.key(c.i-2) != "day" || d.key(c.i-3) != "the" {
		return c
	}
	shift := 0
	switch d.key(c.i - 1) {
	case "before":
		shift = -1
	case "after":
		shift = 1
	default:
		return c
	}
	t, err := time.Parse("2006-01-02", c.val)
	if err != nil {
		return c
	}
	c.val, c.i, c.clitic = vDay(t.AddDate(0, 0, shift)), c.i-3, 0
	return c
}

// validDateValue reports that a YYYY-MM-DD… value names a real day.
func validDateValue(v string) bool {
	y, e1 := strconv.Atoi(v[:4])
	m, e2 := strconv.Atoi(v[5:7])
	dd, e3 := strconv.Atoi(v[8:10])
	return e1 == nil && e2 == nil && e3 == nil && validDate(y, m, dd)
}

// reportedPeriod reports that the quarter or half-year c (YYYY-Qn,
// YYYY-Hn) can be the period a report is on: one before the DCT's, or the
// DCT's own (a fiscal quarter) in a clause not in the future; not one still
// to come ("expects losses through the third quarter of 1990", "to continue
// into the fourth quarter").
func (d *doc) reportedPeriod(c cand) bool {
	cur := vQuarter(d.dct.Year(), (int(d.dct.Month())+2)/3)
	if c.val[5] == 'H' {
		cur = pad(d.dct.Year(), 4) + "-H" + strconv.Itoa((int(d.dct.Month())+5)/6)
	}
	return c.val < cur || c.val == cur && d.tense(c.i) <= 0
}

// hasAMPM reports "a.m."/"p.m." (or "du matin", "du soir") inside c.
func (d *doc) hasAMPM(c cand) bool {
	for k := c.i; k < c.j; k++ {
		if d.has(k, fAM) || d.has(k, fPM) || d.has(k, fPOD) {
			return true
		}
	}
	return false
}

// sameSentence reports tokens a and b in one sentence.
func (d *doc) sameSentence(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	if b-a > 400 {
		return false // as sentenceOf: no sentence is read further (linear time)
	}
	for k := a + 1; k <= b; k++ {
		if d.sentenceBreak(k) {
			return false
		}
	}
	return true
}

// countedYears writes counted decades and centuries in years, as TimeBank does
// ("two decades" P20Y, "the past century" P100Y); vague ones stay (PXDE).
// The Arabic and French sets follow the same convention.
func countedYears(v string) string {
	mul := 0
	switch {
	case strings.HasSuffix(v, "DE"):
		mul = 10
	case strings.HasSuffix(v, "CE"):
		mul = 100
	default:
		return v
	}
	n, err := strconv.Atoi(v[1 : len(v)-2])
	if err != nil || v[0] != 'P' {
		return v
	}
	return "P" + strconv.Itoa(n*mul) + "Y"
}

// spanStart gives the rune and byte offsets of token i after skipping n
// clitic letters (and the diacritics on them).
func (d *doc) spanStart(i, n int) (int, int) {
	t := &d.toks[i]
	r, b := int(t.s), int(t.bs)
	for n > 0 && b < int(t.be) {
		c, sz := utf8.DecodeRuneInString(d.text[b:])
		if !isMark(c) {
			n--
		}
		r, b = r+1, b+sz
		for b < int(t.be) {
			c, sz = utf8.DecodeRuneInString(d.text[b:])
			if !isMark(c) {
				break
			}
			r, b = r+1, b+sz
		}
	}
	return r, b
}

// timex converts a candidate to output form (rune offsets, original text).
func (d *doc) timex(c cand) Timex {
	rs, bs := d.spanStart(c.i, c.clitic)
	b := &d.toks[c.j-1]
	return Timex{Start: rs, End: int(b.e), Text: d.text[bs:b.be], Type: c.typ, Value: c.val, Mod: c.mod}
}

// rangeTo lists the words joining the two ends of a range.
var rangeTo = map[string]bool{"to": true, "and": true, "through": true, "-": true, "au": true, "à": true, "et": true,
	"الي": true, "حتي": true, "و": true}

// rangeFrom lists the words opening a range.
var rangeFrom = map[string]bool{"from": true, "between": true, "du": true, "entre": true, "de": true, "les": true, "من": true, "بين": true, "يومي": true}

// hasDayNumber reports a day of the month written in c ("mardi 7 mars",
// "March 7"), not a date counted from the DCT ("jeudi dernier").
func (d *doc) hasDayNumber(c cand) bool {
	for k := c.i; k < c.j && k < len(d.toks); k++ {
		if d.toks[k].kind == tNum && d.toks[k].nd <= 2 {
			return true
		}
	}
	return false
}

// ranges completes the first end of a range from the second, as TimeML
// annotates a range: two DATE timexes, the first inheriting what it leaves
// out ("from 3 to 5 June": 06-03 and 06-05; "من يناير إلى مارس 2024": 2024-01
// and 2024-03).
func (d *doc) ranges(cands []cand) []cand {
	// each pass writes a new list: inserting in place would copy the tail
	// once per range, quadratic on a long schedule
	if d.lang == "en" {
		// "April 24 and 25", "Oct. 3-5": the second day takes the month
		out := make([]cand, 0, len(cands)+4)
		for k, c := range cands {
			out = append(out, c)
			if c.typ != "DATE" || len(c.val) != 10 || c.val[4] != '-' || c.val[7] != '-' {
				continue
			}
			dd, nd, ok := d.num(c.j - 1)
			if !ok || nd > 2 || !d.has(c.i, fMonth) {
				continue
			}
			switch d.key(c.j) {
			case "and", "or", "to", "through", "-":
			default:
				continue
			}
			n, nd2, ok := d.num(c.j + 1)
			if !ok || nd2 > 2 || n <= dd || n > 31 || k+1 < len(cands) && cands[k+1].i <= c.j+1 {
				continue
			}
			if nx := c.j + 2; nx < len(d.toks) && (d.toks[nx].kind == tWord && !d.toks[nx].upper && d.key(nx) != "and" && d.key(nx) != "in" && d.key(nx) != "at" || d.isPunct(nx, "%") || d.isPunct(nx, ":") || d.isPunct(nx, ".") && d.glued(nx) && d.glued(nx+1)) {
				continue // "May 5 and 6 percent", "10 to 12 people"
			}
			v := c.val[:8] + pad(n, 2)
			if _, _, _, ok := Interval(v); !ok {
				continue
			}
			out = append(out, d.cand(c.j+1, c.j+2, "DATE", v, c.anchor))
		}
		cands = out
	}
	for k := 1; k < len(cands); k++ {
		d.weekdayRange(&cands[k-1], cands[k])
	}
	out := make([]cand, 0, len(cands)+4)
	for k, c := range cands {
		if nc, ok := d.arDurRange(c, k, cands); ok {
			out = append(out, nc, c)
			continue
		}
		// the connector: a word before, or the clitic و on the second end
		// ("بين تموز وأيلول من العام 2016")
		conn := c.i - 1
		if d.lang == "ar" && c.clitic > 0 && strings.HasPrefix(d.key(c.i), "و") {
			conn = c.i
		}
		if c.typ != "DATE" || c.i < 2 || conn < c.i && !rangeTo[d.key(conn)] {
			out = append(out, c)
			continue
		}
		explicit := c.anchor == aAbs
		y, m := c.val[:min(4, len(c.val))], ""
		if len(c.val) >= 7 && c.val[4] == '-' && c.val[5] != 'W' && c.val[5] != 'Q' {
			m = c.val[5:7]
		}
		// "from 3 to 5 June": a bare day number before the connector
		if n, nd, ok := d.num(c.i - 2); ok && conn < c.i && nd <= 2 && n >= 1 && n <= 31 && len(c.val) == 10 && rangeFrom[d.key(c.i-3)] {
			v := y + "-" + m + "-" + pad(n, 2)
			if _, _, _, ok := Interval(v); ok && !(k > 0 && cands[k-1].j > c.i-2) {
				out = append(out, d.cand(c.i-2, c.i-1, "DATE", v, c.anchor))
			}
			out = append(out, c)
			continue
		}
		// "من يناير إلى مارس 2024": the first month takes the year
		if len(out) > 0 && explicit && m != "" {
			p := &out[len(out)-1]
			if p.j == conn && p.typ == "DATE" && p.anchor == aRel && len(p.val) == 7 && (rangeFrom[d.key(p.i-1)] || d.lang == "ar" && rangeFrom[strings.TrimPrefix(d.key(p.i-1), "و")]) {
				p.val = y + p.val[4:]
				p.anchor = aAbs
			}
		}
		out = append(out, c)
	}
	return out
}

// weekdayRange dates a bare weekday opening a range by the full date that
// closes it: "من يوم الأحد إلى غاية يوم الإثنين 17 جوان", "from Sunday to
// Monday, June 17", "du dimanche au lundi 17 juin" — the latest such
// weekday on or before the closing date.
func (d *doc) weekdayRange(p *cand, c cand) {
	if p.typ != "DATE" || len(p.val) != 10 || p.anchor != aRel || c.typ != "DATE" || len(c.val) < 10 || c.anchor == aNone {
		return
	}
	w, ok := d.get(p.i, fWeekday)
	if !ok || p.j != p.i+w.n {
		return
	}
	if !rangeFrom[d.key(p.i-1)] && !(d.arYawm(p.i-1) && rangeFrom[d.key(p.i-2)]) {
		return
	}
	sawTo := false
	for k := p.j; k < c.i; k++ {
		switch {
		case rangeTo[d.key(k)]:
			sawTo = true
		case d.key(k) == "غاية" || d.key(k) == "لغاية" || d.arYawm(k) || d.isPunct(k, "'") || d.key(k) == "jusqu":
		default:
			return
		}
	}
	end, err := time.Parse("2006-01-02", c.val[:10])
	if !sawTo || err != nil {
		return
	}
	back := (int(end.Weekday()) - w.f.n + 7) % 7
	p.val = vDay(end.AddDate(0, 0, -back))
}

// arDurRange reads the first end of an Arabic range of durations sharing
// the unit, "بين 13 و66 عاما", "من 5 إلى 10 سنوات": the bare number before
// the connector is a duration of the same unit (13 → P13Y).
func (d *doc) arDurRange(c cand, k int, cands []cand) (cand, bool) {
	if d.lang != "ar" || c.typ != "DURATION" || c.i < 3 || d.toks[c.i].kind != tNum {
		return cand{}, false
	}
	if p := d.key(c.i - 1); p != "و" && p != "الي" || !(d.arWord(c.i-3, "بين") || d.arWord(c.i-3, "من")) || k > 0 && cands[k-1].j > c.i-2 {
		return cand{}, false
	}
	n, nd, ok := d.num(c.i - 2)
	m, _, ok2 := d.num(c.i)
	if !ok || !ok2 || nd > 3 || n >= m || d.toks[c.i-2].kind != tNum {
		return cand{}, false
	}
	ms := strconv.Itoa(m)
	a := strings.IndexAny(c.val, "0123456789")
	if a < 0 || !strings.HasPrefix(c.val[a:], ms) || a+len(ms) >= len(c.val) || c.val[a+len(ms)] < 'A' {
		return cand{}, false
	}
	return d.cand(c.i-2, c.i-1, "DURATION", c.val[:a]+strconv.Itoa(n)+c.val[a+len(ms):], aNone), true
}

// isDigits reports a non-empty string of ASCII digits.
func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
