package app

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/assets"
	"zaman/ingest"
	"zaman/store"
	"zaman/textview"
)

func (a *App) toolbar() fyne.CanvasObject {
	a.undoAction = widget.NewToolbarAction(theme.ContentUndoIcon(), a.Undo)
	a.redoAction = widget.NewToolbarAction(theme.ContentRedoIcon(), a.Redo)
	a.updateUndoButtons()
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.FileIcon(), a.importFileDialog),
		widget.NewToolbarAction(theme.FolderOpenIcon(), a.importFolderDialog),
		widget.NewToolbarSeparator(),
		a.undoAction, a.redoAction,
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ZoomFitIcon(), func() { a.tl.w.FitAll() }),
		widget.NewToolbarAction(theme.ZoomInIcon(), func() { a.tl.zoom(0.5) }),
		widget.NewToolbarAction(theme.ZoomOutIcon(), func() { a.tl.zoom(2) }),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ListIcon(), a.showReview),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), a.showExportDialog),
		widget.NewToolbarSpacer(),
		widget.NewToolbarAction(theme.ColorPaletteIcon(), a.toggleTheme),
		widget.NewToolbarAction(theme.SettingsIcon(), a.showPreferences),
		widget.NewToolbarAction(theme.HelpIcon(), a.showHelp),
	)
}

func (a *App) mainMenu() *fyne.MainMenu {
	item := func(label string, fn func()) *fyne.MenuItem { return fyne.NewMenuItem(tr(label), fn) }
	return fyne.NewMainMenu(
		fyne.NewMenu(tr("File"),
			item("Import file…", a.importFileDialog),
			item("Import folder…", a.importFolderDialog),
			item("Export…", a.showExportDialog),
			fyne.NewMenuItemSeparator(),
			item("Change the document's date…", a.source.changeDCT),
			fyne.NewMenuItemSeparator(),
			item("Preferences…", a.showPreferences),
		),
		fyne.NewMenu(tr("Edit"),
			item("Undo", a.Undo),
			item("Redo", a.Redo),
			fyne.NewMenuItemSeparator(),
			item("Accept event", func() { a.inspector.setStatus(store.StatusAccepted) }),
			item("Reject event", func() { a.inspector.setStatus(store.StatusRejected) }),
			item("Delete event", a.inspector.delete),
			item("Merge with…", a.inspector.mergeDialog),
			fyne.NewMenuItemSeparator(),
			item("Find…", a.focusSearch),
		),
		fyne.NewMenu(tr("View"),
			item("Fit all", func() { a.tl.w.FitAll() }),
			item("Zoom to selection", func() { a.tl.w.ZoomToSelection() }),
			item("Zoom in", func() { a.tl.zoom(0.5) }),
			item("Zoom out", func() { a.tl.zoom(2) }),
			fyne.NewMenuItemSeparator(),
			item("Review queue", a.showReview),
			fyne.NewMenuItemSeparator(),
			item("No lanes", func() { a.tl.setGrouping("none") }),
			item("Lanes by document", func() { a.tl.setGrouping("document") }),
			item("Lanes by tag", func() { a.tl.setGrouping("tag") }),
			item("Hijri months", a.tl.toggleHijri),
			fyne.NewMenuItemSeparator(),
			item("Light or dark theme", a.toggleTheme),
		),
		fyne.NewMenu(tr("Help"), item("Keyboard shortcuts", a.showHelp)),
	)
}

// shortcuts, as the help dialog lists them.
var shortcuts = []struct{ keys, what string }{
	{"Ctrl+O", "import a file"},
	{"Ctrl+Shift+O", "import a folder"},
	{"Drop files", "import them"},
	{"Ctrl+Z", "undo"},
	{"Ctrl+Shift+Z / Ctrl+Y", "redo"},
	{"Ctrl+F", "search documents, events and notes"},
	{"Ctrl+S / Enter", "apply the edits in the inspector"},
	{"Ctrl+R", "open the review queue"},
	{"Ctrl+E", "export the timeline (image, PDF, data)"},
	{"A / R / E / N / P", "review queue: accept, reject, edit, next, previous"},
	{"Ctrl+0", "fit the whole timeline"},
	{"+ / − / wheel", "zoom the timeline (around the pointer)"},
	{"← → / drag", "pan the timeline"},
	{"Home / End", "first / last event"},
	{"Tab / Shift+Tab", "next / previous event on the timeline"},
	{"Enter / Esc", "zoom to the selected event / clear the selection"},
	{"Double-click", "open a cluster of events"},
	{"F1", "this help"},
}

