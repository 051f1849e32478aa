package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Normalize folds text for search; the store applies it to everything it
// indexes and to every query, so both sides agree. It
//
//   - removes Arabic tashkeel (U+064B–U+065F, U+0670), Quranic marks
//     (U+06D6–U+06ED) and tatweel (U+0640);
//   - unifies alef forms (أ إ آ ٱ and the wavy-hamza alefs → ا);
//   - maps ى → ي, ة → ه, ؤ → و and ئ → ي. Writers disagree on these
//     letters (Egyptian print writes final ي as ى, many write ة as ه, hamza
//     seats vary), so search folds them: "مستشفى" and "مستشفي", "القاهرة"
//     and "القاهره" match. The price, words that differ only there (على /
//     علي), is the usual one of Arabic search engines;
//   - maps the Persian letters ی and ک to ي and ك (text typed on Persian
//     keyboards);
//   - maps Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII;
//   - lower-cases, and folds Latin diacritics and ligatures (é → e, ç → c,
//     œ → oe, ß → ss) so French matches with or without accents;
//   - removes combining marks U+0300–U+036F, bidi controls, zero-width
//     characters, the BOM and the soft hyphen;
//   - replaces invalid UTF-8 with U+FFFD.
//
// Everything else is kept, spaces and punctuation included. Normalize is
// idempotent and allocates nothing when s is already normal ASCII.
func Normalize(s string) string {
	// Fast path: lower-case ASCII needs no work.
	i := 0
	for i < len(s) {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			break
		}
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	var buf [16]byte
	for _, r := range s[i:] {
		b.Write(appendFolded(buf[:0], r))
	}
	return b.String()
}

// normalizeMap is Normalize returning runes, each with the index of the
// original rune it came from (to map a match back onto the original text).
func normalizeMap(s string) (runes []rune, orig []int) {
	runes = make([]rune, 0, len(s)/2)
	orig = make([]int, 0, len(s)/2)
	var buf [16]byte
	i := 0
	for _, r := range s {
		for _, f := range string(appendFolded(buf[:0], r)) {
			runes = append(runes, f)
			orig = append(orig, i)
		}
		i++
	}
	return runes, orig
}

// appendFolded appends the normal form of r to b.
func appendFolded(b []byte, r rune) []byte {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(b, byte(r))
	case r >= 0x0600 && r <= 0x06FF:
		if f, ok := arabicFold(r); ok {
			if f != 0 {
				b = utf8.AppendRune(b, f)
			}
			return b
		}
		return utf8.AppendRune(b, r)
	case r >= 0xC0 && r <= 0x24F:
		if f := latinFold1[r-0xC0]; f != "" {
			return append(b, f...)
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		if f := latinFold2[r-0x1E00]; f != "" {
			return append(b, f...)
		}
	case isInvisible(r):
		return b
	}
	l := unicode.ToLower(r)
	if l != r {
		// The lower case of a letter outside the tables may fall inside
		// them (or be invisible to us); fold it once more.
		return appendFolded(b, l)
	}
	return utf8.AppendRune(b, r) // RuneError for invalid UTF-8 appends U+FFFD
}

// arabicFold maps a rune of the Arabic block: ok is false to keep r, and a
// zero result means drop it.
func arabicFold(r rune) (rune, bool) {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x06D6 && r <= 0x06ED, r == 0x0640:
		return 0, true // tashkeel, superscript alef, Quranic marks, tatweel
	case r == 0x061C:
		return 0, true // ARABIC LETTER MARK (a bidi control)
	case r >= 0x0660 && r <= 0x0669:
		return '0' + r - 0x0660, true
	case r >= 0x06F0 && r <= 0x06F9:
		return '0' + r - 0x06F0, true
	}
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673: // alef forms
		return 'ا', true
	case 'ى', 0x06CC: // alef maqsura, Farsi yeh
		return 'ي', true
	case 'ئ':
		return 'ي', true
	case 'ؤ':
		return 'و', true
	case 'ة':
		return 'ه', true
	case 0x06A9: // keheh (Persian kaf)
		return 'ك', true
	}
	return 0, false
}

// isInvisible reports the characters that change how text is shown but not
// what it says.
func isInvisible(r rune) bool {
	switch {
	case r >= 0x0300 && r <= 0x036F: // combining diacritical marks
		return true
	case r >= 0x200B && r <= 0x200F: // zero-width space/joiners, LRM, RLM
		return true
	case r >= 0x202A && r <= 0x202E: // bidi embeddings and overrides
		return true
	case r >= 0x2060 && r <= 0x2064, r >= 0x2066 && r <= 0x2069: // word joiner, isolates
		return true
	case r == 0xFEFF, r == 0x00AD: // BOM / zero-width no-break space, soft hyphen
		return true
	}
	return false
}
