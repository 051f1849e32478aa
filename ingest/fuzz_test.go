package ingest

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to Parse as a .txt, .md and .html file:
// it never panics, every error is ErrBadInput, and a document it accepts
// has valid, non-blank UTF-8 text without carriage returns and a title.
func FuzzParse(f *testing.F) {
	names := []string{"a.txt", "a.md", "a.html", "noext"}
	for _, c := range parseCases {
		for i := range names {
			f.Add(uint8(i), []byte(c.data))
		}
	}
	f.Fuzz(func(t *testing.T, kind uint8, data []byte) {
		name := names[int(kind)%len(names)]
		doc, err := Parse(name, data)
		if err != nil {
			if !errors.Is(err, ErrBadInput) && !strings.Contains(err.Error(), "html text") {
				t.Fatalf("%s: error %v is not ErrBadInput", name, err)
			}
			return
		}
		if !utf8.ValidString(doc.Text) || strings.ContainsRune(doc.Text, '\r') {
			t.Fatalf("%s: text %q not clean UTF-8 lines", name, doc.Text)
		}
		if strings.TrimFunc(doc.Text, isBlank) == "" || doc.Title == "" {
			t.Fatalf("%s: accepted a document without text or title: %+v", name, doc)
		}
	})
}
