package text

import (
	"reflect"

	"github.com/go-text/typesetting/bidi"
	xbidi "golang.org/x/text/unicode/bidi"
)

// levelT is a bidi embedding level: even is left to right, odd right to left.
type levelT = bidi.Level

// Direction is a paragraph direction.
type Direction uint8

// Paragraph directions. Auto takes the direction of the first strong
// character of each paragraph (UAX #9 rules P2, P3).
const (
	Auto Direction = iota
	LTR
	RTL
)

// String returns "auto", "ltr" or "rtl".
func (d Direction) String() string {
	switch d {
	case LTR:
		return "ltr"
	case RTL:
		return "rtl"
	}
	return "auto"
}

// bidiClass returns the Unicode bidi class of r.
func bidiClass(r rune) xbidi.Class {
	p, _ := xbidi.LookupRune(r)
	return p.Class()
}

// isParagraphSeparator reports whether r ends a paragraph (bidi class B:
// LF, CR, FS, GS, RS, NEL, U+2029).
func isParagraphSeparator(r rune) bool {
	switch r {
	case '\n', '\r', 0x1C, 0x1D, 0x1E, 0x85, 0x2029:
		return true
	}
	return false
}

// ParagraphDirection returns the direction of the first strong character of
// s (rules P2 and P3 of UAX #9: characters between an isolate initiator and
// its matching PDI are skipped), or Auto when s has no strong character.
// Only the first paragraph of s is considered.
func ParagraphDirection(s string) Direction {
	var d dirScanner
	for _, r := range s {
		if isParagraphSeparator(r) {
			break
		}
		if dir := d.next(r); dir != Auto {
			return dir
		}
	}
	return Auto
}

func runesDirection(rs []rune) Direction {
	var d dirScanner
	for _, r := range rs {
		if dir := d.next(r); dir != Auto {
			return dir
		}
	}
	return Auto
}

// dirScanner finds the first strong character outside isolates (rules P2
// and P3 of UAX #9), one rune at a time.
type dirScanner struct{ depth int }

// next reports the paragraph direction r settles, or Auto.
func (d *dirScanner) next(r rune) Direction {
	switch bidiClass(r) {
	case xbidi.L:
		if d.depth == 0 {
			return LTR
		}
	case xbidi.R, xbidi.AL:
		if d.depth == 0 {
			return RTL
		}
	case xbidi.LRI, xbidi.RLI, xbidi.FSI:
		d.depth++
	case xbidi.PDI:
		if d.depth > 0 {
			d.depth--
		}
	}
	return Auto
}

// resolveLevels runs the bidi algorithm (rules P2 to I2, and L1 over the
// whole paragraph) on one paragraph with the given paragraph direction and
// appends one level per rune to dst.
//
// The bidi package only exposes runs of equal direction, whose Level is the
// level of their first rune; per-rune levels (needed to reorder nested
// levels such as digits inside a Latin phrase inside Arabic) are read from
// its result through reflection. If a future version renames the field we
// fall back to run levels, and the conformance test fails loudly.
func resolveLevels(p *bidi.Paragraph, rs []rune, rtl bool, dst []levelT) []levelT {
	dir := bidi.LeftToRight
	if rtl {
		dir = bidi.RightToLeft
	}
	runs := p.Segment(rs, dir)
	if v := reflect.ValueOf(&runs).Elem().FieldByName("levels"); v.IsValid() && v.Kind() == reflect.Slice && v.Type().Elem().Kind() == reflect.Int8 && v.Len() == len(rs) {
		for i := 0; i < len(rs); i++ {
			dst = append(dst, levelT(v.Index(i).Int()))
		}
		return dst
	}
	for i := 0; i < runs.NumRuns(); i++ {
		r := runs.Run(i)
		for j := r.Start; j < r.End; j++ {
			dst = append(dst, r.Level)
		}
	}
	for len(dst) < len(rs) { // text cut at a paragraph separator
		dst = append(dst, 0)
	}
	return dst
}

// isL1Space reports whether a character of class c is reset to the paragraph
// level when it precedes a segment separator or the end of a line (rule L1:
// whitespace, isolate formatting characters, and the characters removed by
// rule X9).
func isL1Space(c xbidi.Class) bool {
	switch c {
	case xbidi.WS, xbidi.LRI, xbidi.RLI, xbidi.FSI, xbidi.PDI,
		xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF, xbidi.BN:
		return true
	}
	return false
}

// isRemovedByX9 reports whether class c is removed from the text by rule X9
// (explicit embeddings and overrides, and boundary neutrals).
func isRemovedByX9(c xbidi.Class) bool {
	switch c {
	case xbidi.LRE, xbidi.RLE, xbidi.LRO, xbidi.RLO, xbidi.PDF, xbidi.BN:
		return true
	}
	return false
}

// applyL1 applies rule L1 to the levels of one line: segment and paragraph
// separators, any sequence of whitespace before them, and any sequence of
// whitespace at the end of the line get the paragraph level.
func applyL1(line []rune, levels []levelT, para levelT) {
	trailing := true
	for i := len(line) - 1; i >= 0; i-- {
		c := bidiClass(line[i])
		switch {
		case c == xbidi.S || c == xbidi.B:
			levels[i] = para
			trailing = true
		case trailing && isL1Space(c):
			levels[i] = para
		default:
			trailing = false
		}
	}
}

// Reorder returns the visual order of the characters of one line whose
// resolved levels are given, following rule L2 of UAX #9: from the highest
// level down to the lowest odd level, every maximal sequence at that level
// or higher is reversed. Element i of the result is the logical index of the
// character shown at visual position i (left to right).
func Reorder(levels []bidi.Level) []int {
	order := make([]int, len(levels))
	for i := range order {
		order[i] = i
	}
	reorderInto(levels, order)
	return order
}

// reorderInto permutes order (initially the identity, or any list of logical
// indices into levels) into visual order.
func reorderInto(levels []levelT, order []int) {
	if len(order) == 0 {
		return
	}
	hi, lowOdd := levelT(0), levelT(127)
	for _, l := range levels {
		if l > hi {
			hi = l
		}
		if l%2 == 1 && l < lowOdd {
			lowOdd = l
		}
	}
	for lev := hi; lev >= lowOdd && lev > 0; lev-- {
		for i := 0; i < len(order); {
			if levels[order[i]] < lev {
				i++
				continue
			}
			j := i + 1
			for j < len(order) && levels[order[j]] >= lev {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				order[a], order[b] = order[b], order[a]
			}
			i = j
		}
	}
}
