package extract

import (
	"embed"
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

//go:embed data/*.json
var dataFS embed.FS

// Feature kinds carried by lexicon entries. The vocabulary lives in
// data/<lang>.json; the grammar in grammar.go combines these features.
const (
	fMonth   uint8 = iota + 1 // n = 1..12
	fWeekday                  // n = 0 (Sunday) .. 6
	fUnit                     // s = Y M W D H MI S DE CE Q WE ML H1
	fNum                      // n
	fNumX                     // "several"
	fOrd                      // n
	fRel                      // n = -1, 0, +1
	fDay                      // n = offset from DCT in days
	fSeason                   // s
	fPOD                      // s = MO AF EV NI
	fTime                     // s = "12:00"
	fRef                      // s = PRESENT_REF ...
	fMod                      // s = APPROX START ...
	fEarlier                  // "earlier this"
	fLater                    // "later this"
	fAgo                      // postposed "ago"
	fAgoPre                   // preposed "il y a", "قبل"
	fAfter                    // postposed "later", "from now"
	fBeforeX
	fSince
	fDurPrep
	fIn
	fUntil
	fBy
	fEvery
	fSet // s = P1Y ...
	fDet
	fFiscal
	fOClock
	fAM
	fPM
	fTZ
	fOf
	fAnd
	fTo
	fBetween
	fFrom
	fHalf
	fEra
	fFuture
	fDecade  // n = 199
	fHMonth  // n = 1..12
	fHEra    // هـ
	fGEra    // م
	fPerUnit // "a year" after a quantity
	fHSep    // "h" between hours and minutes
	fPrep
	fCentury // n = century index (19 = 20th) or relative when flagged
	fYearWord
	fPast     // a past-tense cue ("was", "avait", "كان")
	fAge      // a word that makes a following "N years" an age
	fNoSeason // a word after which a season name is part of a name ("Winter Olympics")
	fRefDay   // n = days from the reference day ("the next day", "le lendemain")
	fClock    // n = hour named by an ordinal ("الساعة العاشرة")
	fReport   // a reporting verb ("said", "أضاف"): titles skip "he said that"
	fComp     // a complementizer after a reporting verb ("that", "أن")
	fCopula   // a copula opening a filler clause ("وكان آخر هذه العمليات")
	fExplain  // a word opening the clause that carries the content ("حيث", "where")
	fGz       // first words of a gazetteer name
	fPresent  // a present-tense cue ("is", "says"): the clause speaks of now
	fHoliday  // s = a holiday rule: "12-25", "11/4/4@1" (4th Thursday of November), "easter:-2"
	fSame     // "الفترة نفسها", "نفس الفترة": the same period (of an earlier year)
	fTimes    // n = a count of times ("مرتين", "مرة"; "مرات" after a number)
)

var featNames = map[string]uint8{
	"month": fMonth, "wd": fWeekday, "unit": fUnit, "num": fNum, "numx": fNumX, "ord": fOrd, "rel": fRel, "day": fDay,
	"season": fSeason, "pod": fPOD, "time": fTime, "ref": fRef, "mod": fMod, "earlier": fEarlier, "later": fLater,
	"ago": fAgo, "agopre": fAgoPre, "after": fAfter, "beforex": fBeforeX, "since": fSince, "durprep": fDurPrep, "in": fIn,
	"until": fUntil, "by": fBy, "every": fEvery, "set": fSet, "det": fDet, "fiscal": fFiscal, "oclock": fOClock, "am": fAM,
	"pm": fPM, "tz": fTZ, "of": fOf, "and": fAnd, "to": fTo, "between": fBetween, "from": fFrom, "half": fHalf, "era": fEra,
	"future": fFuture, "decade": fDecade, "hmonth": fHMonth, "hera": fHEra, "gera": fGEra, "perunit": fPerUnit, "hsep": fHSep,
	"prep": fPrep, "century": fCentury, "yearword": fYearWord, "past": fPast, "age": fAge, "noseason": fNoSeason, "refday": fRefDay, "clock": fClock, "report": fReport, "comp": fComp, "copula": fCopula, "explain": fExplain, "present": fPresent, "hol": fHoliday, "same": fSame, "times": fTimes,
}

// feat is one reading of a lexicon entry.
type feat struct {
	k    uint8
	weak bool // needs supporting context
	n    int
	s    string
	fl   uint16 // flags
}

// Feature flags.
const (
	flPlural uint16 = 1 << iota
	flDual
	flDur   // "past", "الأخيرة": makes "the past N units" a duration
	flFinal // "last"
	flPre   // Arabic demonstrative before the noun
	flToday // Arabic اليوم, may be generic
	flNum2  // unit that counts two ("fortnight")
	flNum5
	flRel // century relative to DCT
)

type entry struct {
	toks  []string
	feats []feat
}

// lexicon maps the key of a first token to the entries starting with it,
// longest first.
type lexicon struct {
	lang    string
	byFirst map[string][]*entry
}

type lexFile struct {
	Lang    string            `json:"lang"`
	Entries map[string]string `json:"entries"`
}

func parseFeats(spec string) ([]feat, error) {
	var out []feat
	var flags uint16
	for _, f := range strings.Fields(spec) {
		switch f {
		case "pl":
			flags |= flPlural
			continue
		case "dual":
			flags |= flDual
			continue
		case "dur":
			flags |= flDur
			continue
		case "final":
			flags |= flFinal
			continue
		case "pre":
			flags |= flPre
			continue
		case "today":
			flags |= flToday
			continue
		case "num2":
			flags |= flNum2
			continue
		case "num5", "num5!":
			flags |= flNum5
			continue
		}
		weak := strings.HasSuffix(f, "!")
		f = strings.TrimSuffix(f, "!")
		name, val, _ := strings.Cut(f, ":")
		k, ok := featNames[name]
		if !ok {
			return nil, fmt.Errorf("unknown feature %q", name)
		}
		ft := feat{k: k, weak: weak}
		if val != "" {
			if n, err := strconv.Atoi(val); err == nil && k != fTime && k != fSet && k != fUnit && k != fHoliday {
				ft.n = n
			} else if k == fNum && val == "1.5" {
				ft.n, ft.s = 1, "1.5"
			} else {
				ft.s = val
			}
			if k == fCentury {
				if strings.HasPrefix(val, "-") || val == "0" {
					ft.fl |= flRel
				}
			}
		}
		out = append(out, ft)
	}
	for i := range out {
		out[i].fl |= flags
	}
	return out, nil
}

func loadLexicon(lang string) (*lexicon, error) {
	b, err := dataFS.ReadFile("data/" + lang + ".json")
	if err != nil {
		return nil, err
	}
	var lf lexFile
	if err := json.Unmarshal(b, &lf); err != nil {
		return nil, fmt.Errorf("lexicon %s: %w", lang, err)
	}
	lx := &lexicon{lang: lang, byFirst: make(map[string][]*entry, len(lf.Entries))}
	seen := map[string]*entry{}
	for phrase, spec := range lf.Entries {
		fs, err := parseFeats(spec)
		if err != nil {
			return nil, fmt.Errorf("lexicon %s %q: %w", lang, phrase, err)
		}
		toks := keyTokens(phrase)
		if len(toks) == 0 {
			continue
		}
		k := strings.Join(toks, "\x00")
		if e, ok := seen[k]; ok {
			e.feats = append(e.feats, fs...)
			continue
		}
		e := &entry{toks: toks, feats: fs}
		seen[k] = e
		lx.byFirst[toks[0]] = append(lx.byFirst[toks[0]], e)
	}
	for _, es := range lx.byFirst {
		sort.Slice(es, func(i, j int) bool {
			if len(es[i].toks) != len(es[j].toks) {
				return len(es[i].toks) > len(es[j].toks)
			}
			return strings.Join(es[i].toks, " ") < strings.Join(es[j].toks, " ")
		})
	}
	return lx, nil
}

// arabicPrefixes returns the ways to split leading clitics off an Arabic
// key: conjunction (و ف), preposition (ب ل ك), article (ال, kept in the span).
// Each split gives the remaining key and how many runes of clitics precede
// the span.
func arabicSplits(key string, out []split) []split {
	add := func(k string, n int) {
		if len(k) >= 4 {
			out = append(out, split{k, n})
		}
		if strings.HasPrefix(k, "ال") && len(k) >= 8 {
			out = append(out, split{k[4:], n})
		}
	}
	out = append(out, split{key, 0})
	if strings.HasPrefix(key, "ال") && len(key) >= 8 {
		out = append(out, split{key[4:], 0})
	}
	rest, n := key, 0
	if strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف") {
		rest, n = rest[2:], 1
		add(rest, n)
	}
	if strings.HasPrefix(rest, "لل") && len(rest) >= 6 {
		add("ال"+rest[4:], n+1)
		return out
	}
	if strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك") {
		add(rest[2:], n+1)
	}
	return out
}