func (a *App) addShortcuts() {
	c := a.win.Canvas()
	add := func(k fyne.KeyName, m fyne.KeyModifier, fn func()) {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: m}, func(fyne.Shortcut) { fn() })
	}
	ctrl := fyne.KeyModifierShortcutDefault
	add(fyne.KeyO, ctrl, a.importFileDialog)
	add(fyne.KeyO, ctrl|fyne.KeyModifierShift, a.importFolderDialog)
	add(fyne.Key0, ctrl, func() { a.tl.w.FitAll() })
	add(fyne.KeyZ, ctrl, a.Undo)
	add(fyne.KeyZ, ctrl|fyne.KeyModifierShift, a.Redo)
	add(fyne.KeyY, ctrl, a.Redo)
	add(fyne.KeyF, ctrl, a.focusSearch)
	add(fyne.KeyS, ctrl, a.inspector.apply)
	add(fyne.KeyR, ctrl, a.showReview)
	add(fyne.KeyE, ctrl, a.showExportDialog)
	c.SetOnTypedKey(func(e *fyne.KeyEvent) {
		if e.Name == fyne.KeyF1 {
			a.showHelp()
		}
	})
}

func (a *App) focusSearch() { a.win.Canvas().Focus(a.filters.search) }

func (a *App) showHelp() {
	rows := container.NewGridWithColumns(2)
	for _, s := range shortcuts {
		rows.Add(widget.NewLabelWithStyle(s.keys, fyne.TextAlignLeading, fyne.TextStyle{Monospace: true}))
		rows.Add(widget.NewLabel(tr(s.what)))
	}
	dialog.ShowCustom(tr("Keyboard shortcuts"), tr("Close"), container.NewVScroll(rows), a.win)
}

// toggleTheme switches between light and dark, and remembers the choice.
func (a *App) toggleTheme() {
	if a.theme.dark(a.fa) {
		a.cfg.theme = "light"
	} else {
		a.cfg.theme = "dark"
	}
	a.applyTheme()
}

func (a *App) applyTheme() {
	a.fa.Preferences().SetString(PrefTheme, a.cfg.theme)
	a.theme = newTheme(a.cfg)
	a.fa.Settings().SetTheme(a.theme)
	a.tl.applyTheme()
}

var importFilter = storage.NewExtensionFileFilter([]string{".txt", ".md", ".markdown", ".html", ".htm"})

func (a *App) importFileDialog() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			a.showError(tr("open the file"), err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		r.Close()
		a.importPaths([]string{path})
	}, a.win)
	d.SetFilter(importFilter)
	d.Show()
}

func (a *App) importFolderDialog() {
	dialog.ShowFolderOpen(func(l fyne.ListableURI, err error) {
		if err != nil {
			a.showError(tr("open the folder"), err)
			return
		}
		if l == nil {
			return
		}
		a.importPaths([]string{l.Path()})
	}, a.win)
}

func (a *App) onDropped(_ fyne.Position, uris []fyne.URI) {
	var paths []string
	for _, u := range uris {
		if u.Scheme() == "file" {
			paths = append(paths, u.Path())
		}
	}
	if len(paths) > 0 {
		a.importPaths(paths)
	}
}

