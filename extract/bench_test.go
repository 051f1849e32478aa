package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// benchText gives about 1 MB of news text in lang: the shared dev sets for
// English and French, the bundled sample for Arabic, repeated.
func benchText(b *testing.B, lang string) string {
	var src string
	switch lang {
	case "ar":
		raw, err := os.ReadFile("../assets/sample/morocco-france-security-2025-06-25.txt")
		if err != nil {
			b.Skip(err)
		}
		src = string(raw)
	default:
		name := map[string]string{"en": "en_tbaq", "fr": "fr_ftib_dev"}[lang]
		raw, err := os.ReadFile("../../shared/corpus/dev/" + name + ".json")
		var docs []struct{ Text string }
		if err != nil || json.Unmarshal(raw, &docs) != nil {
			var sb strings.Builder
			for _, c := range cases {
				if c.lang == lang {
					sb.WriteString(c.text + "\n\n")
				}
			}
			src = sb.String()
		} else {
			var sb strings.Builder
			for _, d := range docs {
				sb.WriteString(d.Text + "\n\n")
			}
			src = sb.String()
		}
	}
	return strings.Repeat(src, 1+(1<<20)/len(src))
}

func benchExtract(b *testing.B, lang string) {
	text := benchText(b, lang)
	tg := New()
	o := Options{Lang: lang, DCT: time.Date(2025, 6, 25, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		tg.Extract(text, o)
	}
}

func BenchmarkExtractArabic(b *testing.B)  { benchExtract(b, "ar") }
func BenchmarkExtractEnglish(b *testing.B) { benchExtract(b, "en") }
func BenchmarkExtractFrench(b *testing.B)  { benchExtract(b, "fr") }

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		New()
	}
}

// TestNewCost checks the construction budget: 20 ms and 10 MB of heap.
func TestNewCost(t *testing.T) {
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	start := time.Now()
	tg := New()
	el := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	heap := int64(m1.HeapAlloc) - int64(m0.HeapAlloc)
	runtime.KeepAlive(tg)
	t.Logf("New: %v, retained heap %d KB", el, heap/1024)
	if el > 200*time.Millisecond { // generous under -race and on loaded CI
		t.Errorf("New took %v", el)
	}
	if heap > 10<<20 {
		t.Errorf("New retains %d bytes", heap)
	}
}

// TestLinearWork guards against work that grows faster than the input: the
// dense text of the table cases (a timex every 35 bytes, ranges, anaphora,
// datelines) extracted once and eight times over must allocate in
// proportion (a quadratic pass, such as inserting range ends in place,
// allocated 60 times more for eight times the text).
func TestLinearWork(t *testing.T) {
	for _, lang := range []string{"en", "fr", "ar"} {
		var sb strings.Builder
		for _, c := range cases {
			if c.lang == lang {
				sb.WriteString(c.text + "\n\n")
			}
		}
		one := strings.Repeat(sb.String(), 4)
		o := Options{Lang: lang, DCT: time.Date(2025, 6, 25, 0, 0, 0, 0, time.UTC)}
		alloc := func(text string) uint64 {
			tagger.Extract(text, o) // warm
			runtime.GC()
			var m0, m1 runtime.MemStats
			runtime.ReadMemStats(&m0)
			tagger.Extract(text, o)
			runtime.ReadMemStats(&m1)
			return m1.TotalAlloc - m0.TotalAlloc
		}
		a1, a8 := alloc(one), alloc(strings.Repeat(one, 8))
		if r := float64(a8) / float64(a1); r > 12 {
			t.Errorf("%s: 8× the text allocates %.1f× (%d → %d bytes)", lang, r, a1, a8)
		} else {
			t.Logf("%s: 8× the text allocates %.1f×", lang, r)
		}
	}
}

// TestNoStateAcrossDocuments checks that a Tagger keeps nothing from one
// document to the next: every table case extracted by a fresh Tagger gives
// what the shared one gives after all the cases have gone through it (the
// lexemes point into the shared lexicon; writing through one made "mois"
// plural for good after "ces derniers mois").
func TestNoStateAcrossDocuments(t *testing.T) {
	opts := func(lang, dct string) Options {
		o := Options{Lang: lang}
		if dct != "" {
			o.DCT = dctOf(dct)
		}
		return o
	}
	used := New()
	for _, c := range cases {
		used.Extract(c.text, opts(c.lang, c.dct))
	}
	for i := len(cases) - 1; i >= 0; i-- {
		c := cases[i]
		o := opts(c.lang, c.dct)
		got, want := used.Extract(c.text, o), New().Extract(c.text, o)
		if g, w := fmt.Sprint(got.Timexes), fmt.Sprint(want.Timexes); g != w {
			t.Errorf("%s: after other documents %s, fresh %s", c.name, g, w)
		}
	}
}
