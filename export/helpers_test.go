package export

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"zaman/assets"
	"zaman/ingest"
	"zaman/store"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "zaman.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// sampleStore is a database holding the bundled sample article, imported
// as the GUI does, plus the user's touches every format must carry: a
// reviewed status, tags with a colour, an annotation, an event of no
// document, and a French document.
func sampleStore(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	im := ingest.NewImporter(st)
	doc, err := ingest.Parse(assets.SampleName, assets.MustRead(assets.SamplePath))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := im.Doc(ctx, doc, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	fr, err := ingest.Parse("jo-paris.txt", []byte("Paris, le 12 août 2024 – Les Jeux olympiques se sont achevés dimanche 11 août 2024 au Stade de France, après l'ouverture du 26 juillet sur la Seine; la ministre a salué « une réussite, sans incident majeur »."))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := im.Doc(ctx, fr, ingest.Options{Lang: "fr"}); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventFilter{})
	if err != nil || len(evs) < 4 {
		t.Fatalf("sample events: %d, %v", len(evs), err)
	}
	for i, e := range evs {
		switch i % 3 {
		case 1:
			if err := st.SetEventStatus(ctx, e.ID, store.StatusAccepted); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := st.SetTagColor(ctx, "sécurité", "#2e8b57"); err != nil {
		t.Fatal(err)
	}
	last := evs[len(evs)-1]
	if err := st.SetEventTags(ctx, last.ID, []string{"sécurité", "أمن"}); err != nil {
		t.Fatal(err)
	}
	last.Color = "#2e8b57"
	last.Status = store.StatusEdited
	if err := st.UpdateEvent(ctx, last); err != nil {
		t.Fatal(err)
	}
	if _, err := st.AddAnnotation(ctx, store.Annotation{EventID: last.ID, Body: "تحقق من التاريخ; check, the date\nsecond line"}); err != nil {
		t.Fatal(err)
	}
	return st
}

// fixedStore is a database made without the extractor (whose output may
// change), so that the golden pictures depend only on export, timeline
// and text: the sample article with five events, and a French and an
// English document.
func fixedStore(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	st := openStore(t)
	sample := string(assets.MustRead(assets.SamplePath))
	runes := []rune(sample)
	span := func(from, to string) (int, int) {
		t.Helper()
		i := strings.Index(sample, from)
		j := strings.Index(sample[max(i, 0):], to)
		if i < 0 || j < 0 {
			t.Fatalf("passage %q…%q not in the sample", from, to)
		}
		s := utf8.RuneCountInString(sample[:i])
		e := utf8.RuneCountInString(sample[:i+j+len(to)])
		_ = runes
		return s, e
	}
	ev := func(title string, start, end time.Time, prec string, ps, pe int) store.NewEvent {
		return store.NewEvent{Event: store.Event{Title: title, Start: start, End: end, Precision: prec, Value: "x", Confidence: 0.9},
			Mention: -1, PassageStart: ps, PassageEnd: pe}
	}
	s1, e1 := span("ووقع عبداللطيف حموشي", "والتعاون العملياتي.")
	s2, e2 := span("والثلاثاء عقد عبداللطيف", "مع نظيره الفرنسي")
	s3, e3 := span("وكان آخر هذه العمليات", "أصدرتها باريس.")
	s4, e4 := span("وفي تأمين الألعاب الأولمبية", "احتضنتها باريس")
	imp := store.Import{
		Doc: store.Document{Title: "التعاون الأمني بين المغرب وفرنسا", Text: sample, Lang: "ar", DCTValue: "2025-06-25",
			DCT: day(2025, 6, 25), DCTPrecision: "day", DCTSource: store.DCTDateline, Origin: "sample.txt",
			ImportedAt: day(2025, 7, 1)},
		Events: []store.NewEvent{
			ev("توقيع مخطط عمل مشترك 2025-2027", day(2025, 6, 25), day(2025, 6, 26), "day", s1, e1),
			ev("مباحثات حموشي مع نظيره الفرنسي", day(2025, 6, 24), day(2025, 6, 25), "day", s2, e2),
			ev("توقيف المخطط المحتمل لعمليات الخطف", day(2025, 6, 1), day(2025, 7, 1), "month", s3, e3),
			ev("تأمين الألعاب الأولمبية في باريس", day(2024, 7, 26), day(2024, 8, 12), "day", s4, e4),
		},
	}
	if _, _, err := st.ImportDocument(ctx, imp); err != nil {
		t.Fatal(err)
	}
	fr := "Paris, le 12 août 2024. Les Jeux olympiques se sont achevés dimanche au Stade de France, après une cérémonie d'ouverture sur la Seine le 26 juillet."
	if _, _, err := st.ImportDocument(ctx, store.Import{
		Doc: store.Document{Title: "Clôture des Jeux de Paris", Text: fr, Lang: "fr", DCTValue: "2024-08-12",
			DCT: day(2024, 8, 12), DCTPrecision: "day", DCTSource: store.DCTDateline, ImportedAt: day(2025, 7, 2)},
		Events: []store.NewEvent{ev("Clôture des Jeux olympiques", day(2024, 8, 11), day(2024, 8, 12), "day", 24, 89)},
	}); err != nil {
		t.Fatal(err)
	}
	en := "2024 was a year of cooperation between the two police forces, the report says."
	if _, _, err := st.ImportDocument(ctx, store.Import{
		Doc:    store.Document{Title: "Annual report", Text: en, Lang: "en", ImportedAt: day(2025, 7, 3)},
		Events: []store.NewEvent{ev("Year of cooperation", day(2024, 1, 1), day(2025, 1, 1), "year", 0, len(en))},
	}); err != nil {
		t.Fatal(err)
	}
	evs, err := st.Events(ctx, store.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range evs {
		switch e.Title {
		case "توقيع مخطط عمل مشترك 2025-2027", "Clôture des Jeux olympiques":
			err = st.SetEventStatus(ctx, e.ID, store.StatusAccepted)
		case "مباحثات حموشي مع نظيره الفرنسي":
			e.Status = store.StatusEdited
			err = st.UpdateEvent(ctx, e)
		case "تأمين الألعاب الأولمبية في باريس":
			e.Color, e.Status = "#2e8b57", store.StatusAccepted
			if err = st.UpdateEvent(ctx, e); err == nil {
				err = st.SetEventTags(ctx, e.ID, []string{"sécurité"})
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SetTagColor(ctx, "sécurité", "#2e8b57"); err != nil {
		t.Fatal(err)
	}
	return st
}
