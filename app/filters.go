package app

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/ingest"
	"zaman/store"
	"zaman/textview"
)

// filterBar holds the search box and the filters. The event list, the
// timeline and exports from the GUI all follow it.
type filterBar struct {
	a        *App
	search   *widget.Entry
	preview  *textview.Label // the query drawn correctly when it holds Arabic
	status   *widget.Select
	tag      *widget.Select
	from, to *widget.Entry
	msg      *widget.Label
	popup    *widget.PopUp
	debounce *time.Timer

	query, statusV, tagV string
	fromT, toT           time.Time
}

var statusChoices = []string{"All statuses", "auto", "accepted", "edited", "rejected"}

func newFilterBar(a *App) *filterBar {
	f := &filterBar{a: a, preview: textview.NewLabel(""), msg: widget.NewLabel("")}
	f.search = widget.NewEntry()
	f.search.SetPlaceHolder(tr("Search documents, events and notes (Ctrl+F)"))
	f.search.OnChanged = f.onQueryChanged
	f.search.OnSubmitted = func(string) { f.showHits() }
	f.status = widget.NewSelect(translated(statusChoices), nil)
	f.status.SetSelectedIndex(0)
	f.status.OnChanged = f.onStatus
	f.tag = widget.NewSelect([]string{tr("All tags")}, nil)
	f.tag.SetSelectedIndex(0)
	f.tag.OnChanged = f.onTag
	f.from = widget.NewEntry()
	f.from.SetPlaceHolder(tr("from YYYY-MM-DD"))
	f.to = widget.NewEntry()
	f.to.SetPlaceHolder(tr("to YYYY-MM-DD"))
	f.from.OnChanged = func(string) { f.onDates() }
	f.to.OnChanged = func(string) { f.onDates() }
	f.msg.Importance = widget.WarningImportance
	return f
}

func translated(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = tr(s)
	}
	return out
}

func (f *filterBar) object() fyne.CanvasObject {
	clear := widget.NewButtonWithIcon("", theme.ContentClearIcon(), f.clear)
	dates := container.NewGridWithColumns(2, f.from, f.to)
	right := container.NewHBox(f.status, f.tag, container.NewGridWrap(fyne.NewSize(260, f.from.MinSize().Height), dates), clear)
	f.preview.Hide()
	searchBox := container.NewBorder(nil, f.preview, nil, f.msg, f.search)
	return container.NewBorder(nil, nil, nil, right, searchBox)
}

func (f *filterBar) filter() store.EventFilter {
	ef := store.EventFilter{Query: f.query, Tag: f.tagV, From: f.fromT, To: f.toT}
	if f.statusV != "" {
		ef.Statuses = []string{f.statusV}
	}
	return ef
}

func (f *filterBar) onQueryChanged(s string) {
	// Fyne's Entry cannot order Arabic: a preview drawn by text shows the
	// query as it is meant.
	if hasRTL(s) {
		f.preview.SetText(s)
		f.preview.Show()
	} else {
		f.preview.Hide()
	}
	if f.debounce != nil {
		cancelAfter(f.debounce)
	}
	f.debounce = after(250*time.Millisecond, func() {
		runUI(func() {
			f.query = strings.TrimSpace(s)
			f.a.reloadEvents()
		})
	})
}

func (f *filterBar) onStatus(string) {
	i := f.status.SelectedIndex()
	f.statusV = ""
	if i > 0 {
		f.statusV = statusChoices[i]
	}
	f.a.reloadEvents()
}

func (f *filterBar) onTag(s string) {
	f.tagV = ""
	if f.tag.SelectedIndex() > 0 {
		f.tagV = s
	}
	f.a.reloadEvents()
}

// onDates reads the date bounds; a bound that is not a date is shown as a
// warning and ignored until it is.
func (f *filterBar) onDates() {
	var bad []string
	parse := func(s string, end bool) time.Time {
		if strings.TrimSpace(s) == "" {
			return time.Time{}
		}
		t, err := ingest.ParseDay(s, end)
		if err != nil {
			bad = append(bad, s)
		}
		return t
	}
	f.fromT, f.toT = parse(f.from.Text, false), parse(f.to.Text, true)
	if len(bad) == 0 && !f.fromT.IsZero() && f.toT.After(f.fromT) {
		f.a.tl.w.SetView(f.fromT, f.toT) // the timeline shows the chosen range
	}
	if len(bad) > 0 {
		f.msg.SetText(fmt.Sprintf(tr("not a date: %s (write YYYY, YYYY-MM or YYYY-MM-DD)"), strings.Join(bad, ", ")))
		f.msg.Show()
	} else {
		f.msg.SetText("")
	}
	f.a.reloadEvents()
}

