package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/store"
	"zaman/text"
	"zaman/textview"
)

// reviewWindow steps through the events still marked auto, showing each
// one's passage beside its date: A accepts, R rejects, E edits in the
// inspector, N or → moves on, P or ← goes back.
type reviewWindow struct {
	a     *App
	win   fyne.Window
	queue []store.Event
	pos   int

	left    *textview.Label
	date    *widget.Label
	prec    *textview.Label
	title   *textview.Label
	doc     *textview.Label
	passage *textview.View
}

// showReview opens (or raises) the review queue.
func (a *App) showReview() {
	if a.review != nil {
		a.review.win.RequestFocus()
		return
	}
	r := &reviewWindow{a: a, win: a.fa.NewWindow(tr("Review queue") + " — Zaman"),
		left: textview.NewLabel(""), date: widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true}),
		prec: textview.NewLabel(""), title: textview.NewLabel(""),
		doc: textview.NewLabel(""), passage: textview.New()}
	r.title.SetBold(true)
	r.title.SetMaxLines(2)
	r.title.SetTextSize(18)
	r.date.SizeName = theme.SizeNameHeadingText
	r.doc.SetTruncate(true)
	a.review = r
	r.build()
	r.win.SetOnClosed(func() { a.review = nil })
	r.win.Resize(fyne.NewSize(1100, 640))
	r.win.Show()
	r.reload()
}

func (r *reviewWindow) build() {
	accept := widget.NewButtonWithIcon(tr("Accept (A)"), theme.ConfirmIcon(), func() { r.decide(store.StatusAccepted) })
	accept.Importance = widget.SuccessImportance
	reject := widget.NewButtonWithIcon(tr("Reject (R)"), theme.CancelIcon(), func() { r.decide(store.StatusRejected) })
	reject.Importance = widget.DangerImportance
	edit := widget.NewButtonWithIcon(tr("Edit (E)"), theme.DocumentCreateIcon(), r.edit)
	// In the Arabic interface the window reads from the right: the date
	// column, the decisions and the arrows are mirrored.
	rtl := r.a.cfg.uiLang == "ar"
	back, forward := theme.NavigateBackIcon(), theme.NavigateNextIcon()
	if rtl {
		back, forward = forward, back
	}
	prev := widget.NewButtonWithIcon(tr("Previous (P)"), back, func() { r.move(-1) })
	next := widget.NewButtonWithIcon(tr("Next (N)"), forward, func() { r.move(1) })

	dateBox := container.NewPadded(container.NewVBox(widget.NewLabelWithStyle(tr("Date"), fyne.TextAlignCenter, fyne.TextStyle{}), r.date, r.prec))
	head := container.NewVBox(r.title, r.doc, widget.NewSeparator())
	var body *fyne.Container
	var buttons *fyne.Container
	if rtl {
		body = container.NewBorder(head, nil, nil, container.NewBorder(nil, nil, widget.NewSeparator(), nil, dateBox), r.passage)
		buttons = container.NewHBox(accept, reject, edit, layout.NewSpacer(), next, prev)
	} else {
		body = container.NewBorder(head, nil, container.NewBorder(nil, nil, nil, widget.NewSeparator(), dateBox), nil, r.passage)
		buttons = container.NewHBox(prev, next, layout.NewSpacer(), edit, reject, accept)
	}
	r.prec.SetAlign(text.AlignCenter)
	r.win.SetContent(container.NewBorder(container.NewPadded(r.left), buttons, nil, nil, body))
	r.win.Canvas().SetOnTypedRune(func(c rune) {
		switch c {
		case 'a', 'A', 'ق':
			r.decide(store.StatusAccepted)
		case 'r', 'R', 'ر':
			r.decide(store.StatusRejected)
		case 'e', 'E', 'ع':
			r.edit()
		case 'n', 'N':
			r.move(1)
		case 'p', 'P':
			r.move(-1)
		}
	})
	r.win.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyRight, fyne.KeyDown:
			r.move(1)
		case fyne.KeyLeft, fyne.KeyUp:
			r.move(-1)
		case fyne.KeyEscape:
			r.win.Close()
		}
	})
}

// reload fetches the events still to review, keeping the position.
func (r *reviewWindow) reload() {
	spawn(func() {
		evs, err := r.a.st.Events(r.a.ctx, store.EventFilter{Statuses: []string{store.StatusAuto}})
		if err != nil {
			r.a.showError(tr("read events"), err)
			return
		}
		runUI(func() {
			var cur int64
			if r.pos < len(r.queue) {
				cur = r.queue[r.pos].ID
			}
			r.queue = evs
			r.pos = min(r.pos, max(len(evs)-1, 0))
			for i, e := range evs {
				if e.ID == cur {
					r.pos = i
				}
			}
			r.show()
		})
	})
}

func (r *reviewWindow) show() {
	if len(r.queue) == 0 {
		r.left.SetText(tr("Nothing left to review: every event has been accepted, edited or rejected."))
		r.date.SetText("")
		r.prec.SetText("")
		r.title.SetText("")
		r.doc.SetText("")
		r.passage.SetText("")
		return
	}
	e := r.queue[r.pos]
	r.left.SetText(fmt.Sprintf(tr("%d of %d left to review"), r.pos+1, len(r.queue)))
	r.date.SetText(formatDate(e))
	r.prec.SetText(fmt.Sprintf("%s · %s %.0f%%", tr(e.Precision), tr("confidence"), e.Confidence*100))
	r.title.SetText(e.Title)
	r.a.selectEvent(e.ID, originCommand)
	spawn(func() {
		srcs, err := r.a.st.EventSources(r.a.ctx, e.ID)
		if err != nil || len(srcs) == 0 {
			return
		}
		s := srcs[0]
		runUI(func() {
			if r.pos >= len(r.queue) || r.queue[r.pos].ID != e.ID {
				return
			}
			r.doc.SetText(s.DocumentTitle)
			r.passage.SetText(s.Passage)
			var hs []text.Highlight
			if s.MentionStart >= s.PassageStart && s.MentionEnd > s.MentionStart {
				hs = append(hs, text.Highlight{Start: s.MentionStart - s.PassageStart, End: s.MentionEnd - s.PassageStart,
					Color: mentionColour, Text: highlightText})
			}
			r.passage.SetHighlights(hs)
		})
	})
}

func (r *reviewWindow) move(d int) {
	if len(r.queue) == 0 {
		return
	}
	r.pos = (r.pos + d + len(r.queue)) % len(r.queue)
	r.show()
}

// decide sets the status of the current event; the queue then drops it and
// shows the next one.
func (r *reviewWindow) decide(status string) {
	if len(r.queue) == 0 {
		return
	}
	r.a.setStatus(r.queue[r.pos].ID, status)
}

// edit hands the current event to the inspector of the main window.
func (r *reviewWindow) edit() {
	if len(r.queue) == 0 {
		return
	}
	r.a.selectEvent(r.queue[r.pos].ID, originCommand)
	r.a.inspector.tabs.SelectIndex(0)
	r.a.win.RequestFocus()
	r.a.win.Canvas().Focus(r.a.inspector.date)
}