// importPaths imports files and folders in the background with progress
// and a cancel button, then reports what happened.
func (a *App) importPaths(paths []string) {
	files, err := ingest.Expand(paths)
	if err != nil {
		a.showInfo(tr("Import"), ingest.Explain(err))
		return
	}
	if len(files) == 0 {
		a.showInfo(tr("Import"), tr("No .txt, .md or .html files there. Zaman imports articles saved as text, Markdown or HTML."))
		return
	}
	ctx, cancel := context.WithCancel(a.ctx)
	a.status.startProgress(fmt.Sprintf(tr("Importing %d files…"), len(files)), cancel)
	spawn(func() {
		defer cancel()
		var lastDoc int64
		var problems []string
		rep, err := ingest.Bulk(ctx, a.st, files, ingest.BulkOptions{
			Lang: a.cfg.docLang,
			File: func(r ingest.Report, err error) {
				if err != nil {
					problems = append(problems, ingest.Explain(err))
				} else {
					lastDoc = r.DocID
				}
			},
			Progress: func(done, total int) {
				runUI(func() { a.status.progress(float64(done) / float64(total)) })
			},
		})
		cancelled := errors.Is(err, context.Canceled)
		if err != nil && !cancelled && !errors.Is(err, rep.FirstErr) {
			problems = append(problems, ingest.Explain(err))
		}
		msg := importSummary(rep.Imported, rep.Duplicates, rep.Failed, cancelled)
		runUI(func() { a.status.stopProgress(msg) })
		a.refresh(func() {
			if lastDoc != 0 {
				a.docs.selectDocument(lastDoc)
			}
		})
		if len(problems) > 0 {
			a.showInfo(tr("Some files were not imported"), strings.Join(limitLines(problems, 8), "\n"))
		}
	})
}

func importSummary(imported, dups, failed int, cancelled bool) string {
	parts := []string{fmt.Sprintf(tr("%d imported"), imported)}
	if dups > 0 {
		parts = append(parts, fmt.Sprintf(tr("%d already there"), dups))
	}
	if failed > 0 {
		parts = append(parts, fmt.Sprintf(tr("%d failed"), failed))
	}
	s := tr("Import") + ": " + strings.Join(parts, ", ")
	if cancelled {
		s += " " + tr("(cancelled; what was imported is kept)")
	}
	return s
}

func limitLines(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	return append(lines[:n:n], fmt.Sprintf(tr("… and %d more"), len(lines)-n))
}

// importSample imports the bundled sample article through the same path
// as a user's file (parse, extract, store).
func (a *App) importSample() {
	doc, err := ingest.Parse(assets.SampleName, assets.MustRead(assets.SamplePath))
	if err == nil {
		_, err = a.im.Doc(a.ctx, doc, ingest.Options{})
	}
	if err != nil {
		a.showError(tr("import the sample article"), err)
		return
	}
	runUI(func() {
		a.status.set(tr("Imported the sample article. Drop your own articles on the window, or press Ctrl+O."))
	})
}

// statusBar shows messages and the progress of long work.
type statusBar struct {
	msg    *textview.Label // messages quote titles and file names: drawn by text
	bar    *widget.ProgressBar
	cancel *widget.Button
	box    *fyne.Container
	mu     sync.Mutex
	stop   func()
}

func newStatusBar() *statusBar {
	s := &statusBar{msg: textview.NewLabel(tr("Ready")), bar: widget.NewProgressBar()}
	s.msg.SetTruncate(true)
	s.cancel = widget.NewButtonWithIcon(tr("Cancel"), theme.CancelIcon(), func() {
		s.mu.Lock()
		stop := s.stop
		s.mu.Unlock()
		if stop != nil {
			stop()
		}
	})
	s.bar.Hide()
	s.cancel.Hide()
	s.box = container.NewBorder(nil, nil, nil, container.NewHBox(s.bar, s.cancel), s.msg)
	return s
}

func (s *statusBar) object() fyne.CanvasObject { return s.box }

func (s *statusBar) set(msg string) { s.msg.SetText(msg) }

func (s *statusBar) startProgress(msg string, cancel func()) {
	s.mu.Lock()
	s.stop = cancel
	s.mu.Unlock()
	s.msg.SetText(msg)
	s.bar.SetValue(0)
	s.bar.Show()
	s.cancel.Show()
}

func (s *statusBar) progress(v float64) { s.bar.SetValue(v) }

func (s *statusBar) stopProgress(msg string) {
	s.mu.Lock()
	s.stop = nil
	s.mu.Unlock()
	s.bar.Hide()
	s.cancel.Hide()
	s.msg.SetText(msg)
}
