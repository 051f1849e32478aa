// Package assets embeds the files Zaman ships with: fonts (OFL, see
// fonts/OFL.txt), the application icon, the sample article and the data the
// extractor loads (gazetteer of named events).
package assets

import "embed"

// FS holds every embedded asset, addressed by its path below this folder,
// e.g. "fonts/NotoSansArabic-Regular.ttf".
//
//go:embed fonts/*.ttf fonts/OFL.txt icons/zaman.png sample/*.txt
var FS embed.FS

// Font files, by role. The Latin face covers Latin, digits and punctuation;
// the Arabic face covers the Arabic script.
const (
	FontLatin      = "fonts/NotoSans-Regular.ttf"
	FontLatinBold  = "fonts/NotoSans-Bold.ttf"
	FontArabic     = "fonts/NotoSansArabic-Regular.ttf"
	FontArabicBold = "fonts/NotoSansArabic-Bold.ttf"
	// Symbol faces, for runes neither face above covers (geometric shapes,
	// dingbats, arrows), so no document character falls back to a box.
	FontSymbols  = "fonts/NotoSansSymbols2-Regular.ttf"
	FontSymbols1 = "fonts/NotoSansSymbols-Regular.ttf"
)

// Icon is the path of the application icon (PNG, 256×256).
const Icon = "icons/zaman.png"

// SampleName is the file name of the bundled sample article; SamplePath its
// path inside FS.
const (
	SampleName = "morocco-france-security-2025-06-25.txt"
	SamplePath = "sample/" + SampleName
)

// MustRead returns the bytes of an embedded file and panics when it is
// missing: a missing asset is a build error, not a runtime condition.
func MustRead(name string) []byte {
	b, err := FS.ReadFile(name)
	if err != nil {
		panic("assets: " + err.Error())
	}
	return b
}
