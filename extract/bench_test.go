package extract

import (
	"encoding/json"
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
