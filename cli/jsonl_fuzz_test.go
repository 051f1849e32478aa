package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"zaman/extract"
)

// FuzzExtractJSONL feeds arbitrary request streams to the JSONL batch
// reader: it never panics and answers every non-blank line with exactly
// one JSON object line, in order.
func FuzzExtractJSONL(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","lang":"en","dct":"2025-06-25","text":"The talks were held on Tuesday."}` + "\nnot json\n" +
			`{"id":"b","lang":"xx","text":"x"}` + "\n" + `{"id":"c","dct":"2025-06-25","text":"وعقد الاجتماع في مارس الماضي"}` + "\n",
		`{"id":"d","dct":"2025-13-45","text":"x"}`,
		`{"id":1,"text":["no"]}` + "\n\n  \n[]\n",
		`{"id":"e","text":"\ud800 الثلاثاء 31 فبراير 2025/13/45"}`,
	} {
		f.Add(s)
	}
	tg := extract.New()
	f.Fuzz(func(t *testing.T, in string) {
		var out bytes.Buffer
		if err := extractJSONL(context.Background(), tg, strings.NewReader(in), &out); err != nil {
			return // a line longer than the limit: reported, not a crash
		}
		want := 0
		for _, l := range strings.Split(in, "\n") {
			if strings.TrimSpace(l) != "" {
				want++
			}
		}
		got := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
		if out.Len() == 0 {
			got = nil
		}
		if len(got) != want {
			t.Fatalf("%d answers to %d requests:\n%s", len(got), want, out.String())
		}
		for _, l := range got {
			if !json.Valid([]byte(l)) {
				t.Fatalf("answer is not JSON: %q", l)
			}
		}
	})
}
