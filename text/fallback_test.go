package text

import "testing"

// Characters that news pastes often hold but neither Noto Sans nor Noto
// Sans Arabic draws must come from the bundled symbol faces, never as the
// .notdef box.
func TestSymbolsHaveGlyphs(t *testing.T) {
	for _, s := range []string{"◙ المخطط المشترك", "■ Breaking", "✔ done ★", "→ next", "الأمن ● الاقتصاد"} {
		l := New(s, Options{Size: 16})
		for _, run := range l.Glyphs() {
			for _, g := range run.Glyphs {
				if g.ID == 0 {
					t.Errorf("%q: run %q (%s) has a .notdef glyph", s, run.Text, run.Face)
				}
			}
		}
	}
}
