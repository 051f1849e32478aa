package export

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"image"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	ics "github.com/arran4/golang-ical"

	"zaman/store"
)

// Golden pictures: on mismatch the new image goes to testdata/failed/
// (git-ignored); look at it before copying it over the golden.
func assertGolden(t *testing.T, name string, img *image.RGBA) {
	t.Helper()
	path := filepath.Join("testdata", name)
	failed := func(why string) {
		t.Helper()
		os.MkdirAll(filepath.Join("testdata", "failed"), 0o755)
		out := filepath.Join("testdata", "failed", name)
		f, err := os.Create(out)
		if err == nil {
			png.Encode(f, img)
			f.Close()
		}
		t.Errorf("%s: %s; the new image is %s", name, why, out)
	}
	f, err := os.Open(path)
	if err != nil {
		failed("no golden image")
		return
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		failed("golden unreadable: " + err.Error())
		return
	}
	if want.Bounds() != img.Bounds() {
		failed("size " + img.Bounds().String() + ", golden " + want.Bounds().String())
		return
	}
	// Tolerate rounding in anti-aliasing: a few pixels may differ a little.
	diff := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r1, g1, b1, _ := img.At(x, y).RGBA()
			r2, g2, b2, _ := want.At(x, y).RGBA()
			if absDiff(r1, r2) > 0x1000 || absDiff(g1, g2) > 0x1000 || absDiff(b1, b2) > 0x1000 {
				diff++
			}
		}
	}
	if diff > b.Dx()*b.Dy()/2000 {
		failed("pixels differ")
	}
}

func absDiff(a, b uint32) uint32 {
	if a > b {
		return a - b
	}
	return b - a
}

func TestGoldenPNG(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		o    Options
	}{
		{"sample.png", Options{Width: 1100, Title: "التعاون الأمني بين المغرب وفرنسا", Legend: true, Notes: true}},
		{"sample-plain.png", Options{Width: 700}},
		{"sample-2x.png", Options{Width: 600, Scale: 2, Notes: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			img, err := Image(tl, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			assertGolden(t, tt.name, img)
		})
	}
	// A date range: only June 2025.
	june, err := Load(ctx, st, store.EventFilter{From: day(2025, 6, 1), To: day(2025, 7, 1)})
	if err != nil {
		t.Fatal(err)
	}
	img, err := Image(june, Options{Width: 800, Notes: true, Legend: true})
	if err != nil {
		t.Fatal(err)
	}
	assertGolden(t, "june.png", img)
}

func TestNotesMatchMarkers(t *testing.T) {
	st := fixedStore(t)
	tl, err := Load(context.Background(), st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := compose(tl, Options{Width: 1100, Notes: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.notes) != 6 {
		t.Fatalf("%d notes, want one per event (6)", len(p.notes))
	}
	for i, n := range p.notes {
		if n.N != i+1 {
			t.Errorf("note %d has number %d", i, n.N)
		}
		want := numberLabel(n.N, n.Event.Title)
		found := false
		for _, tr := range p.scene.Texts {
			if tr.S == want || strings.HasPrefix(strings.TrimSuffix(tr.S, "…"), want[:len(want)/2]) {
				found = true
			}
		}
		if !found {
			t.Errorf("no label %q on the timeline", want)
		}
	}
	// Numbers follow time.
	for i := 1; i < len(p.notes); i++ {
		if p.notes[i].Event.Start.Before(p.notes[i-1].Event.Start) {
			t.Errorf("note %d is earlier than note %d", p.notes[i].N, p.notes[i-1].N)
		}
	}
}

func TestSVGParsesWithArabicText(t *testing.T) {
	st := fixedStore(t)
	tl, err := Load(context.Background(), st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteSVG(&buf, tl, Options{Width: 1100, Title: "التعاون الأمني", Legend: true, Notes: true}); err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(buf.Bytes()))
	var texts []string
	rtl := 0
	ids := map[string]bool{}
	var inText bool
	var rtlText bool
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not valid XML: %v", err)
		}
		switch el := tok.(type) {
		case xml.StartElement:
			inText = el.Name.Local == "text"
			rtlText = false
			for _, a := range el.Attr {
				if a.Name.Local == "direction" && a.Value == "rtl" {
					rtlText = true
				}
				if a.Name.Local == "id" {
					if ids[a.Value] {
						t.Errorf("id %q appears twice", a.Value)
					}
					ids[a.Value] = true
				}
			}
		case xml.CharData:
			if inText {
				texts = append(texts, string(el))
				if rtlText {
					rtl++
				}
			}
		case xml.EndElement:
			inText = false
		}
	}
	all := strings.Join(texts, " ")
	for _, want := range []string{"التعاون الأمني", "الألعاب الأولمبية", "Clôture des Jeux olympiques", "Sources", "Key"} {
		if !strings.Contains(all, want) {
			t.Errorf("SVG text lacks %q", want)
		}
	}
	if rtl < 10 {
		t.Errorf("only %d <text> runs have direction=\"rtl\"", rtl)
	}
}