func (f *filterBar) clear() {
	f.search.SetText("")
	f.query = ""
	f.status.SetSelectedIndex(0)
	f.tag.SetSelectedIndex(0)
	f.from.SetText("")
	f.to.SetText("")
	f.a.docs.selectAll()
	f.a.reloadEvents()
}

// setTags refreshes the tag choices.
func (f *filterBar) setTags(tags []store.Tag) {
	opts := []string{tr("All tags")}
	for _, t := range tags {
		opts = append(opts, t.Name)
	}
	f.tag.Options = opts
	f.tag.Refresh()
}

// showHits runs a full search and lists documents, events and notes that
// match, under the search box; a tap opens the hit.
func (f *filterBar) showHits() {
	q := strings.TrimSpace(f.search.Text)
	if q == "" {
		return
	}
	spawn(func() {
		hits, err := f.a.st.Search(f.a.ctx, q, 30)
		if err != nil {
			f.a.showError(tr("search"), err)
			return
		}
		runUI(func() { f.popHits(q, hits) })
	})
}

func (f *filterBar) popHits(q string, hits []store.Hit) {
	if f.popup != nil {
		f.popup.Hide()
	}
	rows := container.NewVBox()
	if len(hits) == 0 {
		rows.Add(widget.NewLabel(fmt.Sprintf(tr("Nothing matches %q"), q)))
	}
	for _, h := range hits {
		h := h
		kind := map[string]string{"document": tr("Document"), "event": tr("Event"), "annotation": tr("Note")}[h.Kind]
		label := h.Title
		if label == "" {
			label = h.Snippet
		}
		rows.Add(newTapRow(kind, label, func() {
			f.popup.Hide()
			f.a.openHit(h)
		}))
	}
	c := f.a.win.Canvas()
	f.popup = widget.NewPopUp(container.NewVScroll(rows), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(f.search)
	f.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, f.search.Size().Height)))
	f.popup.Resize(fyne.NewSize(f.search.Size().Width, fyne.Min(420, rows.MinSize().Height+8)))
}

// openHit shows a search hit: an event is selected, a document shown, a
// note opened in the notes tab.
func (a *App) openHit(h store.Hit) {
	switch {
	case h.EventID != 0:
		a.selectEvent(h.EventID, originCommand)
		if h.Kind == "annotation" {
			a.inspector.tabs.SelectIndex(1)
		}
	case h.DocumentID != 0:
		a.docs.selectDocumentAndFilter(h.DocumentID)
	}
}

// reloadEvents re-queries the event list and the timeline for the current
// filter.
func (a *App) reloadEvents() {
	f := a.filter()
	a.eventsGen++
	gen := a.eventsGen
	spawn(func() {
		evs, err := a.st.Events(a.ctx, f)
		if err != nil {
			a.showError(tr("read events"), err)
			return
		}
		runUI(func() {
			if gen != a.eventsGen {
				return // a newer query is on its way: do not show stale results
			}
			a.events.set(evs)
			a.events.selectEvent(a.selected)
			a.tl.reload()
		})
	})
}

// tapBox makes any content tappable (rows of hit lists, source cards).
type tapBox struct {
	widget.BaseWidget
	content fyne.CanvasObject
	onTap   func()
}

var _ fyne.Tappable = (*tapBox)(nil)

func newTapBox(content fyne.CanvasObject, onTap func()) *tapBox {
	b := &tapBox{content: content, onTap: onTap}
	b.ExtendBaseWidget(b)
	return b
}

// newTapRow is a tappable row: a kind or date in Fyne's font and a
// document string drawn by text.
func newTapRow(kind, label string, onTap func()) *tapBox {
	k := widget.NewLabel(kind)
	k.Importance = widget.LowImportance
	l := textview.NewLabel(label)
	l.SetTruncate(true)
	return newTapBox(container.NewBorder(nil, nil, k, nil, l), onTap)
}

func (b *tapBox) Tapped(*fyne.PointEvent) {
	if b.onTap != nil {
		b.onTap()
	}
}

func (b *tapBox) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(b.content) }

// hasRTL reports whether s holds Arabic (or other right-to-left) letters.
func hasRTL(s string) bool {
	for _, r := range s {
		if r >= 0x0590 && r <= 0x08FF || r >= 0xFB1D && r <= 0xFEFC {
			return true
		}
	}
	return false
}
