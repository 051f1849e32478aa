package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/ingest"
	"zaman/store"
)

// Run opens the database at path and runs the GUI until the user quits.
// When the database cannot be opened (locked by another Zaman, written by
// a newer version, read-only, not a database…) a window says why and what
// to do, and lets the user choose another database instead of failing
// silently on a desktop where nobody reads stderr. It returns the exit
// code.
func Run(fa fyne.App, path string, opts Options) int {
	var st *store.Store
	defer func() {
		if st != nil {
			st.Close()
		}
	}()
	start := func(s *store.Store) {
		st = s
		a := New(fa, s, opts)
		a.win.Show()
		a.Start()
	}
	s, err := store.Open(path)
	if err == nil {
		start(s)
		fa.Run()
		return 0
	}
	cfg := readConfig(fa.Preferences())
	if opts.UILang != "" {
		cfg.uiLang = opts.UILang
	}
	setupLanguage(cfg.uiLang)
	fa.Settings().SetTheme(newTheme(cfg))
	w := fa.NewWindow("Zaman")
	msg := widget.NewLabel(tr("Zaman cannot open its database") + "\n" + path + "\n\n" + ingest.Explain(err))
	msg.Wrapping = fyne.TextWrapWord
	other := widget.NewButtonWithIcon(tr("Use another database…"), theme.FolderOpenIcon(), func() {
		d := dialog.NewFileSave(func(uc fyne.URIWriteCloser, derr error) {
			if derr != nil || uc == nil {
				return
			}
			p := uc.URI().Path()
			uc.Close()
			s, err := store.Open(p)
			if err != nil {
				dialog.ShowError(explainError(tr("open the database"), err), w)
				return
			}
			fa.Preferences().SetString(PrefDatabase, p)
			start(s)
			w.Close()
		}, w)
		d.SetFileName("zaman.db")
		d.Show()
	})
	other.Importance = widget.HighImportance
	quit := widget.NewButton(tr("Quit"), fa.Quit)
	w.SetContent(container.NewPadded(container.NewBorder(nil, container.NewHBox(other, quit), nil, nil, msg)))
	w.Resize(fyne.NewSize(620, 280))
	w.Show()
	fa.Run()
	if st == nil {
		return 1
	}
	return 0
}
