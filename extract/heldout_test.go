package extract

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The held-out sets (arabic_heldout*_test.go, french_heldout_test.go,
// english_heldout_test.go) share these types and one scorer.

// hoGold is one expected timex of the held-out Arabic set.
type hoGold struct{ text, typ, value, mod string }

// hoCase is one passage of the held-out set with its own DCT.
type hoCase struct {
	name, dct, text string
	want            []hoGold
}

// scoreTimexSet runs a set and returns the TempEval-3 figures, with the same
// logic as arScore: relaxed precision and recall (a timex matches one
// overlapping it on the other side), value accuracy over the gold timexes
// paired one-to-one (exact span first, then largest overlap), value F1 =
// relaxed F1 × value accuracy. Type and mod mismatches are reported in
// errs but do not enter the figures.
func scoreTimexSet(t *testing.T, set []hoCase) (p, r, vacc, vf1 float64, errs []string) {
	t.Helper()
	p, r, vacc, vf1, errs = scoreHeldOutLang(t, set, "ar")
	for _, e := range errs {
		if strings.Contains(e, "SET ERROR") {
			t.Fatal(e)
		}
	}
	return p, r, vacc, vf1, errs
}

// scoreHeldOutLang is the scorer of every held-out set, with the
// language passed in instead of "ar", and a gold string missing from its
// passage logged instead of fatal: relaxed precision and recall (a timex
// matches one overlapping it on the other side), value accuracy over the gold
// timexes paired one-to-one (exact span first, then largest overlap), value
// F1 = relaxed F1 × value accuracy. Type, mod and span mismatches are reported
// in errs but do not enter the figures.
func scoreHeldOutLang(t *testing.T, set []hoCase, lang string) (p, r, vacc, vf1 float64, errs []string) {
	var nGold, nPred, relR, relP, paired, valOK int
	for _, c := range set {
		type span struct{ s, e int }
		var gs []span
		from, bad := 0, false
		for _, g := range c.want {
			b := strings.Index(c.text[from:], g.text)
			if b < 0 {
				errs = append(errs, c.name+": SET ERROR gold "+g.text+" not in text; passage skipped")
				bad = true
				break
			}
			s := utf8.RuneCountInString(c.text[:from+b])
			gs = append(gs, span{s, s + utf8.RuneCountInString(g.text)})
			from += b + len(g.text)
		}
		if bad {
			continue
		}
		res := tagger.Extract(c.text, Options{Lang: lang, DCT: dctOf(c.dct)})
		ov := func(a span, x Timex) int { return min(a.e, x.End) - max(a.s, x.Start) }
		nGold += len(gs)
		nPred += len(res.Timexes)
		for gi, g := range gs {
			hit := false
			for _, x := range res.Timexes {
				if ov(g, x) > 0 {
					hit = true
					break
				}
			}
			if hit {
				relR++
			} else {
				errs = append(errs, c.name+": missed "+c.want[gi].text)
			}
		}
		for _, x := range res.Timexes {
			hit := false
			for _, g := range gs {
				if ov(g, x) > 0 {
					hit = true
				}
			}
			if hit {
				relP++
			} else {
				errs = append(errs, c.name+": spurious "+x.Text+"="+x.Value)
			}
		}
		used := map[int]bool{}
		for gi, g := range gs {
			best, bestOv := -1, 0
			for xi, x := range res.Timexes {
				o := ov(g, x)
				if used[xi] || o <= 0 {
					continue
				}
				if x.Start == g.s && x.End == g.e {
					o = 1 << 20
				}
				if o > bestOv {
					best, bestOv = xi, o
				}
			}
			if best < 0 {
				continue
			}
			used[best] = true
			paired++
			x, w := res.Timexes[best], c.want[gi]
			if x.Value == w.value {
				valOK++
			} else {
				errs = append(errs, c.name+": value "+x.Text+"="+x.Value+", want "+w.text+"="+w.value)
			}
			if x.Type != w.typ {
				errs = append(errs, c.name+": type "+x.Type+", want "+w.typ+" ("+w.text+")")
			}
			if x.Mod != w.mod {
				errs = append(errs, c.name+": mod "+x.Mod+", want "+w.mod+" ("+w.text+")")
			}
			if x.Start != g.s || x.End != g.e {
				errs = append(errs, c.name+": span "+x.Text+", want "+w.text)
			}
		}
	}
	p, r = float64(relP)/float64(max(nPred, 1)), float64(relR)/float64(max(nGold, 1))
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	vacc = float64(valOK) / float64(max(paired, 1))
	return p, r, vacc, f * vacc, errs
}

// logHeldOut runs a held-out set and logs its figures and every error line.
// It never fails: the set is for measuring, not a guard.
func logHeldOut(t *testing.T, label string, set []hoCase, lang string) {
	t.Helper()
	logFigures(t, label, set, scoreOrFail(t, set, lang))
}

// guardHeldOut is logHeldOut for a set the tagger has been fitted to: it
// also fails below floor, so the rules it prompted stay.
func guardHeldOut(t *testing.T, label string, set []hoCase, lang string, floor float64) {
	t.Helper()
	f := scoreOrFail(t, set, lang)
	logFigures(t, label, set, f)
	if f.vf1 < floor {
		t.Errorf("%s held-out value F1 %.3f < %.2f", label, f.vf1, floor)
	}
}

type heldOutFigures struct {
	p, r, vacc, vf1 float64
	errs            []string
}

func scoreOrFail(t *testing.T, set []hoCase, lang string) heldOutFigures {
	t.Helper()
	var f heldOutFigures
	if lang == "ar" {
		f.p, f.r, f.vacc, f.vf1, f.errs = scoreTimexSet(t, set)
	} else {
		f.p, f.r, f.vacc, f.vf1, f.errs = scoreHeldOutLang(t, set, lang)
	}
	return f
}

func logFigures(t *testing.T, label string, set []hoCase, f heldOutFigures) {
	t.Helper()
	for _, e := range f.errs {
		t.Log(e)
	}
	rf1 := 0.0
	if f.p+f.r > 0 {
		rf1 = 2 * f.p * f.r / (f.p + f.r)
	}
	nGold := 0
	for _, c := range set {
		nGold += len(c.want)
	}
	t.Logf("%s held-out: %d passages, %d gold timexes, relaxed P %.3f R %.3f F1 %.3f, value accuracy %.3f, value F1 %.3f",
		label, len(set), nGold, f.p, f.r, rf1, f.vacc, f.vf1)
}
