// Package newsgen makes any number of distinct, realistic news articles in
// English, French and Arabic for volume and crash tests. Paragraphs come from
// the team's dev corpora (../shared/corpus/dev/*.json) and the bundled
// Arabic sample; each article gets its own dateline, title and mix of
// paragraphs, so its text (and SHA-256) is unique.
package newsgen

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Source holds the paragraphs articles are made of. It is safe for
// concurrent use once loaded.
type Source struct {
	paras map[string][]string // by language
}

// Load reads the dev corpora in corpusDir (the JSON files of
// ../shared/corpus/dev) and the Arabic sample at arabicSample. A missing
// corpus leaves only the sample's paragraphs for that language's share.
func Load(corpusDir, arabicSample string) (*Source, error) {
	s := &Source{paras: map[string][]string{}}
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.json"))
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		var docs []struct{ Lang, Text string }
		if err := json.Unmarshal(raw, &docs); err != nil {
			return nil, fmt.Errorf("%s: %w", f, err)
		}
		for _, d := range docs {
			s.paras[d.Lang] = append(s.paras[d.Lang], paragraphs(d.Text, 120)...)
		}
	}
	raw, err := os.ReadFile(arabicSample)
	if err != nil {
		return nil, err
	}
	s.paras["ar"] = append(s.paras["ar"], paragraphs(string(raw), 60)...)
	for _, l := range []string{"en", "fr"} {
		if len(s.paras[l]) == 0 {
			s.paras[l] = fallback[l]
		}
	}
	return s, nil
}

// paragraphs splits text on blank lines (or lines when there are none) and
// keeps pieces of at least minLen bytes.
func paragraphs(text string, minLen int) []string {
	var out []string
	for _, p := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' }) {
		p = strings.TrimSpace(p)
		if len(p) >= minLen {
			out = append(out, p)
		}
	}
	return out
}

var fallback = map[string][]string{
	"en": {"The two ministers signed a joint action plan on Tuesday after talks that began last March.",
		"Officials said the agreement would take effect next month and run for two years."},
	"fr": {"Les deux ministres ont signé mardi un plan d'action commun, après des discussions entamées en mars dernier.",
		"L'accord entrera en vigueur le mois prochain pour une durée de deux ans."},
}

var (
	enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}
	enCities = []string{"WASHINGTON", "LONDON", "NEW YORK", "GENEVA", "NAIROBI"}
	frCities = []string{"PARIS", "RABAT", "TUNIS", "DAKAR", "MONTRÉAL"}
	arCities = []string{"الرباط", "القاهرة", "تونس", "بيروت", "الدار البيضاء"}
)

// Article returns the name and text of article i of the series seed. The
// same (seed, i) always gives the same article; different i give different
// texts.
func (s *Source) Article(seed uint64, i int) (name, text string) {
	rng := rand.New(rand.NewPCG(seed, uint64(i)*0x9e3779b97f4a7c15+1))
	var lang string
	switch w := rng.IntN(100); {
	case w < 45:
		lang = "en"
	case w < 80:
		lang = "fr"
	default:
		lang = "ar"
	}
	day := time.Date(1995, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, rng.IntN(31*365))
	ps := s.paras[lang]
	n := 3 + rng.IntN(4)
	var b strings.Builder
	first := ps[rng.IntN(len(ps))]
	switch lang {
	case "en":
		fmt.Fprintf(&b, "%s (report %d)\n\n", headline(first), i)
		fmt.Fprintf(&b, "%s, %s %d, %d — ", enCities[rng.IntN(len(enCities))], enMonths[day.Month()-1], day.Day(), day.Year())
	case "fr":
		fmt.Fprintf(&b, "%s (dépêche %d)\n\n", headline(first), i)
		fmt.Fprintf(&b, "%s, %d %s %d - ", frCities[rng.IntN(len(frCities))], day.Day(), frMonths[day.Month()-1], day.Year())
	case "ar":
		fmt.Fprintf(&b, "%s (خبر %d)\n", headline(first), i)
		fmt.Fprintf(&b, "%s\n\n%s - ", day.Format("2006/01/02"), arCities[rng.IntN(len(arCities))])
	}
	b.WriteString(first)
	for range n - 1 {
		b.WriteString("\n\n")
		b.WriteString(ps[rng.IntN(len(ps))])
	}
	b.WriteString("\n")
	return fmt.Sprintf("%05d-%s.txt", i, lang), b.String()
}

// headline is the first words of a paragraph.
func headline(p string) string {
	w := strings.Fields(p)
	return strings.Join(w[:min(len(w), 9)], " ")
}

// Write writes articles from..from+n-1 of series seed as .txt files in dir
// and returns their paths in order.
func (s *Source) Write(dir string, seed uint64, from, n int) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	paths := make([]string, 0, n)
	for i := from; i < from+n; i++ {
		name, text := s.Article(seed, i)
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			return nil, err
		}
		paths = append(paths, p)
	}
	return paths, nil
}
