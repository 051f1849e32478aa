package extract

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestWordListsFolded checks that the word lists written in Go are in key
// form (foldRune: أ إ آ → ا, ى → ي, lower case): a key such as "مستشفى"
// would never match the folded text and silently do nothing.
func TestWordListsFolded(t *testing.T) {
	lists := map[string]map[string]bool{
		"arNotFuture": arNotFuture, "arDeadline": arDeadline, "arPlaceNoun": arPlaceNoun, "arClockPrep": arClockPrep,
		"arDayPrep": arDayPrep, "arMeasure": arMeasure, "arNotCounted": arNotCounted, "arFutureAdj": arFutureAdj,
		"arTimePasses": arTimePasses, "arUnitFollow": arUnitFollow, "arHijriPrep": arHijriPrep, "clauseOpener": clauseOpener,
		"enTitleAbbrev": enTitleAbbrev, "enAttributive": enAttributive, "frNotImperfect": frNotImperfect,
		"frPluperfect": frPluperfect, "frDurative": frDurative, "rangeTo": rangeTo, "rangeFrom": rangeFrom,
		"enPlanVerb": enPlanVerb, "enNotPlural": enNotPlural, "enRelative": enRelative, "enModal": enModal,
		"frFutureAux": frFutureAux, "frNounBefore": frNounBefore, "frEtreVerb": frEtreVerb, "frPerson": frPerson, "frNotPerson": frNotPerson, "arNotPerfect": arNotPerfect, "arApprox": arApprox, "enSetFor": enSetFor, "enStreetWord": enStreetWord, "frHolidayThing": frHolidayThing, "numberedNoun": numberedNoun,
	}
	for name, l := range lists {
		for w := range l {
			if f := strings.Map(foldRune, w); f != w {
				t.Errorf("%s: %q is not in key form (%q)", name, w, f)
			}
		}
	}
}

// TestLexiconKeysOnce checks that no key is written twice in the data
// files: JSON keeps the last value only, so a second "am" entry silently
// erased the first ("9 am" was never a time).
func TestLexiconKeysOnce(t *testing.T) {
	for _, lang := range []string{"ar", "en", "fr"} {
		b, err := dataFS.ReadFile("data/" + lang + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var f struct {
			Entries json.RawMessage `json:"entries"`
		}
		if err := json.Unmarshal(b, &f); err != nil {
			t.Fatal(err)
		}
		dec := json.NewDecoder(strings.NewReader(string(f.Entries)))
		if _, err := dec.Token(); err != nil { // {
			t.Fatal(err)
		}
		seen := map[string]bool{}
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				t.Fatal(err)
			}
			var v any
			if err := dec.Decode(&v); err != nil {
				t.Fatal(err)
			}
			if seen[k.(string)] {
				t.Errorf("%s.json: key %q written twice", lang, k)
			}
			seen[k.(string)] = true
		}
	}
}
