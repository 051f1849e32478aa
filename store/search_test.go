package store

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

var normalizeCases = []struct {
	name, in, want string
}{
	{"ascii", "hello world", "hello world"},
	{"ascii upper", "Hello WORLD", "hello world"},
	{"shadda", "وقّع", "وقع"},
	{"full tashkeel", "وَقَّعَ", "وقع"},
	{"tanwin", "شكرًا", "شكرا"},
	{"superscript alef", "هٰذا", "هذا"},
	{"tatweel", "الرباطـــ", "الرباط"},
	{"alef hamza above", "أحمد", "احمد"},
	{"alef hamza below", "إعلان", "اعلان"},
	{"alef madda", "آخر", "اخر"},
	{"alef wasla", "ٱلله", "الله"},
	{"alef maqsura", "مستشفى", "مستشفي"},
	{"ta marbuta", "القاهرة", "القاهره"},
	{"waw hamza", "مؤتمر", "موتمر"},
	{"yeh hamza", "رئيس", "رييس"},
	{"persian yeh kaf", "یک", "يك"},
	{"arabic-indic digits", "٢٠٢٥/٠٦/٢٥", "2025/06/25"},
	{"persian digits", "۱۴۰۴", "1404"},
	{"french accents", "Été à Paris, déjà", "ete a paris, deja"},
	{"french ligatures", "Œuvre cœur", "oeuvre coeur"},
	{"cedilla", "Ça, français", "ca, francais"},
	{"german", "Straße", "strasse"},
	{"combining acute", "e\u0301te\u0301", "ete"},
	{"bidi controls", "\u202bمرحبا\u202c \u200fabc\u200e \u2067x\u2069", "مرحبا abc x"},
	{"zero width", "a\u200bb\u200cc\u200dd\ufeffe\u00adf", "abcdef"},
	{"arabic letter mark", "\u061cنص", "نص"},
	{"quranic mark", "ذَٰلِكَ\u06d6", "ذلك"},
	{"mixed", "وقّع Macron في ٢٥ يونيو", "وقع macron في 25 يونيو"},
	{"invalid utf8", "a\xffb", "a\uFFFDb"},
	{"kelvin sign", "\u212a", "k"},
	{"dotted capital i", "İstanbul", "istanbul"},
	{"greek stays", "Αθήνα", "αθήνα"},
	{"punctuation kept", `"quote" * NEAR( ';`, `"quote" * near( ';`},
}

