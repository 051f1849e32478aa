// Package app is Zaman's GUI: the main window with its document list, event
// list, timeline and source pane, the import actions and dialogs. It holds
// no SQL and no extraction logic: it calls store, ingest and extract, and
// converts store rows into timeline items.
//
// Widget callbacks run on the Fyne goroutine; work started here (import,
// queries) runs in goroutines and touches widgets only inside fyne.Do.
package app

import (
	"context"
	"log"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"zaman/assets"
	"zaman/ingest"
	"zaman/store"
)

// Preference keys.
const (
	PrefDatabase = "database.path" // database file chosen by the user
)

// Options are start-up choices from the command line.
type Options struct {
	At            string  // select the first event on this date (YYYY-MM-DD)
	Width, Height float32 // window size; 0 = default
}

// App is the main window and what it works on.
type App struct {
	fa   fyne.App
	win  fyne.Window
	st   *store.Store
	im   *ingest.Importer
	opts Options
	ctx  context.Context

	docs   *docsPanel
	events *eventsPanel
	source *sourcePane
	tl     *timelinePanel
	status *statusBar

	selected int64 // selected event id, 0 = none

	// loaded is closed once the first load has filled the window.
	loaded chan struct{}
}

// New builds the main window over st. Call ShowAndRun to start.
func New(fa fyne.App, st *store.Store, opts Options) *App {
	a := &App{fa: fa, st: st, im: ingest.NewImporter(st), opts: opts, ctx: context.Background(),
		loaded: make(chan struct{})}
	if icon, err := assets.FS.ReadFile(assets.Icon); err == nil {
		fa.SetIcon(fyne.NewStaticResource("zaman.png", icon))
	}
	a.win = fa.NewWindow("Zaman")
	a.buildUI()
	return a
}

// Window is the main window (for tests).
func (a *App) Window() fyne.Window { return a.win }

// ShowAndRun shows the window, loads the data and runs the event loop.
func (a *App) ShowAndRun() {
	a.Start()
	a.win.ShowAndRun()
}

// Start loads the database into the window, importing the bundled sample
// when the database is empty. It returns at once; loading goes on in the
// background.
func (a *App) Start() {
	go a.load()
}

func (a *App) buildUI() {
	a.status = newStatusBar()
	a.docs = newDocsPanel(a)
	a.events = newEventsPanel(a)
	a.source = newSourcePane(a)
	a.tl = newTimelinePanel(a)

	lists := container.NewVSplit(a.docs.object(), a.events.object())
	lists.SetOffset(0.3)
	bottom := container.NewHSplit(lists, a.source.object())
	bottom.SetOffset(0.42)
	main := container.NewVSplit(a.tl.object(), bottom)
	main.SetOffset(0.4)

	a.win.SetContent(container.NewBorder(a.toolbar(), a.status.object(), nil, nil, main))
	a.win.SetMainMenu(a.mainMenu())
	a.addShortcuts()
	a.win.SetOnDropped(a.onDropped)
	w, h := a.opts.Width, a.opts.Height
	if w == 0 {
		w, h = 1400, 900
	}
	a.win.Resize(fyne.NewSize(w, h))
}

// load fills the panels from the store, importing the sample on first run.
func (a *App) load() {
	docs, err := a.st.Documents(a.ctx)
	if err != nil {
		a.showError("read the database", err)
		close(a.loaded)
		return
	}
	if len(docs) == 0 {
		a.importSample()
	}
	a.refresh(func() {
		if a.opts.At != "" {
			a.selectFirstOn(a.opts.At)
		}
		close(a.loaded)
	})
}

// refresh reloads every panel from the store, then runs then (may be nil)
// on the UI goroutine.
func (a *App) refresh(then func()) {
	docs, err := a.st.Documents(a.ctx)
	if err != nil {
		a.showError("read documents", err)
		return
	}
	evs, err := a.events.query()
	if err != nil {
		a.showError("read events", err)
		return
	}
	fyne.Do(func() {
		a.docs.set(docs)
		a.events.set(evs)
		a.tl.reload()
		if a.selected != 0 {
			a.selectEvent(a.selected, originRefresh)
		}
		if then != nil {
			then()
		}
	})
}

// selectFirstOn selects the first event that starts on the given day.
func (a *App) selectFirstOn(day string) {
	t, err := time.Parse("2006-01-02", day)
	if err != nil {
		a.status.set("--at: write the date as YYYY-MM-DD")
		return
	}
	for _, e := range a.events.all {
		if e.Start.Equal(t) && e.End.Sub(e.Start) <= 24*time.Hour {
			a.selectEvent(e.ID, originCommand)
			return
		}
	}
	for _, e := range a.events.all {
		if !e.Start.After(t) && e.End.After(t) {
			a.selectEvent(e.ID, originCommand)
			return
		}
	}
	a.status.set("no event on " + day)
}

// Where a selection came from, so the panel that made it is not updated
// again (which would loop through its callback).
type origin int

const (
	originCommand origin = iota
	originRefresh
	originTimeline
	originList
	originSource
)

// selectEvent makes id the selected event in every panel and shows its
// first source passage.
func (a *App) selectEvent(id int64, from origin) {
	a.selected = id
	if from != originTimeline {
		a.tl.selectEvent(id)
	}
	if from != originList {
		a.events.selectEvent(id)
	}
	go func() {
		srcs, err := a.st.EventSources(a.ctx, id)
		if err != nil {
			a.showError("read the event's sources", err)
			return
		}
		if len(srcs) == 0 {
			return
		}
		s := srcs[0]
		doc, err := a.st.Document(a.ctx, s.DocumentID)
		if err != nil {
			a.showError("read the source document", err)
			return
		}
		fyne.Do(func() {
			if a.selected != id {
				return // a newer selection won
			}
			a.docs.selectDocument(doc.ID)
			a.source.show(doc, s)
		})
	}()
}

// showError reports an error the user cannot fix by changing their input:
// a dialog plus a log line. Safe from any goroutine.
func (a *App) showError(what string, err error) {
	log.Printf("zaman: %s: %v", what, err)
	fyne.Do(func() {
		dialog.ShowError(explainError(what, err), a.win)
	})
}

// showInfo tells the user about something they can fix. Safe from any
// goroutine.
func (a *App) showInfo(title, msg string) {
	fyne.Do(func() {
		dialog.ShowInformation(title, msg, a.win)
	})
}
