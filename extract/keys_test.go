package extract

import (
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
	}
	for name, l := range lists {
		for w := range l {
			if f := strings.Map(foldRune, w); f != w {
				t.Errorf("%s: %q is not in key form (%q)", name, w, f)
			}
		}
	}
}