func TestNormalize(t *testing.T) {
	for _, c := range normalizeCases {
		t.Run(c.name, func(t *testing.T) {
			if got := Normalize(c.in); got != c.want {
				t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestNormalizeNoAllocASCII(t *testing.T) {
	s := "already normal ascii text 123"
	if n := testing.AllocsPerRun(100, func() { Normalize(s) }); n != 0 {
		t.Errorf("%v allocations", n)
	}
}

func TestLatinFoldTable(t *testing.T) {
	for i, f := range append(latinFold1[:], latinFold2[:]...) {
		for _, r := range f {
			if r < 'a' || r > 'z' {
				t.Errorf("entry %d: %q is not lower-case ASCII", i, f)
			}
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := Normalize(s)
		if !utf8.ValidString(n) {
			t.Fatalf("Normalize(%q) = %q: invalid UTF-8", s, n)
		}
		if n2 := Normalize(n); n2 != n {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, n, n2)
		}
		q := ftsQuery(s) // must never produce a query FTS5 rejects; checked in TestSearchHostileInput
		_ = q
	})
}

func TestFTSQuery(t *testing.T) {
	for in, want := range map[string]string{
		"":                   "",
		"  *** ":             "",
		"وقّع":               `"وقع"*`,
		`"NEAR(a b)" OR x*`:  `"near"* "a"* "b"* "or"* "x"*`,
		"'; DROP TABLE x;--": `"drop"* "table"* "x"*`,
		"Été 2025":           `"ete"* "2025"*`,
	} {
		if got := ftsQuery(in); got != want {
			t.Errorf("ftsQuery(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id, _, err := s.ImportDocument(ctx, sampleImport(t))
	if err != nil {
		t.Fatal(err)
	}
	fr := Import{Doc: Document{Title: "Sécurité", Text: "L'été dernier, le préfet a signé l'accord.", Lang: "fr"}}
	frID, _, err := s.ImportDocument(ctx, fr)
	if err != nil {
		t.Fatal(err)
	}
	evs, _ := s.EventsOfDocument(ctx, id)
	aid, err := s.AddAnnotation(ctx, Annotation{EventID: evs[0].ID, DocumentID: id, Body: "تأكيد من مصدر ثانٍ"})
	if err != nil {
		t.Fatal(err)
	}

	has := func(hits []Hit, kind string, id int64) bool {
		for _, h := range hits {
			if h.Kind == kind && h.ID == id {
				return true
			}
		}
		return false
	}
	hits, err := s.Search(ctx, "ووقع", 10)
	if err != nil || !has(hits, "document", id) || !has(hits, "event", evs[2].ID) {
		t.Errorf("ووقع: %+v %v", hits, err)
	}
	for _, c := range []struct {
		q    string
		kind string
		id   int64
	}{
		{"توقيع", "document", id},
		{"الأربعاء", "document", id}, // hamza in the query, none needed in the text
		{"٢٠٢٥", "document", id},     // Arabic-Indic digits find ASCII digits
		{"ete prefet", "document", frID},
		{"ÉTÉ", "document", frID},
		{"securite", "document", frID}, // title
		{"sign", "document", frID},     // prefix
		{"محادثات", "event", evs[1].ID},
		{"تاكيد", "annotation", aid},
	} {
		hits, err := s.Search(ctx, c.q, 10)
		if err != nil || !has(hits, c.kind, c.id) {
			t.Errorf("Search(%q): %+v %v, want %s %d", c.q, hits, err, c.kind, c.id)
		}
	}
	hits, _ = s.Search(ctx, "تاكيد", 10)
	if len(hits) != 1 || hits[0].EventID != evs[0].ID || hits[0].DocumentID != id || hits[0].Snippet == "" {
		t.Errorf("annotation hit %+v", hits)
	}
	if hits, _ := s.Search(ctx, "absent", 10); len(hits) != 0 {
		t.Errorf("absent: %+v", hits)
	}
	if evs, _ := s.Events(ctx, EventFilter{Query: "محادثات"}); len(evs) != 1 || evs[0].Title != "محادثات" {
		t.Errorf("event filter query: %q", titles(evs))
	}
}

// The brief's own example: a document whose only form is "وقّع" is found
// by "وقع".
func TestSearchShadda(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id, _, err := s.ImportDocument(ctx, Import{Doc: Document{Text: "وقّع الوزيران الاتفاق أمس."}})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "وقع", 10)
	if err != nil || len(hits) != 1 || hits[0].ID != id || hits[0].Kind != "document" {
		t.Fatalf("hits %+v %v", hits, err)
	}
}

func TestSearchHostileInput(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	if _, _, err := s.ImportDocument(ctx, sampleImport(t)); err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`"`, `""`, `*`, `**`, `NEAR(`, `NEAR(a b`, `'; DROP TABLE documents; --`, `a OR`, `AND`, `NOT x`,
		`^`, `:`, `col:`, `title:x`, `(`, `)`, `{a b}`, `+`, `-x`, `a"b`, `\`, `%`, `_`, "\x00", "\xff\xfe",
		`وقع*`, `"وقّع"`, `'`, `;`, `--`, `/*`, `NEAR("a" "b", 2)`, "\u202e", "ـــ",
	} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
		if _, err := s.Events(ctx, EventFilter{Query: q}); err != nil {
			t.Errorf("Events(Query %q): %v", q, err)
		}
		if _, err := s.Annotations(ctx, AnnotationFilter{Query: q}); err != nil {
			t.Errorf("Annotations(Query %q): %v", q, err)
		}
		if _, err := s.Events(ctx, EventFilter{Tag: q, Statuses: []string{q}}); err != nil {
			t.Errorf("Events(Tag %q): %v", q, err)
		}
	}
	if docs, err := s.Documents(ctx); err != nil || len(docs) != 1 {
		t.Errorf("documents after hostile input: %d %v", len(docs), err)
	}
}

func FuzzSearch(f *testing.F) {
	s := openTest(f)
	if _, _, err := s.ImportDocument(context.Background(), sampleImport(f)); err != nil {
		f.Fatal(err)
	}
	for _, c := range normalizeCases {
		f.Add(c.in)
	}
	f.Add(`NEAR("a" "b", 2)`)
	f.Fuzz(func(t *testing.T, q string) {
		if _, err := s.Search(context.Background(), q, 5); err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

func TestStems(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ووقع", "وقع"},
		{"والمغرب", "المغرب مغرب"},
		{"بالمغرب", "المغرب مغرب"},
		{"للمغرب", "لمغرب مغرب المغرب"},
		{"ولد", ""}, // fewer than three letters would remain
		{"وقع", ""}, // "قع" is too short
		{"paris والرباط", "الرباط رباط"},
		{"الأربعاء", "أربعاء"}, // stems expects normalised text
		{Normalize("الأربعاء"), "اربعاء"},
	} {
		if got := stems(c.in); got != c.want {
			t.Errorf("stems(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSyntheticWords(t *testing.T) {
	for _, w := range syntheticWords {
		if Normalize(w) != w || stems(w) != "" {
			t.Errorf("synthetic word %q is not a normalised bare word", w)
		}
	}
}

func TestSearchClitics(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	id, _, err := s.ImportDocument(ctx, Import{Doc: Document{
		Text: "ووقّع الطرفان بالرباط على مخطط للتعاون، وفي المغرب رحّب المسؤولون."}})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"وقع", "ووقع", "الرباط", "رباط", "التعاون", "تعاون", "مغرب", "المغرب", "وقع الرباط"} {
		hits, err := s.Search(ctx, q, 10)
		if err != nil || len(hits) != 1 || hits[0].ID != id {
			t.Errorf("Search(%q) = %+v %v", q, hits, err)
		} else if strings.Contains(hits[0].Snippet, "رباط تعاون") {
			t.Errorf("snippet shows stems: %q", hits[0].Snippet)
		}
	}
	for _, q := range []string{"قع", "طرفاني"} {
		if hits, _ := s.Search(ctx, q, 10); len(hits) != 0 {
			t.Errorf("Search(%q) = %+v, want nothing", q, hits)
		}
	}
}

func TestLocateAndSnippet(t *testing.T) {
	text := "الرباط - ووقّعَ الوزيران\nالاتفاق أمس. Le préfet a signé l'accord."
	sub := func(s, e int) string { return string([]rune(text)[s:e]) }
	for _, c := range []struct{ q, want string }{
		{"وقع", "ووقّعَ"},    // through the stem; trailing fatha included
		{"ووقع", "ووقّعَ"},   // found as written
		{"اتفاق", "الاتفاق"}, // article
		{"prefet", "préfet"},
		{"SIGNE", "signé"},
		{"accord", "l'accord"[2:]},
	} {
		s, e := locate(text, queryWords(c.q))
		if s < 0 || sub(s, e) != c.want {
			t.Errorf("locate(%q) = %d,%d, want %q", c.q, s, e, c.want)
		}
	}
	if s, e := locate(text, queryWords("absent")); s != -1 || e != -1 {
		t.Errorf("absent word located at %d,%d", s, e)
	}

	long := strings.Repeat("كلمة ", 40) + "الهدف" + strings.Repeat(" نص", 60)
	s, e := locate(long, queryWords("هدف"))
	sn := snippet(long, s, e)
	if !strings.HasPrefix(sn, "…") || !strings.HasSuffix(sn, "…") || !strings.Contains(sn, "الهدف") ||
		utf8.RuneCountInString(sn) > 110 || strings.Contains(sn, "  ") {
		t.Errorf("snippet %q", sn)
	}
	if sn := snippet("a\n\nb", -1, -1); sn != "a b" {
		t.Errorf("short snippet %q", sn)
	}
}

func TestSearchHitOffsets(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	text := "Le 24 juin, à Paris, le préfet a signé l'accord de sécurité."
	id, _, err := s.ImportDocument(ctx, Import{Doc: Document{Title: "Accord", Text: text}})
	if err != nil {
		t.Fatal(err)
	}
	hits, err := s.Search(ctx, "securite", 5)
	if err != nil || len(hits) != 1 || hits[0].ID != id {
		t.Fatalf("hits %+v %v", hits, err)
	}
	h := hits[0]
	if got := string([]rune(text)[h.Start:h.End]); got != "sécurité" || h.Snippet != text {
		t.Errorf("hit %+v: %q", h, got)
	}
}