type split struct {
	key    string
	clitic int
}

// lexeme is one reading of the text at a token: a feature of an entry that
// matches there, the tokens it covers and the clitic runes before its span.
type lexeme struct {
	f      *feat
	n      int
	clitic int
}

// lookupAll appends every reading starting at token i (all entries, all
// lengths) to out.
func (lx *lexicon) lookupAll(toks []token, keys string, i int, scratch []split, out []lexeme) ([]lexeme, []split) {
	t := &toks[i]
	var splits []split
	if t.arabic {
		splits = arabicSplits(keys[t.ka:t.kb], scratch[:0])
	} else {
		splits = append(scratch[:0], split{keys[t.ka:t.kb], 0})
	}
	for si, sp := range splits {
		found := false
		for _, e := range lx.byFirst[sp.key] {
			if i+len(e.toks) > len(toks) {
				continue
			}
			ok := true
			for j := 1; j < len(e.toks); j++ {
				if keys[toks[i+j].ka:toks[i+j].kb] != e.toks[j] || toks[i+j].blank {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			// Upper-case acronyms in the vocabulary would be found by lower
			// case keys: nothing here is an acronym, so all entries apply.
			found = true
			for fi := range e.feats {
				out = append(out, lexeme{f: &e.feats[fi], n: len(e.toks), clitic: sp.clitic})
			}
		}
		if found && si == 0 {
			break
		}
	}
	return out, splits
}
