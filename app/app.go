// Package app is Zaman's GUI: the main window with its document list, event
// list, timeline, source pane and inspector, the review queue, import
// actions and dialogs. It holds no SQL and no extraction logic: it calls
// store, ingest and extract, and converts store rows into timeline items.
//
// Widget callbacks run on the Fyne goroutine; work started here (import,
// queries, edits) runs in goroutines and touches widgets only inside
// fyne.Do.
package app

import (
	"context"
	"log"
	"strconv"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"zaman/assets"
	"zaman/ingest"
	"zaman/store"
)

// Options are start-up choices from the command line.
type Options struct {
	At            string  // select the first event on this date (YYYY-MM-DD)
	Width, Height float32 // window size; 0 = the last one used
	Review        bool    // open the review queue at start
	UILang        string  // interface language for this run, "" = preferences
}

// App is the main window and what it works on.
type App struct {
	fa    fyne.App
	win   fyne.Window
	st    *store.Store
	im    *ingest.Importer
	opts  Options
	cfg   config
	theme *zamanTheme
	ctx   context.Context

	docs      *docsPanel
	events    *eventsPanel
	source    *sourcePane
	tl        *timelinePanel
	inspector *inspector
	notes     *notesPanel
	merges    *mergesPanel
	filters   *filterBar
	status    *statusBar
	review    *reviewWindow
	splits    map[string]*container.Split

	hist                   history
	undoAction, redoAction *widget.ToolbarAction

	selected int64 // selected event id, 0 = none
	closed   bool  // the main window was closed
	// eventsGen numbers the event-list queries; only the latest one's
	// result is shown (UI goroutine only).
	eventsGen int

	filterMu   sync.Mutex
	lastFilter store.EventFilter // the filter as last applied, for the timeline's goroutines

	// loaded is closed once the first load has filled the window.
	loaded chan struct{}
}

// New builds the main window over st. Call ShowAndRun to start.
func New(fa fyne.App, st *store.Store, opts Options) *App {
	a := &App{fa: fa, st: st, im: ingest.NewImporter(st), opts: opts, ctx: context.Background(),
		loaded: make(chan struct{}), cfg: readConfig(fa.Preferences()), splits: map[string]*container.Split{}}
	if opts.UILang != "" {
		a.cfg.uiLang = opts.UILang
	}
	noteDriver(fa)
	setupLanguage(a.cfg.uiLang)
	a.theme = newTheme(a.cfg)
	fa.Settings().SetTheme(a.theme)
	if icon, err := assets.FS.ReadFile(assets.Icon); err == nil {
		fa.SetIcon(fyne.NewStaticResource("zaman.png", icon))
	}
	a.win = fa.NewWindow("Zaman")
	a.buildUI()
	a.win.SetCloseIntercept(a.onClose)
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
	a.filters = newFilterBar(a)
	a.docs = newDocsPanel(a)
	a.events = newEventsPanel(a)
	a.source = newSourcePane(a)
	a.tl = newTimelinePanel(a)
	a.inspector = newInspector(a)
	a.notes = newNotesPanel(a)
	a.merges = newMergesPanel(a)

	side := container.NewAppTabs(
		container.NewTabItem(tr("Event"), a.inspector.object()),
		container.NewTabItem(tr("Notes"), a.notes.object()),
		container.NewTabItem(tr("Merges"), a.merges.object()),
	)
	a.inspector.tabs = side
	lists := a.split(PrefSplitLeft, false, a.docs.object(), a.events.object(), 0.3)
	reading := a.split(PrefSplitSide, true, a.source.object(), side, 0.58)
	bottom := a.split(PrefSplitRight, true, lists, reading, 0.3)
	main := a.split(PrefSplitMain, false, a.tl.object(), bottom, 0.38)

	top := container.NewVBox(a.toolbar(), a.filters.object())
	a.win.SetContent(container.NewBorder(top, a.status.object(), nil, nil, main))
	a.win.SetMainMenu(a.mainMenu())
	a.addShortcuts()
	a.win.SetOnDropped(a.onDropped)
	w, h := a.opts.Width, a.opts.Height
	if w == 0 {
		p := a.fa.Preferences()
		w, h = float32(p.FloatWithFallback(PrefWinWidth, 1400)), float32(p.FloatWithFallback(PrefWinHeight, 900))
	}
	a.win.Resize(fyne.NewSize(w, h))
}

// split makes a split whose offset is restored from and saved to key.
func (a *App) split(key string, horizontal bool, l, r fyne.CanvasObject, def float64) *container.Split {
	var s *container.Split
	if horizontal {
		s = container.NewHSplit(l, r)
	} else {
		s = container.NewVSplit(l, r)
	}
	s.SetOffset(a.fa.Preferences().FloatWithFallback(key, def))
	a.splits[key] = s
	return s
}

// onClose saves the window layout and the view, then closes.
func (a *App) onClose() {
	p := a.fa.Preferences()
	size := a.win.Canvas().Size()
	p.SetFloat(PrefWinWidth, float64(size.Width))
	p.SetFloat(PrefWinHeight, float64(size.Height))
	for k, s := range a.splits {
		p.SetFloat(k, s.Offset)
	}
	from, to := a.tl.w.View()
	if to.After(from) {
		p.SetString(PrefViewFrom, strconv.FormatInt(from.Unix(), 10))
		p.SetString(PrefViewTo, strconv.FormatInt(to.Unix(), 10))
	}
	p.SetInt(PrefSelected, int(a.selected))
	a.notes.flush()
	if a.review != nil {
		a.review.win.Close()
	}
	a.closed = true
	a.win.Close()
}

