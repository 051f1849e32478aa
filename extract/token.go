package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord uint8 = iota
	tNum
	tPunct
)

// token is one word, digit run or punctuation mark of the document. Offsets
// are runes into the original text; key is the normalised form used for
// lexicon look-ups (lower case, ASCII digits, Arabic letters unified, Latin
// accents kept).
type token struct {
	s, e   int32 // rune offsets, end exclusive
	bs, be int32 // byte offsets
	ka, kb int32 // the key: keys[ka:kb]
	num    int32 // value of a number token (saturated)
	kind   uint8
	nd     uint8 // digits in a number token
	space  bool  // whitespace before the token
	nl     bool  // line break before the token
	blank  bool  // empty line before the token (paragraph break)
	upper  bool  // first rune is an upper-case letter
	arabic bool
}

// digitValue maps ASCII, Arabic-Indic and Persian digits to 0..9, else -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

func isArabicLetter(r rune) bool {
	return (r >= 0x0620 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || r == 0x06D5 || (r >= 0x06FA && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// isMark reports runes that are dropped from keys: Arabic diacritics, tatweel,
// and zero-width format characters.
func isMark(r rune) bool {
	return (r >= 0x064B && r <= 0x065F) || r == 0x0670 || r == 0x0640 || (r >= 0x0610 && r <= 0x061A) || r == 0x200C || r == 0x200D || r == 0x200E || r == 0x200F || r == 0xAD
}

// foldRune gives the key form of a letter.
func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ':
		return 'ا'
	case 'ى':
		return 'ي'
	case 'ی':
		return 'ي'
	case 'ک':
		return 'ك'
	case '’', '‘', 'ʼ', '`', '´':
		return '\''
	case '–', '—', '‑', '−':
		return '-'
	}
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			return r + 32
		}
		return r
	}
	if r >= 0x0600 {
		return r
	}
	return unicode.ToLower(r)
}

func isWordRune(r rune) bool {
	if r < 0x80 {
		return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')
	}
	if isArabicLetter(r) || isMark(r) {
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// tokenize splits text into tokens. It runs once over the text, in linear
// time, and makes a single string holding every key.
func tokenize(text string) ([]token, string) {
	// one token per word and per punctuation mark: sized from the spaces
	// (a vectorised count) so that news text never regrows the slice
	sp := strings.Count(text, " ")
	toks := make([]token, 0, sp+sp/4+len(text)/64+16)
	buf := make([]byte, 0, len(text))
	pos := int32(0) // rune offset
	space, nl, blank := true, true, true
	i := 0
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == 0x2029 || r == 0x2028:
			if nl && r == '\n' {
				blank = true
			}
			nl, space = true, true
			i += sz
			pos++
		case unicode.IsSpace(r) || r == 0xA0 || r == 0x202F:
			space = true
			i += sz
			pos++
		case digitValue(r) >= 0:
			t := token{s: pos, bs: int32(i), ka: int32(len(buf)), kind: tNum, space: space, nl: nl, blank: blank}
			n := int32(0)
			for i < len(text) {
				r, sz = utf8.DecodeRuneInString(text[i:])
				d := digitValue(r)
				if d < 0 {
					break
				}
				if n < 100000000 {
					n = n*10 + int32(d)
				}
				if t.nd < 255 {
					t.nd++
				}
				buf = append(buf, byte('0'+d))
				i += sz
				pos++
			}
			t.num, t.e, t.be, t.kb = n, pos, int32(i), int32(len(buf))
			toks = append(toks, t)
			space, nl, blank = false, false, false
		case isWordRune(r) && !isMark(r):
			t := token{s: pos, bs: int32(i), ka: int32(len(buf)), kind: tWord, space: space, nl: nl, blank: blank, upper: unicode.IsUpper(r), arabic: isArabicLetter(r)}
			for i < len(text) {
				r, sz = utf8.DecodeRuneInString(text[i:])
				if !isWordRune(r) {
					break
				}
				if !isMark(r) {
					buf = utf8.AppendRune(buf, foldRune(r))
				}
				i += sz
				pos++
			}
			t.e, t.be, t.kb = pos, int32(i), int32(len(buf))
			toks = append(toks, t)
			space, nl, blank = false, false, false
		default:
			i += sz
			pos++
			if isMark(r) {
				continue
			}
			t := token{s: pos - 1, e: pos, bs: int32(i - sz), be: int32(i), ka: int32(len(buf)), kind: tPunct, space: space, nl: nl, blank: blank}
			buf = utf8.AppendRune(buf, foldRune(r))
			t.kb = int32(len(buf))
			toks = append(toks, t)
			space, nl, blank = false, false, false
		}
	}
	return toks, string(buf)
}

// keyOf normalises a lexicon string the same way tokenize does.
func keyTokens(s string) []string {
	toks, keys := tokenize(s)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = keys[t.ka:t.kb]
	}
	return out
}
