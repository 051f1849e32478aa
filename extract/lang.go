package extract

import "unicode/utf8"

var enWords = map[string]bool{"the": true, "and": true, "of": true, "to": true, "is": true, "in": true, "that": true, "was": true, "for": true, "on": true, "with": true, "he": true, "it": true, "said": true, "by": true, "has": true, "have": true, "were": true, "are": true, "from": true, "this": true, "which": true, "at": true, "be": true}
var frWords = map[string]bool{"le": true, "la": true, "les": true, "des": true, "et": true, "est": true, "du": true, "une": true, "un": true, "que": true, "dans": true, "pour": true, "pas": true, "au": true, "sur": true, "qui": true, "il": true, "par": true, "avec": true, "sont": true, "ont": true, "plus": true, "aux": true, "été": true, "cette": true, "à": true}

// DetectLanguage guesses whether text is Arabic, French or English from its
// script and frequent function words. It looks at the first 64 KiB at most.
func DetectLanguage(text string) string {
	if len(text) > 1<<16 {
		text = text[:1<<16]
	}
	arabic, latin, en, fr := 0, 0, 0, 0
	word := make([]byte, 0, 16)
	flush := func() {
		if len(word) > 0 && len(word) < 8 {
			w := string(word)
			if enWords[w] {
				en++
			}
			if frWords[w] {
				fr++
			}
		}
		word = word[:0]
	}
	for _, r := range text {
		switch {
		case isArabicLetter(r):
			arabic++
			flush()
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			latin++
			word = utf8.AppendRune(word, foldRune(r))
		case r >= 0xC0 && r < 0x250:
			latin++
			word = utf8.AppendRune(word, foldRune(r))
		default:
			flush()
		}
	}
	flush()
	if arabic > latin {
		return "ar"
	}
	if fr > en {
		return "fr"
	}
	return "en"
}
