package app

import (
	"errors"
	"fmt"
	"image/color"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/ingest"
	"zaman/store"
	"zaman/text"
	"zaman/textview"
)

// Colours of the palette that are ours rather than the theme's.
var (
	// highlightColour marks the passage that supports the selected event.
	highlightColour = color.NRGBA{0xff, 0xd8, 0x66, 0xff}
	// mentionColour marks the temporal expression inside that passage.
	mentionColour = color.NRGBA{0xff, 0xa9, 0x3a, 0xff}
	// highlightText is the text colour on both, readable in either theme.
	highlightText = color.NRGBA{0x1b, 0x1b, 0x1b, 0xff}
)

// docsPanel lists the documents; the first row stands for all of them.
type docsPanel struct {
	a        *App
	docs     []store.Document
	list     *widget.List
	current  int64 // selected document id, 0 = all
	updating bool
}

func newDocsPanel(a *App) *docsPanel {
	p := &docsPanel{a: a}
	p.list = widget.NewList(
		func() int { return len(p.docs) + 1 },
		func() fyne.CanvasObject {
			title := textview.NewLabel("")
			title.SetBold(true)
			meta := textview.NewLabel("")
			meta.SetColor(theme.Color(theme.ColorNamePlaceHolder))
			title.SetTruncate(true)
			return container.NewBorder(nil, nil, nil, meta, title)
		},
		p.updateRow,
	)
	p.list.OnSelected = p.onSelected
	return p
}

func (p *docsPanel) object() fyne.CanvasObject {
	return container.NewBorder(widget.NewLabelWithStyle(tr("Documents"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), nil, nil, nil, p.list)
}

func (p *docsPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	title := c.Objects[0].(*textview.Label)
	meta := c.Objects[1].(*textview.Label)
	if id == 0 {
		title.SetText(tr("All documents"))
		meta.SetText(plural(len(p.docs), "document"))
		return
	}
	d := p.docs[id-1]
	title.SetText(d.Title)
	dct := d.DCTValue
	if dct == "" {
		dct = tr("undated")
	}
	meta.SetText(fmt.Sprintf("%s · %s · %s", d.Lang, dct, plural(d.Events, "event")))
}

func (p *docsPanel) set(docs []store.Document) {
	p.docs = docs
	p.list.Refresh()
}

func (p *docsPanel) onSelected(id widget.ListItemID) {
	if p.updating {
		return
	}
	var docID int64
	if id > 0 && id <= len(p.docs) {
		docID = p.docs[id-1].ID
	}
	p.current = docID
	p.a.reloadEvents()
	if docID != 0 {
		spawn(func() {
			doc, err := p.a.st.Document(p.a.ctx, docID)
			if err != nil {
				p.a.showError("read the document", err)
				return
			}
			runUI(func() { p.a.source.show(doc, store.Source{PassageStart: -1, MentionStart: -1}) })
		})
	}
}

// selectAll selects the "All documents" row.
func (p *docsPanel) selectAll() {
	p.current = 0
	p.updating = true
	p.list.Select(0)
	p.updating = false
}

// selectDocumentAndFilter selects a document as if the user had tapped it.
func (p *docsPanel) selectDocumentAndFilter(id int64) {
	for i, d := range p.docs {
		if d.ID == id {
			p.list.Select(i + 1)
			return
		}
	}
}

// selectDocument marks the document as selected without filtering the
// event list (used when an event selection shows its source).
func (p *docsPanel) selectDocument(id int64) {
	for i, d := range p.docs {
		if d.ID == id {
			p.updating = true
			p.list.Select(i + 1)
			p.updating = false
			return
		}
	}
}

// eventsPanel lists the events of the current document (or all).
type eventsPanel struct {
	a        *App
	all      []store.Event
	list     *widget.List
	docID    int64
	updating bool
	header   *textview.Label
}

func newEventsPanel(a *App) *eventsPanel {
	p := &eventsPanel{a: a, header: textview.NewLabel(tr("Events"))}
	p.header.SetBold(true)
	p.list = widget.NewList(
		func() int { return len(p.all) },
		func() fyne.CanvasObject {
			date := widget.NewLabel("2025-06-25")
			date.TextStyle = fyne.TextStyle{Monospace: true}
			title := textview.NewLabel("")
			title.SetTruncate(true)
			return container.NewBorder(nil, nil, date, nil, title)
		},
		p.updateRow,
	)
	p.list.OnSelected = p.onSelected
	return p
}

func (p *eventsPanel) object() fyne.CanvasObject {
	return container.NewBorder(p.header, nil, nil, nil, p.list)
}

func (p *eventsPanel) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id >= len(p.all) {
		return
	}
	e := p.all[id]
	c := o.(*fyne.Container)
	c.Objects[0].(*textview.Label).SetText(e.Title)
	c.Objects[1].(*widget.Label).SetText(formatDate(e))
}

