package app

import (
	"embed"
	"errors"
	"image/color"
	"log"
	"os"

	"fyne.io/fyne/v2"
	fynelang "fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"zaman/assets"
	"zaman/ingest"
	"zaman/store"
)

// Preference keys. Values are read once at start (and by the preferences
// dialog) and written in the change handlers.
const (
	PrefDatabase   = "database.path"   // database file chosen by the user
	PrefUILanguage = "ui.language"     // "", "en", "fr", "ar" ("" = system)
	PrefTheme      = "ui.theme"        // "system", "light", "dark"
	PrefDocLang    = "import.language" // default document language: "", "ar", "fr", "en"
	PrefWinWidth   = "window.width"
	PrefWinHeight  = "window.height"
	PrefSplitMain  = "layout.main"   // timeline / panes split
	PrefSplitLeft  = "layout.left"   // documents / events split
	PrefSplitRight = "layout.right"  // lists / source split
	PrefSplitSide  = "layout.side"   // source / inspector split
	PrefViewFrom   = "view.from"     // last timeline window, Unix seconds
	PrefViewTo     = "view.to"       //
	PrefSelected   = "view.selected" // last selected event
	PrefGrouping   = "view.grouping" // timeline lanes: "none", "document", "tag"
	PrefHijri      = "view.hijri"    // Hijri month row on the timeline
)

// config is what the preferences say, copied once into a plain struct.
type config struct {
	uiLang, theme, docLang string
}

func readConfig(p fyne.Preferences) config {
	return config{
		uiLang:  p.StringWithFallback(PrefUILanguage, ""),
		theme:   p.StringWithFallback(PrefTheme, "system"),
		docLang: p.StringWithFallback(PrefDocLang, ""),
	}
}

//go:embed translations
var translations embed.FS

var uiLanguages = map[string]string{"en": "en_GB.UTF-8", "fr": "fr_FR.UTF-8", "ar": "ar_MA.UTF-8"}

// setupLanguage loads our translations; a chosen UI language overrides the
// system's (Fyne picks the language from the environment when translations
// are added, so the environment is set first).
func setupLanguage(uiLang string) {
	if loc, ok := uiLanguages[uiLang]; ok {
		for _, k := range []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"} {
			os.Setenv(k, loc)
		}
	}
	if err := fynelang.AddTranslationsFS(translations, "translations"); err != nil {
		log.Printf("zaman: translations: %v", err)
	}
}

// tr translates a UI string.
func tr(s string) string { return fynelang.L(s) }

// zamanTheme wraps Fyne's theme: it can force the light or dark variant,
// and, for the Arabic UI, puts the bundled Arabic face first so Fyne's own
// widgets never fall back to whatever the system has.
type zamanTheme struct {
	variant *fyne.ThemeVariant // nil = system
	arabic  bool
}

var (
	arabicFont     = fyne.NewStaticResource("NotoSansArabic-Regular.ttf", assets.MustRead(assets.FontArabic))
	arabicBoldFont = fyne.NewStaticResource("NotoSansArabic-Bold.ttf", assets.MustRead(assets.FontArabicBold))
)

func newTheme(c config) *zamanTheme {
	t := &zamanTheme{arabic: c.uiLang == "ar"}
	switch c.theme {
	case "light":
		v := theme.VariantLight
		t.variant = &v
	case "dark":
		v := theme.VariantDark
		t.variant = &v
	}
	return t
}

func (t *zamanTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if t.variant != nil {
		v = *t.variant
	}
	return theme.DefaultTheme().Color(n, v)
}

func (t *zamanTheme) Font(s fyne.TextStyle) fyne.Resource {
	if t.arabic && !s.Monospace && !s.Symbol {
		if s.Bold {
			return arabicBoldFont
		}
		return arabicFont
	}
	return theme.DefaultTheme().Font(s)
}

func (t *zamanTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

func (t *zamanTheme) Size(n fyne.ThemeSizeName) float32 { return theme.DefaultTheme().Size(n) }

// dark reports whether the theme draws dark.
func (t *zamanTheme) dark(app fyne.App) bool {
	if t.variant != nil {
		return *t.variant == theme.VariantDark
	}
	return app.Settings().ThemeVariant() == theme.VariantDark
}

func isInvalid(err error) bool {
	return errors.Is(err, store.ErrInvalid) || errors.Is(err, ingest.ErrBadInput)
}

func ingestExplain(err error) string { return ingest.Explain(err) }
