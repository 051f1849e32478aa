// Package text lays out and draws any document-derived string — Arabic,
// French, English, or a mix — correctly: bidi, shaping, line breaking,
// alignment, hit-testing and rasterising. It does not import Fyne; package
// textview wraps it in widgets, and the timeline's renderers and writers use
// it directly.
//
// # Pipeline
//
//  1. The text is split into paragraphs at bidi class B characters (LF, CR,
//     CR LF, U+2029 ...). Each paragraph's direction is Options.Dir, or the
//     direction of its first strong character (rules P2, P3); a paragraph
//     without strong characters (a bare date) takes the direction of the
//     previous paragraph.
//  2. Embedding levels come from github.com/go-text/typesetting/bidi (rules
//     X1–I2 and L1 over the paragraph). Its API only exposes runs of equal
//     direction; the per-rune levels are read from its result (see
//     resolveLevels), which the conformance test guards.
//  3. Runes get a face: the Arabic blocks go to Noto Sans Arabic, other
//     scripts to Noto Sans, and script-less runes (spaces, digits,
//     punctuation, marks) stay with their neighbour's face only when that face
//     has the glyph (Noto Sans Arabic lacks ( ) ? / % " … and more). Nothing
//     falls back to a system font.
//  4. Runs of equal level, face and script are shaped with HarfBuzz
//     (go-text/typesetting/shaping): odd levels right to left, Arabic runs
//     with script Arabic and language "ar". HarfBuzz mirrors brackets in
//     right-to-left runs (rule L4).
//  5. Lines break greedily at the line-break opportunities of UAX #14 (the
//     go-text segmenter); a word wider than the line breaks between
//     graphemes. Trailing whitespace hangs outside the width.
//  6. Per line, rule L1 resets trailing whitespace to the paragraph level and
//     rule L2 (Reorder) orders the runs by level — any depth of nesting, not
//     only the two levels the go-text LineWrapper handles.
//  7. Lines are aligned (AlignAuto: the start side of each paragraph, right
//     for Arabic) and drawn with github.com/go-text/render.
//
// # Conformance
//
// TestBidiCharacterTest runs the levels (bidi package + our L1) and our L2
// reordering over Unicode's BidiCharacterTest.txt (Debian package
// unicode-data, version 15.0 there). All 91,707 cases pass, for paragraph
// level, levels and order, including explicit embeddings, overrides and
// isolates; no case is skipped. Characters removed by rule X9 (marked "x" in
// the file) are left out of the comparison of levels and order, as the file
// specifies. The test skips itself when the file is absent.
//
// Beyond the file's scope (L3, L4 and line breaking): combining marks are
// kept in their cluster by HarfBuzz (L3 is not needed for shaped text), and
// mirroring is HarfBuzz's, checked by TestMirroredBrackets.
//
// # Units and offsets
//
// Sizes and coordinates are pixels, y down, origin at the top-left corner of
// the layout. Offsets into the text are runes (code points), end exclusive.
// Options.Size is rounded up to a whole pixel, as the HarfBuzz shaper does;
// for a high-density display lay out at Size*scale and Width*scale and divide
// coordinates by scale.
//
// # Concurrency
//
// Lay and New are safe for concurrent use (shapers and font faces come from
// a pool; parsed fonts are shared). A Layout is immutable and safe for
// concurrent use; Draw may run concurrently on different images.
//
// # Limits
//
// Only the bundled faces are used: scripts other than Latin, Greek,
// Cyrillic and Arabic show .notdef boxes. Tabs are drawn as one space.
// Vertical text is not supported.
package text