func (p *eventsPanel) set(evs []store.Event) {
	p.all = evs
	p.header.SetText(fmt.Sprintf("%s (%d)", tr("Events"), len(evs)))
	p.list.Refresh()
}

func (p *eventsPanel) onSelected(id widget.ListItemID) {
	if p.updating || id >= len(p.all) {
		return
	}
	p.a.selectEvent(p.all[id].ID, originList)
}

func (p *eventsPanel) selectEvent(id int64) {
	for i, e := range p.all {
		if e.ID == id {
			p.updating = true
			p.list.Select(i)
			p.list.ScrollTo(i)
			p.updating = false
			return
		}
	}
	p.updating = true
	p.list.UnselectAll()
	p.updating = false
}

// formatDate shows an event's date at its precision.
func formatDate(e store.Event) string {
	last := e.End.Add(-time.Second)
	switch e.Precision {
	case "minute", "hour":
		return e.Start.Format("2006-01-02 15:04")
	case "month":
		if last.Month() == e.Start.Month() && last.Year() == e.Start.Year() {
			return e.Start.Format("2006-01")
		}
	case "year":
		if last.Year() == e.Start.Year() {
			return e.Start.Format("2006")
		}
	case "decade":
		return fmt.Sprintf("%ds", e.Start.Year())
	}
	if last.Year() == e.Start.Year() && last.YearDay() == e.Start.YearDay() {
		return e.Start.Format("2006-01-02")
	}
	return e.Start.Format("2006-01-02") + " – " + last.Format("2006-01-02")
}

// sourcePane shows a document with the selected event's passage
// highlighted.
type sourcePane struct {
	a      *App
	title  *textview.Label
	meta   *textview.Label
	view   *textview.View
	docID  int64
	docLen int
	doc    store.Document // the document shown
	shown  store.Source   // the source whose passage is highlighted
}

func newSourcePane(a *App) *sourcePane {
	p := &sourcePane{a: a, title: textview.NewLabel(""), meta: textview.NewLabel(""), view: textview.New()}
	p.title.SetBold(true)
	p.title.SetTruncate(true)
	p.meta.SetTruncate(true)
	p.meta.SetText(tr("Select an event to see the passage that supports it."))
	return p
}

func (p *sourcePane) object() fyne.CanvasObject {
	return container.NewBorder(container.NewVBox(p.title, p.meta), nil, nil, nil, p.view)
}

// show displays doc, highlighting the passage and mention of src (negative
// offsets: none).
func (p *sourcePane) show(doc store.Document, src store.Source) {
	p.doc = doc
	if p.docID != doc.ID {
		p.docID = doc.ID
		p.view.SetText(doc.Text)
		p.docLen = len([]rune(doc.Text))
		p.title.SetText(doc.Title)
	}
	dct := tr("undated")
	if doc.DCTValue != "" {
		dct = tr("dated") + " " + doc.DCTValue + " (" + tr(doc.DCTSource) + ")"
	}
	p.meta.SetText(fmt.Sprintf("%s · %s · %s", langName(doc.Lang), dct, shortOrigin(doc.Origin)))
	var hs []text.Highlight
	if src.PassageEnd > src.PassageStart && src.PassageStart >= 0 {
		hs = append(hs, text.Highlight{Start: src.PassageStart, End: src.PassageEnd, Color: highlightColour, Text: highlightText})
		if src.MentionStart >= 0 && src.MentionEnd > src.MentionStart {
			hs = append(hs, text.Highlight{Start: src.MentionStart, End: src.MentionEnd, Color: mentionColour, Text: highlightText})
		}
	}
	p.shown = src
	p.view.SetHighlights(hs)
	if len(hs) > 0 {
		p.view.ScrollToRune(src.PassageStart)
	}
}

func langName(l string) string {
	switch l {
	case "ar":
		return tr("Arabic")
	case "fr":
		return tr("French")
	case "en":
		return tr("English")
	}
	return tr("unknown language")
}

func shortOrigin(o string) string {
	if i := strings.LastIndexAny(o, `/\`); i >= 0 {
		return o[i+1:]
	}
	return o
}

// explainError words an error for a dialog.
func explainError(what string, err error) error {
	return errors.New(tr("Could not") + " " + what + ": " + ingest.Explain(err))
}

// plural writes "1 event", "2 events".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + tr(noun)
	}
	return fmt.Sprintf("%d %s", n, tr(noun+"s"))
}