// load fills the panels from the store, importing the sample on first run,
// and restores the last view.
func (a *App) load() {
	docs, err := a.st.Documents(a.ctx)
	if err != nil {
		a.showError(tr("read the database"), err)
		close(a.loaded)
		return
	}
	first := len(docs) == 0
	if first {
		a.importSample()
	}
	a.refresh(func() {
		a.tl.w.FitAll()
		switch {
		case a.opts.At != "":
			a.selectFirstOn(a.opts.At)
		case !first:
			a.restoreView()
		}
		if a.opts.Review {
			a.showReview()
		}
		close(a.loaded)
	})
}

// restoreView brings back the timeline window and selection of last time.
func (a *App) restoreView() {
	p := a.fa.Preferences()
	from, err1 := strconv.ParseInt(p.String(PrefViewFrom), 10, 64)
	to, err2 := strconv.ParseInt(p.String(PrefViewTo), 10, 64)
	if id := int64(p.Int(PrefSelected)); id != 0 {
		for _, e := range a.events.all {
			if e.ID == id {
				a.selectEvent(id, originCommand)
			}
		}
	}
	if err1 == nil && err2 == nil && to > from {
		a.tl.w.SetView(time.Unix(from, 0).UTC(), time.Unix(to, 0).UTC())
	}
}

// filter is the active event filter: search, status, tag, dates, document.
// It is read on the UI goroutine, and remembered for the timeline.
func (a *App) filter() store.EventFilter {
	f := a.filters.filter()
	f.DocumentID = a.docs.current
	a.filterMu.Lock()
	a.lastFilter = f
	a.filterMu.Unlock()
	return f
}

// refresh reloads every panel from the store, then runs then (may be nil)
// on the UI goroutine.
func (a *App) refresh(then func()) {
	var f store.EventFilter
	var gen int
	runUIWait(func() {
		f = a.filter()
		a.eventsGen++
		gen = a.eventsGen
	})
	docs, err := a.st.Documents(a.ctx)
	if err != nil {
		a.showError(tr("read documents"), err)
		return
	}
	evs, err := a.st.Events(a.ctx, f)
	if err != nil {
		a.showError(tr("read events"), err)
		return
	}
	a.tl.lanes.setDocuments(docs)
	tags, err := a.st.Tags(a.ctx)
	if err != nil {
		a.showError(tr("read documents"), err)
		return
	}
	runUI(func() {
		a.docs.set(docs)
		a.filters.setTags(tags)
		if gen == a.eventsGen {
			a.events.set(evs)
		}
		a.tl.reload()
		a.merges.reload()
		a.notes.reloadAll()
		if a.review != nil {
			a.review.reload()
		}
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
		a.status.set(tr("--at: write the date as YYYY-MM-DD"))
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
	a.status.set(tr("No event on that day") + ": " + day)
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
	if id == 0 {
		a.inspector.show(nil, nil)
		a.notes.showEvent(0)
		return
	}
	spawn(func() {
		ev, err := a.st.Event(a.ctx, id)
		if err != nil {
			runUI(func() {
				if a.selected == id {
					a.selected = 0
					a.inspector.show(nil, nil)
				}
			})
			return // deleted meanwhile (an undo, a merge)
		}
		srcs, err := a.st.EventSources(a.ctx, id)
		if err != nil {
			a.showError(tr("read the event's sources"), err)
			return
		}
		var doc store.Document
		if len(srcs) > 0 {
			if doc, err = a.st.Document(a.ctx, srcs[0].DocumentID); err != nil {
				a.showError(tr("read the source document"), err)
				return
			}
		}
		runUI(func() {
			if a.selected != id {
				return // a newer selection won
			}
			a.inspector.show(&ev, srcs)
			a.notes.showEvent(id)
			if len(srcs) > 0 && from != originSource {
				a.docs.selectDocument(doc.ID)
				a.source.show(doc, srcs[0])
			}
		})
	})
}

// showSource opens a source of the selected event in the source pane.
func (a *App) showSource(src store.Source) {
	spawn(func() {
		doc, err := a.st.Document(a.ctx, src.DocumentID)
		if err != nil {
			a.showError(tr("read the source document"), err)
			return
		}
		runUI(func() {
			a.docs.selectDocument(doc.ID)
			a.source.show(doc, src)
		})
	})
}

// showError reports an error the user cannot fix by changing their input:
// a dialog plus a log line. Safe from any goroutine.
func (a *App) showError(what string, err error) {
	log.Printf("zaman: %s: %v", what, err)
	runUI(func() {
		dialog.ShowError(explainError(what, err), a.win)
	})
}

// showInfo tells the user about something they can fix. Safe from any
// goroutine.
func (a *App) showInfo(title, msg string) {
	runUI(func() {
		dialog.ShowInformation(title, msg, a.win)
	})
}
