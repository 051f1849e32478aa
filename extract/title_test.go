package extract

import (
	"os"
	"strings"
	"testing"
)

// TestTitles checks event titles: a short phrase of the passage without the
// date expression, the leading conjunctions and prepositions, the reporting
// frame ("he said that") or a filler clause, in the document's language.
func TestTitles(t *testing.T) {
	sample, err := os.ReadFile("../../shared/corpus/ar/morocco-france-security-2025-06-25.txt")
	if err != nil {
		sample, err = os.ReadFile("../assets/sample/morocco-france-security-2025-06-25.txt")
	}
	if err != nil {
		t.Skip(err)
	}
	cases := []struct {
		name, lang, text, value, want string
	}{
		{"sample declaration", "ar", string(sample), "2025-03", "وقع وزير العدل الفرنسي جيرار دارمانان مع نظيره المغربي عبداللطيف"},
		{"sample talks", "ar", string(sample), "2025-06-24", "عقد عبداللطيف حموشي مباحثات مكثفة مع نظيره الفرنسي"},
		{"sample arrest after filler", "ar", string(sample), "2025-06", "أعلنت الرباط عن توقيف المخطِّط المحتمل لسلسلة عمليات خطف طالت"},
		{"sample olympics", "ar", string(sample), "2024-07-26/2024-08-11", "تأمين الألعاب الأولمبية التي احتضنتها باريس"},
		{"ar reporting frame", "ar", "وأضاف أن الوزيرين وقعا اتفاقا في 12 مايو 2025 بالرباط.", "2025-05-12", "الوزيرين وقعا اتفاقا بالرباط"},
		{"en leading preposition", "en", "On Tuesday, the minister signed the agreement in Rabat.", "2025-06-24", "the minister signed the agreement in Rabat"},
		{"en said that", "en", "He said that the company cut 300 jobs in March.", "2025-03", "the company cut 300 jobs"},
		{"fr date first", "fr", "Le 12 mai 2025, les deux ministres ont signé un accord à Rabat.", "2025-05-12", "les deux ministres ont signé un accord à Rabat"},
		{"fr conjunction", "fr", "Et mardi dernier, la police a arrêté trois suspects à Lyon.", "2025-06-24", "la police a arrêté trois suspects à Lyon"},
		{"en numbers whole", "en", "The 1,014-page bill costs $4.15 billion and rose 2.8% in March.", "2025-03", "The 1,014-page bill costs $4.15 billion and rose 2.8%"},
		{"en possessive of the date", "en", "The House will vote on next year's budget.", "2026", "The House will vote on budget"},
		{"en hyphenated date", "en", "Crews replaced a 1960s-era bridge deck.", "196", "Crews replaced a bridge deck"},
		{"fr number with per cent", "fr", "Le PIB a progressé de 0,2 % au premier trimestre 2025.", "2025-Q1", "Le PIB a progressé de 0,2 %"},
		{"fr elision before the date", "fr", "L'alerte est maintenue jusqu'à vendredi sur l'ensemble du pays.", "2025-06-27", "L'alerte est maintenue sur l'ensemble du pays"},
		{"both ends of a range leave the title", "en", "Prosecutors said that from 2014 to 2017 Destin obtained advance results.", "2017", "Destin obtained advance results"},
		{"no preposition at the cut", "en", "Donald Trump will be sworn in tomorrow as the 47th president of the United States.", "2025-06-26", "Donald Trump will be sworn as the 47th president"},
		{"word limit keeps a glued number", "en", "Analysts said the group's revenue in the first quarter of 2025 was about 12.75 billion dollars.", "2025-Q1", "Analysts said the group's revenue was about 12.75 billion dollars"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			o := Options{Lang: c.lang}
			if !strings.Contains(c.text, "2025/06/25") {
				o.DCT = dctOf("2025-06-25")
			}
			r := tagger.Extract(c.text, o)
			for _, e := range r.Events {
				if e.Value == c.value {
					if e.Title != c.want {
						t.Errorf("title %q, want %q", e.Title, c.want)
					}
					if n := len(strings.Fields(e.Title)); n > titleWords {
						t.Errorf("title has %d words", n)
					}
					return
				}
			}
			t.Errorf("no event with value %s in %+v", c.value, r.Events)
		})
	}
}

// TestDatelineTitleWithUserDCT checks the dateline's own event when the
// user gives the DCT: titled from the lead, not from the place.
func TestDatelineTitleWithUserDCT(t *testing.T) {
	cases := []struct{ lang, dct, text, value, want string }{
		{"fr", "2019-07-24", "Bruxelles, 24 juillet 2019 – L'Institut royal météorologique a relevé mardi un record absolu de chaleur.", "2019-07-24",
			"L'Institut royal météorologique a relevé mardi un record absolu"},
		{"en", "2024-10-24", "CHICAGO, Oct 24 (Reuters) - Midland Packaging Corp on Wednesday reported a 14% rise in profit.", "2024-10-24",
			"Midland Packaging Corp on Wednesday reported a 14% rise"},
		{"ar", "2025-11-18", "أبوظبي في 18 نوفمبر / وام / استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة وفدا رسميا.", "2025-11-18",
			"استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس"},
		{"ar", "2025-02-14", "الرياض الجمعة 15 شعبان 1446هـ الموافق 14 فبراير 2025م واس – دشنت الهيئة العامة للترفيه فعاليات جديدة في العاصمة.", "2025-02-14",
			"دشنت الهيئة العامة للترفيه فعاليات جديدة في العاصمة"},
		{"en", "2025-03-12", "WASHINGTON, March 12 (Reuters) - The U.S. House of Representatives on Wednesday passed a stopgap funding bill.", "2025-03-12",
			"The U.S. House of Representatives on Wednesday passed a stopgap"},
		{"ar", "2025-06-30", "هسبريس – الاثنين 30 يونيو 2025: صادق مجلس الحكومة على مشروع مرسوم يتعلق بأنظمة التقاعد.", "2025-06-30",
			"صادق مجلس الحكومة على مشروع مرسوم يتعلق بأنظمة التقاعد"},
		// a lead's verb before the weekday is no place name
		{"ar", "2024-06-10", "أفرجت السلطات العراقية، الأحد، عن معتقل سابق قضى عشرين عاما في السجن.", "2024-06-09",
			"أفرجت السلطات العراقية عن معتقل سابق قضى عشرين عاما"},
	}
	for _, c := range cases {
		r := tagger.Extract(c.text, Options{Lang: c.lang, DCT: dctOf(c.dct)})
		found := false
		for _, e := range r.Events {
			if e.Value == c.value {
				found = true
				if e.Title != c.want {
					t.Errorf("%s: title %q, want %q", c.text[:20], e.Title, c.want)
				}
				break
			}
		}
		if !found {
			t.Errorf("%s: no event on %s: %+v", c.text[:20], c.value, r.Events)
		}
	}
}

// TestLeadTitle checks the title of the event anchored on a dateline: the
// place, the date, the agency and the dash are left out.
func TestLeadTitle(t *testing.T) {
	r := tagger.Extract("Paris, 14 mars 2024 (AFP) - Le gouvernement a annoncé son intention de recourir au 49.3.", Options{Lang: "fr"})
	if r.DCT.Source != "dateline" || len(r.Events) == 0 {
		t.Fatalf("dct %+v, events %+v", r.DCT, r.Events)
	}
	if want := "Le gouvernement a annoncé son intention de recourir au 49.3"; r.Events[0].Title != want {
		t.Errorf("lead title %q, want %q", r.Events[0].Title, want)
	}
}