func TestPDFPages(t *testing.T) {
	st := fixedStore(t)
	tl, err := Load(context.Background(), st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name      string
		o         Options
		wantPages int
	}{
		{"one page, no notes", Options{Pages: 1}, 1},
		{"three tiles and notes", Options{Pages: 3, Notes: true, Legend: true, Title: "التعاون الأمني"}, 4},
		{"A3", Options{Page: "A3", Pages: 2}, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			n, err := WritePDF(&buf, tl, tt.o)
			if err != nil {
				t.Fatal(err)
			}
			if n != tt.wantPages {
				t.Errorf("%d pages, want %d", n, tt.wantPages)
			}
			b := buf.Bytes()
			if !bytes.HasPrefix(b, []byte("%PDF-")) || !bytes.Contains(b[len(b)-32:], []byte("%%EOF")) {
				t.Fatalf("not a PDF (%d bytes)", len(b))
			}
			if got := len(regexp.MustCompile(`/Type /Page\b`).FindAll(b, -1)); got != tt.wantPages {
				t.Errorf("the file has %d page objects, want %d", got, tt.wantPages)
			}
		})
	}
}

// TestJSONRoundTrip: export → import into an empty database → export is
// byte-identical, with every kind of row present.
func TestJSONRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	// Rows every kind of: an annotation on an event, on a passage, an event
	// of no document, a colour-only tag, a deleted document (a gap in ids).
	evs, _ := st.Events(ctx, store.EventFilter{})
	docs, _ := st.Documents(ctx)
	if _, err := st.AddAnnotation(ctx, store.Annotation{EventID: evs[0].ID, Body: "تحقق من التاريخ; check, the date\nsecond line"}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddAnnotation(ctx, store.Annotation{DocumentID: docs[0].ID, PassageStart: 3, PassageEnd: 9, Body: "passage note"}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetTagColor(ctx, "unused", "#123456"); err != nil {
		t.Fatal(err)
	}
	if _, err := ImportCSV(ctx, st, strings.NewReader("title,start,end\nFree event,2020-02,2020-03\n"), nil); err != nil {
		t.Fatal(err)
	}
	if err := st.DeleteDocument(ctx, docs[1].ID); err != nil {
		t.Fatal(err)
	}
	var a bytes.Buffer
	if err := WriteJSON(ctx, &a, st); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"annotations": [`, `"passage_start": 3`, `"color": "#123456"`, `"tags": [`, `"mentions": [`, `Free event`} {
		if !strings.Contains(a.String(), want) {
			t.Errorf("export lacks %s", want)
		}
	}
	fresh := openStore(t)
	rep, err := ImportJSON(ctx, fresh, bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 2 || rep.DuplicateDocuments != 0 || rep.Annotations != 2 {
		t.Errorf("report %+v", rep)
	}
	var b bytes.Buffer
	if err := WriteJSON(ctx, &b, fresh); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatalf("export after re-import differs:\n%s", firstDiff(a.String(), b.String()))
	}
	// Search works on the imported rows (the full-text index was filled).
	hits, err := fresh.Search(ctx, "وقع", 10)
	if err != nil || len(hits) == 0 {
		t.Errorf("search after import: %d hits, %v", len(hits), err)
	}
	// Into the same, non-empty database: everything is a duplicate.
	rep, err = ImportJSON(ctx, fresh, bytes.NewReader(a.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Documents != 0 || rep.Events != 0 || rep.Annotations != 0 || rep.DuplicateDocuments != 2 {
		t.Errorf("re-import into the same database added rows: %+v", rep)
	}
	var c bytes.Buffer
	WriteJSON(ctx, &c, fresh)
	if !bytes.Equal(a.Bytes(), c.Bytes()) {
		t.Fatalf("a second import changed the database:\n%s", firstDiff(a.String(), c.String()))
	}
}

func firstDiff(a, b string) string {
	la, lb := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return fmt.Sprintf("line %d: %s\n   vs: %s", i+1, la[i], lb[i])
		}
	}
	return "lengths differ"
}

// TestFailedImportChangesNothing: an import that fails half-way leaves the
// database exactly as it was.
func TestFailedImportChangesNothing(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	var before bytes.Buffer
	if err := WriteJSON(ctx, &before, st); err != nil {
		t.Fatal(err)
	}
	bad := []struct {
		name string
		fn   func() error
	}{
		{"zaman with a broken reference", func() error {
			f := `{"format":"zaman","version":1,"documents":[{"id":1,"title":"x","lang":"en","dct_source":"none","origin":"","sha256":"","imported_at":"2025-01-01T00:00:00Z","text":"new text"}],
				"mentions":[],"events":[{"id":1,"title":"e","start":"2025-01-01T00:00:00Z","end":"2025-01-02T00:00:00Z","precision":"day","value":"","status":"auto","confidence":1,"created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-01T00:00:00Z"}],
				"sources":[{"id":1,"event":1,"document":7,"passage_start":0,"passage_end":3}],"tags":[],"annotations":[]}`
			_, err := ImportJSON(ctx, st, strings.NewReader(f))
			return err
		}},
		{"zaman with a bad dct source", func() error {
			f := `{"format":"zaman","version":1,"documents":[
				{"id":1,"title":"a","lang":"en","dct_source":"none","origin":"","sha256":"","imported_at":"2025-01-01T00:00:00Z","text":"one"},
				{"id":2,"title":"b","lang":"en","dct_source":"bogus","origin":"","sha256":"","imported_at":"2025-01-01T00:00:00Z","text":"two"}],
				"mentions":[],"events":[],"sources":[],"tags":[{"name":"new tag","color":"#010203"}],"annotations":[]}`
			_, err := ImportJSON(ctx, st, strings.NewReader(f))
			return err
		}},
		{"csv with a bad date on row 3", func() error {
			_, err := ImportCSV(ctx, st, strings.NewReader("title,start\nok,2020-01-01\nbad,yesterday\n"), nil)
			return err
		}},
		{"csv with a bad status", func() error {
			_, err := ImportCSV(ctx, st, strings.NewReader("title,start,status\nok,2020-01-01,auto\nbad,2020-01-02,maybe\n"), nil)
			return err
		}},
		{"timelinejs with a bad month", func() error {
			_, err := ImportTimelineJS(ctx, st, strings.NewReader(`{"events":[{"start_date":{"year":2020},"text":{"headline":"ok"}},{"start_date":{"year":2020,"month":13}}]}`))
			return err
		}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			if err := tt.fn(); err == nil {
				t.Fatal("the import did not fail")
			}
			var after bytes.Buffer
			if err := WriteJSON(ctx, &after, st); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before.Bytes(), after.Bytes()) {
				t.Fatalf("the database changed:\n%s", firstDiff(before.String(), after.String()))
			}
		})
	}
}

// failingCtx reports itself cancelled from its n-th call of Err on, so an
// import fails between its steps, after rows were written in its
// transaction.
type failingCtx struct {
	context.Context
	calls, n int
}

func (c *failingCtx) Err() error {
	c.calls++
	if c.calls >= c.n {
		return context.Canceled
	}
	return nil
}

// TestFailedImportInsideTransaction: a failure after rows were written
// rolls all of them back.
func TestFailedImportInsideTransaction(t *testing.T) {
	d := func() *store.Dump {
		return &store.Dump{
			Documents: []store.Document{{ID: 1, Title: "a", Text: "fresh one"}, {ID: 2, Title: "b", Text: "fresh two"}},
			Events: []store.Event{{ID: 1, Title: "e1", Start: day(2020, 1, 1), End: day(2020, 1, 2), Precision: "day"},
				{ID: 2, Title: "e2", Start: day(2020, 1, 1), End: day(2020, 1, 2), Precision: "day"}},
			Sources:     []store.Source{{ID: 1, EventID: 1, DocumentID: 1, PassageEnd: 3}, {ID: 2, EventID: 2, DocumentID: 2, PassageEnd: 3}},
			Tags:        []store.Tag{{Name: "t", Color: "#000000"}},
			Annotations: []store.Annotation{{ID: 1, EventID: 2, Body: "note"}},
		}
	}
	failedLate := false
	for n := 1; n <= 12; n++ {
		st := fixedStore(t)
		var before bytes.Buffer
		WriteJSON(context.Background(), &before, st)
		ctx := &failingCtx{Context: context.Background(), n: n}
		_, err := st.ImportDump(ctx, d())
		if err == nil {
			continue
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("n=%d: %v", n, err)
		}
		if n >= 3 {
			failedLate = true
		}
		var after bytes.Buffer
		WriteJSON(context.Background(), &after, st)
		if !bytes.Equal(before.Bytes(), after.Bytes()) {
			t.Fatalf("n=%d: the failed import left rows:\n%s", n, firstDiff(before.String(), after.String()))
		}
	}
	if !failedLate {
		t.Error("no import failed after its first steps: the test does not test the rollback")
	}
}

func TestCSVRoundTrip(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, tl); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "2024-07-26,2024-08-11,day") {
		t.Errorf("the Olympics are not written with an inclusive last day:\n%s", buf.String())
	}
	d, err := ReadCSV(bytes.NewReader(buf.Bytes()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != len(tl.Events) {
		t.Fatalf("%d events read back, want %d", len(d.Events), len(tl.Events))
	}
	for i, e := range d.Events {
		w := tl.Events[i]
		if !e.Start.Equal(w.Start) || !e.End.Equal(w.End) || e.Precision != w.Precision || e.Title != w.Title || e.Status != w.Status {
			t.Errorf("row %d: %v %v %s %q %s, want %v %v %s %q %s", i, e.Start, e.End, e.Precision, e.Title, e.Status,
				w.Start, w.End, w.Precision, w.Title, w.Status)
		}
	}
	// A foreign spreadsheet with a mapping.
	m, err := ParseMapping("title=Headline, start=Date, end=End Date, tags=Group")
	if err != nil {
		t.Fatal(err)
	}
	in := "Headline,Date,End Date,Group,Other\n\"Sommet, Rabat\",2025-03,,diplomatie\nمحادثات,2025-06-24,2025-06-26,أمن,x\n"
	rep, err := ImportCSV(ctx, st, strings.NewReader(in), m)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Events != 2 {
		t.Errorf("report %+v", rep)
	}
	got, _ := st.Events(ctx, store.EventFilter{Query: "محادثات"})
	if len(got) != 1 || !got[0].End.Equal(day(2025, 6, 27)) || got[0].Tags[0] != "أمن" {
		t.Errorf("mapped row: %+v", got)
	}
	if _, err := ParseMapping("headline=Title"); err == nil {
		t.Error("an unknown field was accepted")
	}
	if _, err := ReadCSV(strings.NewReader("Name,When\nx,2020\n"), nil); err == nil || !strings.Contains(err.Error(), "--map") {
		t.Errorf("missing columns: %v, want advice about --map", err)
	}
}

// TestTimelineJSStructure checks the file against TimelineJS3's published
// JSON format: a title slide, events with start_date.year and, to the
// event's precision, month and day; end_date for ranges; text.headline and
// text.text; group; unique ids.
func TestTimelineJSStructure(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, tl, "التعاون <الأمني>"); err != nil {
		t.Fatal(err)
	}
	var f map[string]any
	if err := json.Unmarshal(buf.Bytes(), &f); err != nil {
		t.Fatal(err)
	}
	allowedTop := map[string]bool{"title": true, "events": true, "eras": true, "scale": true}
	for k := range f {
		if !allowedTop[k] {
			t.Errorf("unknown top-level key %q", k)
		}
	}
	title := f["title"].(map[string]any)
	if _, ok := title["start_date"]; ok {
		t.Error("the title slide has a date")
	}
	if h := title["text"].(map[string]any)["headline"]; h != "التعاون &lt;الأمني&gt;" {
		t.Errorf("title headline %q: HTML must be escaped", h)
	}
	events := f["events"].([]any)
	if len(events) != len(tl.Events) {
		t.Fatalf("%d events, want %d", len(events), len(tl.Events))
	}
	allowedSlide := map[string]bool{"start_date": true, "end_date": true, "text": true, "media": true, "group": true,
		"display_date": true, "background": true, "autolink": true, "unique_id": true}
	allowedDate := map[string]bool{"year": true, "month": true, "day": true, "hour": true, "minute": true, "second": true,
		"millisecond": true, "display_date": true}
	ids := map[string]bool{}
	byTitle := map[string]map[string]any{}
	for _, ev := range events {
		s := ev.(map[string]any)
		for k := range s {
			if !allowedSlide[k] {
				t.Errorf("unknown slide key %q", k)
			}
		}
		for _, k := range []string{"start_date", "end_date"} {
			if d, ok := s[k].(map[string]any); ok {
				for dk, v := range d {
					if !allowedDate[dk] {
						t.Errorf("unknown date key %q", dk)
					}
					if _, num := v.(float64); !num && dk != "display_date" {
						t.Errorf("%s.%s is %T, want a number", k, dk, v)
					}
				}
				if _, ok := d["year"]; !ok {
					t.Errorf("%s without year", k)
				}
			}
		}
		if _, ok := s["start_date"]; !ok {
			t.Error("event without start_date")
		}
		id := s["unique_id"].(string)
		if ids[id] {
			t.Errorf("unique_id %q twice", id)
		}
		ids[id] = true
		txt := s["text"].(map[string]any)
		byTitle[txt["headline"].(string)] = s
	}
	olympics := byTitle["تأمين الألعاب الأولمبية في باريس"]
	if sd := olympics["start_date"].(map[string]any); sd["year"] != 2024.0 || sd["month"] != 7.0 || sd["day"] != 26.0 {
		t.Errorf("olympics start %v", sd)
	}
	if ed := olympics["end_date"].(map[string]any); ed["day"] != 11.0 || ed["month"] != 8.0 {
		t.Errorf("olympics end %v, want 2024-08-11 (inclusive)", ed)
	}
	if olympics["group"] != "sécurité" {
		t.Errorf("group %v", olympics["group"])
	}
	if txt := olympics["text"].(map[string]any)["text"].(string); !strings.Contains(txt, "احتضنتها باريس") || !strings.Contains(txt, `dir="auto"`) {
		t.Errorf("text lacks the passage: %s", txt)
	}
	june := byTitle["توقيف المخطط المحتمل لعمليات الخطف"]["start_date"].(map[string]any)
	if _, ok := june["day"]; ok || june["month"] != 6.0 {
		t.Errorf("a month event is written %v, want year and month only", june)
	}
	if _, ok := byTitle["توقيف المخطط المحتمل لعمليات الخطف"]["end_date"]; ok {
		t.Error("a month event has an end_date")
	}
	year := byTitle["Year of cooperation"]["start_date"].(map[string]any)
	if len(year) != 1 {
		t.Errorf("a year event is written %v, want the year alone", year)
	}

	// Read back: the same intervals and precisions.
	d, err := ReadTimelineJS(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for i, e := range d.Events {
		w := tl.Events[i]
		if !e.Start.Equal(w.Start) || !e.End.Equal(w.End) || e.Precision != w.Precision || e.Title != w.Title {
			t.Errorf("event %d read back as %v–%v %s %q, want %v–%v %s %q", i, e.Start, e.End, e.Precision, e.Title,
				w.Start, w.End, w.Precision, w.Title)
		}
	}
	// Files written by others: years as strings, no title.
	other := `{"events":[{"start_date":{"year":"2012","month":"3"},"text":{"headline":"<b>Big</b> &amp; bold","text":"<p>one</p><p>two</p>"},"group":"g"}]}`
	rep, err := ImportTimelineJS(ctx, st, strings.NewReader(other))
	if err != nil || rep.Events != 1 || rep.Annotations != 1 {
		t.Fatalf("import: %+v %v", rep, err)
	}
	got, _ := st.Events(ctx, store.EventFilter{From: day(2012, 1, 1), To: day(2013, 1, 1)})
	if len(got) != 1 || got[0].Title != "Big & bold" || got[0].Precision != "month" || !got[0].End.Equal(day(2012, 4, 1)) {
		t.Errorf("imported %+v", got)
	}
}

func TestICSParses(t *testing.T) {
	ctx := context.Background()
	st := fixedStore(t)
	evs, _ := st.Events(ctx, store.EventFilter{})
	// A long title with commas, semicolons and a newline, in Arabic, to
	// exercise escaping and folding inside multi-byte characters.
	long := evs[0]
	long.Title = "توقيع مخطط عمل مشترك، بين المغرب وفرنسا; في الرباط, with commas\nand a second line — " + strings.Repeat("أمن ", 20)
	if err := st.UpdateEvent(ctx, long); err != nil {
		t.Fatal(err)
	}
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	skipped, err := WriteICS(&buf, tl)
	if err != nil || skipped != 0 {
		t.Fatal(skipped, err)
	}
	raw := buf.String()
	for i, l := range strings.Split(strings.TrimSuffix(raw, "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets", i+1, len(l))
		}
		if !utf8ValidLine(l) {
			t.Errorf("line %d is cut inside a UTF-8 sequence: %q", i+1, l)
		}
	}
	if strings.Contains(strings.ReplaceAll(raw, "\r\n", ""), "\n") {
		t.Error("a bare LF in the file")
	}
	cal, err := ics.ParseCalendar(strings.NewReader(raw))
	if err != nil {
		t.Fatalf("golang-ical cannot parse it: %v", err)
	}
	vevents := cal.Events()
	if len(vevents) != len(tl.Events) {
		t.Fatalf("%d VEVENTs, want %d", len(vevents), len(tl.Events))
	}
	found := false
	for _, ve := range vevents {
		sum := ve.GetProperty(ics.ComponentPropertySummary)
		if sum == nil {
			t.Fatal("VEVENT without SUMMARY")
		}
		if ve.GetProperty(ics.ComponentPropertyUniqueId) == nil || ve.GetProperty(ics.ComponentPropertyDtstamp) == nil {
			t.Error("VEVENT without UID or DTSTAMP")
		}
		if unescapeICS(sum.Value) == long.Title {
			found = true
		}
		if strings.HasPrefix(sum.Value, "تأمين الألعاب") {
			st := ve.GetProperty(ics.ComponentPropertyDtStart)
			en := ve.GetProperty(ics.ComponentPropertyDtEnd)
			if st.Value != "20240726" || en.Value != "20240812" || st.ICalParameters["VALUE"][0] != "DATE" {
				t.Errorf("olympics DTSTART %v DTEND %v, want all-day 20240726 to 20240812 (exclusive)", st, en)
			}
		}
	}
	if !found {
		t.Errorf("the long title does not survive escaping and folding")
	}
}

func utf8ValidLine(l string) bool {
	return !strings.ContainsRune(l, '\uFFFD') && strings.ToValidUTF8(l, "\uFFFD") == l
}

func unescapeICS(s string) string {
	r := strings.NewReplacer(`\\`, `\`, `\;`, ";", `\,`, ",", `\n`, "\n", `\N`, "\n")
	return r.Replace(s)
}

func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	os.WriteFile(path, []byte("old"), 0o644)
	err := WriteFile(path, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("boom")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("a failed write changed the file: %q", b)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
	if err := WriteFile(path, func(w io.Writer) error { _, err := w.Write([]byte("new")); return err }); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "new" {
		t.Errorf("file %q", b)
	}
	if err := WriteFile(filepath.Join(dir, "no", "x.png"), func(io.Writer) error { return nil }); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing folder: %v", err)
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{"a.PNG": PNG, "b.svg": SVG, "c.pdf": PDF, "d.json": JSON, "e.csv": CSV,
		"f.ics": ICS, "g.timelinejs.json": TimelineJS} {
		if got, err := FormatOf(name); err != nil || got != want {
			t.Errorf("FormatOf(%q) = %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := FormatOf("x.docx"); err == nil {
		t.Error("docx accepted")
	}
}

func TestOptionsChecked(t *testing.T) {
	for _, o := range []Options{{Width: 16001}, {Width: 50}, {Scale: 9}, {Page: "Letter"}, {Pages: -1}} {
		if o.Check() == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}

// BenchmarkExportPNG: 10,000 events on a 4,000 px wide PNG, from loaded
// events to encoded file (the database read is not included).
func BenchmarkExportPNG(b *testing.B) {
	ctx := context.Background()
	st := openStore(b)
	if err := st.InsertSyntheticEvents(ctx, 10000, 1); err != nil {
		b.Fatal(err)
	}
	tl, err := Load(ctx, st, store.EventFilter{})
	if err != nil {
		b.Fatal(err)
	}
	o := Options{Width: 4000, Title: "10,000 events", Legend: true, Notes: true}
	b.ReportAllocs()
	for b.Loop() {
		if err := WritePNG(io.Discard, tl, o); err != nil {
			b.Fatal(err)
		}
	}
}
