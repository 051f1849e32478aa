package extract

import (
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
	d.toks, _ = tokenize(text)
	lx := t.lex[lang]
	d.lxo = make([]int32, len(d.toks)+1)
	var scratch []split
	for i := range d.toks {
		d.lxo[i] = int32(len(d.lx))
		if d.toks[i].kind == tPunct && d.toks[i].key != "-" && d.toks[i].key != "'" {
			continue
		}
		d.lx, scratch = lx.lookupAll(d.toks, i, scratch, d.lx)
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
			res.DCT = DCT{Value: vDay(s), Time: s, Source: "dateline", Start: st, End: d.toks[c.j-1].e}
			dateline = c
		} else if tm, s, e, ok := findMetaDCT(text, lang); ok {
			d.dct, d.hasDCT = tm, true
			res.DCT = DCT{Value: vDay(tm), Time: tm, Source: "metadata", Start: s, End: e}
		}
	}

	cands := make([]cand, 0, 16)
	for i := 0; i < len(d.toks); {
		if d.lxo[i] == d.lxo[i+1] && d.toks[i].kind != tNum {
			// no reading here; only gazetteer names can start
			if c, ok := d.temponymAt(t.gz, i); ok {
				cands = append(cands, c)
				i = c.j
				continue
			}
			i++
			continue
		}
		c, ok := d.parseAt(i)
		if g, gok := d.temponymAt(t.gz, i); gok && (!ok || g.j >= c.j) {
			c, ok = g, true
		}
		if !ok {
			i++
			continue
		}
		if c.i < i {
			// a year before a series name was part of the name
			if n := len(cands); n > 0 && cands[n-1].j > c.i {
				cands = cands[:n-1]
			}
		}
		cands = append(cands, c)
		i = c.j
	}
	res.Timexes = make([]Timex, len(cands))
	datelineIdx := -1
	for k, c := range cands {
		res.Timexes[k] = d.timex(c)
		if c.i == dateline.i && dateline.i >= 0 {
			datelineIdx = k
		}
	}
	res.Events = d.events(cands, res.Timexes, datelineIdx, res.DCT)
	return res
}

// spanStart gives the rune and byte offsets of token i after skipping n
// clitic letters (and the diacritics on them).
func (d *doc) spanStart(i, n int) (int, int) {
	t := &d.toks[i]
	r, b := t.s, t.bs
	for n > 0 && b < t.be {
		c, sz := utf8.DecodeRuneInString(d.text[b:])
		if !isMark(c) {
			n--
		}
		r, b = r+1, b+sz
		for b < t.be {
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
	return Timex{Start: rs, End: b.e, Text: d.text[bs:b.be], Type: c.typ, Value: c.val, Mod: c.mod}
}
