package app

import (
	"context"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"zaman/ingest"
	"zaman/store"
)

// Choices of the preferences dialog: what is stored, and what is shown.
var (
	uiLangValues   = []string{"", "en", "fr", "ar"}
	uiLangNames    = []string{"System", "English", "Français", "العربية"}
	docLangValues  = []string{"", "ar", "fr", "en"}
	docLangNames   = []string{"Detect", "Arabic", "French", "English"}
	themeValues    = []string{"system", "light", "dark"}
	themeNames     = []string{"System", "Light", "Dark"}
	restartMessage = "Zaman uses the new database and language from its next start."
)

func indexOf(values []string, v string) int {
	for i, x := range values {
		if x == v {
			return i
		}
	}
	return 0
}

// showPreferences edits the database location, the default document
// language, the UI language and the theme.
func (a *App) showPreferences() {
	p := a.fa.Preferences()
	db := widget.NewEntry()
	db.SetText(p.StringWithFallback(PrefDatabase, a.st.Path()))
	browse := widget.NewButton(tr("Choose…"), func() {
		d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
			if err != nil || w == nil {
				return
			}
			path := w.URI().Path()
			w.Close()
			db.SetText(path)
		}, a.win)
		d.SetFileName(filepath.Base(db.Text))
		d.Show()
	})
	docLang := widget.NewSelect(translated(docLangNames), nil)
	docLang.SetSelectedIndex(indexOf(docLangValues, a.cfg.docLang))
	uiLang := widget.NewSelect(uiLangNames, nil)
	uiLang.SetSelectedIndex(indexOf(uiLangValues, a.cfg.uiLang))
	th := widget.NewSelect(translated(themeNames), nil)
	th.SetSelectedIndex(indexOf(themeValues, a.cfg.theme))
	note := widget.NewLabel(tr(restartMessage))
	note.Wrapping = fyne.TextWrapWord
	note.Importance = widget.LowImportance
	form := []*widget.FormItem{
		widget.NewFormItem(tr("Database"), container.NewBorder(nil, nil, nil, browse, db)),
		widget.NewFormItem(tr("Document language"), docLang),
		widget.NewFormItem(tr("Interface language"), uiLang),
		widget.NewFormItem(tr("Theme"), th),
		widget.NewFormItem("", note),
	}
	d := dialog.NewForm(tr("Preferences"), tr("Save"), tr("Cancel"), form, func(ok bool) {
		if !ok {
			return
		}
		if db.Text != "" && db.Text != a.st.Path() {
			p.SetString(PrefDatabase, db.Text)
		}
		a.cfg.docLang = docLangValues[docLang.SelectedIndex()]
		p.SetString(PrefDocLang, a.cfg.docLang)
		p.SetString(PrefUILanguage, uiLangValues[uiLang.SelectedIndex()])
		a.cfg.theme = themeValues[th.SelectedIndex()]
		a.applyTheme()
	}, a.win)
	d.Resize(fyne.NewSize(560, 380))
	d.Show()
}

// changeDCT asks for a new creation date of the document in the source
// pane and re-resolves its relative dates against it.
func (p *sourcePane) changeDCT() {
	if p.docID == 0 {
		p.a.showInfo(tr("Change the document's date"), tr("Select a document first."))
		return
	}
	doc := p.doc
	entry := widget.NewEntry()
	entry.SetText(doc.DCTValue)
	info := widget.NewLabel("")
	info.Wrapping = fyne.TextWrapWord
	var parsed *parsedDate
	entry.OnChanged = func(s string) {
		var msg string
		parsed, msg = p.a.parseUserDate(s, doc.DCT)
		info.SetText(msg)
	}
	entry.OnChanged(entry.Text)
	explain := widget.NewLabel(tr("Relative dates (\"yesterday\", \"last March\") are resolved against this date. Events you accepted or edited are kept."))
	explain.Wrapping = fyne.TextWrapWord
	d := dialog.NewForm(tr("Change the document's date"), tr("Re-resolve"), tr("Cancel"), []*widget.FormItem{
		widget.NewFormItem(tr("Date"), container.NewVBox(entry, info)),
		widget.NewFormItem("", explain),
	}, func(ok bool) {
		if !ok {
			return
		}
		if parsed == nil {
			p.a.showInfo(tr("Date not understood"), info.Text)
			return
		}
		p.a.redate(doc, parsed.start)
	}, p.a.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
}

// redate re-extracts a document with a new DCT, replacing its automatic
// events, as one undoable step.
func (a *App) redate(doc store.Document, dct time.Time) {
	spawn(func() {
		full, err := a.st.Document(a.ctx, doc.ID)
		if err != nil {
			a.showError(tr("read the document"), err)
			return
		}
		before, err := a.st.DocumentSnapshot(a.ctx, doc.ID)
		if err != nil {
			a.showError(tr("change the document's date"), err)
			return
		}
		d := ingest.Doc{Title: full.Title, Text: full.Text, Origin: full.Origin}
		opts := ingest.Options{Lang: full.Lang, DCT: dct}
		if err := a.im.Redate(a.ctx, doc.ID, d, opts); err != nil {
			a.reportEditError(tr("change the document's date"), err)
			return
		}
		after, err := a.st.DocumentSnapshot(a.ctx, doc.ID)
		if err != nil {
			a.showError(tr("change the document's date"), err)
			return
		}
		runUI(func() {
			a.pushEdit(edit{label: tr("change the document's date"),
				undo: func(ctx context.Context) error { return a.st.RestoreDocument(ctx, before) },
				redo: func(ctx context.Context) error { return a.st.RestoreDocument(ctx, after) },
			})
			a.source.docID = 0 // reload the text and header
		})
		a.refresh(func() { a.status.set(tr("Dates re-resolved against") + " " + dct.Format("2006-01-02")) })
	})
}
