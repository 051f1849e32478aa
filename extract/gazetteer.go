package extract

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode"
)

// The gazetteer lists named events whose dates are world knowledge
// (temponyms): Olympic Games, World Cups, continental championships ... A
// mention is matched by the series name with its host or year nearby; when
// only the host is given, the tense and the DCT pick the edition.

type gzFile struct {
	Places map[string]map[string][]string `json:"places"`
	Series []struct {
		ID       string              `json:"id"`
		Names    map[string][]string `json:"names"`
		Editions []struct {
			Year  int      `json:"year"`
			Start string   `json:"start"`
			End   string   `json:"end"`
			Hosts []string `json:"hosts"`
		} `json:"editions"`
	} `json:"series"`
}

type edition struct {
	year       int
	start, end time.Time
	hosts      []string
}

type gzName struct {
	toks   []string
	series int
	acro   string // exact upper-case form for acronyms
	cap    bool   // a one-word capitalised name ("Mondial", "Euro"): the common word ("record mondial") is no event
}

type gazetteer struct {
	names    map[string]map[string][]gzName // lang -> first key -> names
	places   map[string]map[string][][]string
	editions [][]edition
}

func loadGazetteer() (*gazetteer, error) {
	b, err := dataFS.ReadFile("data/gazetteer.json")
	if err != nil {
		return nil, err
	}
	var f gzFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	g := &gazetteer{names: map[string]map[string][]gzName{}, places: map[string]map[string][][]string{}}
	for si, s := range f.Series {
		var eds []edition
		for _, e := range s.Editions {
			st, err1 := time.Parse("2006-01-02", e.Start)
			en, err2 := time.Parse("2006-01-02", e.End)
			if err1 != nil || err2 != nil {
				return nil, fmt.Errorf("gazetteer %s %d: bad dates", s.ID, e.Year)
			}
			eds = append(eds, edition{year: e.Year, start: st, end: en, hosts: e.Hosts})
		}
		g.editions = append(g.editions, eds)
		for lang, ns := range s.Names {
			if g.names[lang] == nil {
				g.names[lang] = map[string][]gzName{}
			}
			for _, n := range ns {
				toks := keyTokens(n)
				if len(toks) == 0 {
					continue
				}
				gn := gzName{toks: toks, series: si}
				if strings.ToUpper(n) == n && len(toks) == 1 {
					gn.acro = n
				} else if len(toks) == 1 && n != "" && unicode.IsUpper([]rune(n)[0]) {
					gn.cap = true
				}
				g.names[lang][toks[0]] = append(g.names[lang][toks[0]], gn)
			}
		}
	}
	for id, byLang := range f.Places {
		m := map[string][][]string{}
		for lang, ns := range byLang {
			for _, n := range ns {
				m[lang] = append(m[lang], keyTokens(n))
			}
		}
		g.places[id] = m
	}
	return g, nil
}

// seqAt reports whether toks match at i (Arabic clitics allowed on the first).
func (d *doc) seqAt(i int, seq []string) (int, int, bool) {
	if i < 0 || i+len(seq) > len(d.toks) {
		return 0, 0, false
	}
	clitic := 0
	k0 := d.tk(i)
	if k0 != seq[0] {
		if !d.toks[i].arabic {
			return 0, 0, false
		}
		ok := false
		var sc [8]split
		for _, sp := range arabicSplits(k0, sc[:0]) {
			if sp.key == seq[0] {
				ok, clitic = true, sp.clitic
				break
			}
		}
		if !ok {
			return 0, 0, false
		}
	}
	for j := 1; j < len(seq); j++ {
		if d.tk(i+j) != seq[j] {
			return 0, 0, false
		}
	}
	return i + len(seq), clitic, true
}

// temponymAt matches a gazetteer name at token i.
func (d *doc) temponymAt(g *gazetteer, i int) (cand, bool) {
	if g == nil {
		return cand{}, false
	}
	names := g.names[d.lang]
	if names == nil {
		return cand{}, false
	}
	key := d.tk(i)
	var cands []gzName
	cands = append(cands, names[key]...)
	if d.toks[i].arabic {
		var sc [8]split
		for _, sp := range arabicSplits(key, sc[:0])[1:] {
			cands = append(cands, names[sp.key]...)
		}
	}
	bestEnd, bestSeries, clitic := 0, -1, 0
	for _, n := range cands {
		if n.acro != "" && d.surface(i) != n.acro || n.cap && !d.toks[i].upper {
			continue
		}
		if e, c, ok := d.seqAt(i, n.toks); ok && e > bestEnd {
			bestEnd, bestSeries, clitic = e, n.series, c
		}
	}
	if bestSeries < 0 {
		return cand{}, false
	}
	eds := g.editions[bestSeries]
	// look for a year or a host within a few tokens after (or a year before)
	year, yearAt := 0, -1
	host, hostEnd := "", -1
	startTok := i
	if year == 0 {
		if y, ok := d.yearAt(i-1, false); ok {
			for _, e := range eds {
				if e.year == y {
					year, yearAt, startTok = y, i-1, i-1
				}
			}
		}
	}
	for k := bestEnd; k < len(d.toks) && k < bestEnd+5; k++ {
		if k > bestEnd && d.sentenceBreak(k) || d.clauseMark(k) {
			break // not "un record mondial : entre 2010 et 2011"
		}
		if y, ok := d.yearAt(k, false); ok && year == 0 {
			for _, e := range eds {
				if e.year == y || e.start.Year() == y {
					year, yearAt = y, k
				}
			}
		}
		if host == "" && (year == 0 || k <= bestEnd+2) {
			for _, e := range eds {
				for _, h := range e.hosts {
					for _, seq := range g.places[h][d.lang] {
						if end, _, ok := d.seqAt(k, seq); ok {
							host, hostEnd = h, end
						}
					}
				}
			}
		}
	}
	if year == 0 && host == "" {
		return cand{}, false
	}
	var pick []edition
	for _, e := range eds {
		if year != 0 && e.year != year && e.start.Year() != year {
			continue
		}
		if host != "" && !contains(e.hosts, host) {
			continue
		}
		pick = append(pick, e)
	}
	if len(pick) == 0 {
		return cand{}, false
	}
	chosen := pick[len(pick)-1]
	if len(pick) > 1 && d.hasDCT {
		fut := d.future(i)
		found := false
		for _, e := range pick {
			if fut && !e.start.Before(d.dct) {
				chosen, found = e, true
				break
			}
		}
		if !found {
			for _, e := range pick {
				if !e.start.After(d.dct) {
					chosen = e
				}
			}
		}
	}
	end := bestEnd
	if yearAt >= end {
		end = yearAt + 1
	}
	if hostEnd > end {
		end = hostEnd
	}
	c := cand{i: startTok, j: end, typ: "DATE", val: vDay(chosen.start) + "/" + vDay(chosen.end), anchor: aTemponym}
	if startTok == i {
		c.clitic = clitic
	}
	return c, true
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
