package text

import (
	"bytes"
	"sync"

	"github.com/go-text/typesetting/font"
	"github.com/go-text/typesetting/language"

	"zaman/assets"
)

// faceIndex identifies one of the bundled faces. Bold faces are the regular
// index plus faceBold.
type faceIndex uint8

const (
	faceLatin  faceIndex = 0
	faceArabic faceIndex = 1
	faceBold   faceIndex = 2
	// The symbol faces have no bold; their indexes have the bold bit clear.
	faceSymbols  faceIndex = 4
	faceSymbols1 faceIndex = 5
	numFaces               = 6
)

var faceFiles = [numFaces]string{
	assets.FontLatin, assets.FontArabic, assets.FontLatinBold, assets.FontArabicBold,
	assets.FontSymbols, assets.FontSymbols1,
}

var faceNames = [numFaces]string{
	"Noto Sans", "Noto Sans Arabic", "Noto Sans", "Noto Sans Arabic", "Noto Sans Symbols 2", "Noto Sans Symbols",
}

// fontSet holds the parsed fonts, shared by every layout. A *font.Font is
// safe for concurrent use; a *font.Face is not (it caches glyph data), so
// shaping uses per-goroutine faces from ctxPool and drawing uses drawFaces,
// which only serve GlyphData (read-only).
var fontSet struct {
	once      sync.Once
	fonts     [numFaces]*font.Font
	drawFaces [numFaces]*font.Face
	asc, desc float32 // per em, the largest over all faces
}

// Caps on the line metrics, in em. Noto Sans Arabic declares 1.374/0.738 em
// (for extreme stacks of marks), which would make 2.1 em lines; the ink of
// the sample article with full vowel marks stays within 1.23/0.44 em. With
// these caps a line is 1.65 em high, and Latin-only text gets the same line
// height as Arabic text, so list rows line up whatever their language.
const (
	maxAscent  = 1.15
	maxDescent = 0.5
)

func loadFonts() {
	fontSet.once.Do(func() {
		for i, name := range faceFiles {
			f, err := font.ParseTTF(bytes.NewReader(assets.MustRead(name)))
			if err != nil {
				// The fonts are embedded: failing to parse them is a build error.
				panic("text: parse " + name + ": " + err.Error())
			}
			fontSet.fonts[i] = f.Font
			fontSet.drawFaces[i] = font.NewFace(f.Font)
			ext, _ := f.FontHExtents()
			upem := float32(f.Upem())
			fontSet.asc = max(fontSet.asc, min(ext.Ascender/upem, maxAscent))
			fontSet.desc = max(fontSet.desc, min(-ext.Descender/upem, maxDescent))
		}
	})
}

// hasGlyph reports whether face f maps r in its cmap. It uses the Font (not
// a Face), so it is safe for concurrent use.
func hasGlyph(f faceIndex, r rune) bool {
	_, ok := fontSet.fonts[f].NominalGlyph(r)
	return ok
}

// isArabic reports whether r belongs to one of the Arabic script blocks.
func isArabic(r rune) bool {
	switch {
	case r >= 0x0600 && r <= 0x06FF, // Arabic
		r >= 0x0750 && r <= 0x077F,   // Arabic Supplement
		r >= 0x0870 && r <= 0x08FF,   // Arabic Extended-B, -A
		r >= 0xFB50 && r <= 0xFDFF,   // Presentation Forms-A
		r >= 0xFE70 && r <= 0xFEFF,   // Presentation Forms-B
		r >= 0x10E60 && r <= 0x10E7F, // Rumi numerals
		r >= 0x1EE00 && r <= 0x1EEFF: // Arabic mathematical alphabetic symbols
		return true
	}
	return false
}

// isCommon reports whether r has no script of its own (spaces, digits,
// punctuation, combining marks): it takes the face of its neighbours.
func isCommon(s language.Script) bool {
	return s == language.Common || s == language.Inherited || s == language.Unknown
}

// assignFaces chooses a face and a script for every rune of a paragraph.
// Runes of the Arabic blocks go to the Arabic face, other runes with a
// script to the Latin face; script-less runes inherit the face of the rune
// before them in the same bidi level (or, at the start of a level run, of
// the next rune with a script) when that face has a glyph for them, and go
// to whichever face has the glyph otherwise: Latin, Arabic, then the two
// symbol faces. A rune no face covers is drawn in the Latin face (its
// .notdef box): we never fall back to a system font.
func assignFaces(rs []rune, levels []levelT, bold bool, faces []faceIndex, scripts []language.Script) {
	var b faceIndex
	if bold {
		b = faceBold
	}
	const unset = 255
	for i, r := range rs {
		sc := language.LookupScript(r)
		switch {
		case isArabic(r):
			faces[i], scripts[i] = faceArabic+b, language.Arabic
		case isCommon(sc):
			faces[i], scripts[i] = unset, language.Common
		case !hasGlyph(faceLatin+b, r) && (hasGlyph(faceSymbols, r) || hasGlyph(faceSymbols1, r)):
			faces[i], scripts[i] = symbolFace(r), sc
		default:
			faces[i], scripts[i] = faceLatin+b, sc
		}
	}
	for i, r := range rs {
		if faces[i] != unset {
			continue
		}
		cand, cs := faceIndex(unset), language.Script(0)
		if i > 0 && levels[i-1] == levels[i] {
			cand, cs = faces[i-1], scripts[i-1]
		} else {
			for j := i + 1; j < len(rs) && levels[j] == levels[i]; j++ {
				if faces[j] != unset {
					cand, cs = faces[j], scripts[j]
					break
				}
			}
		}
		switch {
		case cand != unset && hasGlyph(cand, r):
			faces[i], scripts[i] = cand, cs
		case hasGlyph(faceLatin+b, r):
			faces[i], scripts[i] = faceLatin+b, language.Latin
		case hasGlyph(faceArabic+b, r):
			faces[i], scripts[i] = faceArabic+b, language.Arabic
		case hasGlyph(faceSymbols, r) || hasGlyph(faceSymbols1, r):
			faces[i], scripts[i] = symbolFace(r), language.Common
		default:
			faces[i], scripts[i] = faceLatin+b, language.Latin
		}
	}
}

// symbolFace is the symbol face that has r (Symbols 2 first).
func symbolFace(r rune) faceIndex {
	if hasGlyph(faceSymbols, r) {
		return faceSymbols
	}
	return faceSymbols1
}
