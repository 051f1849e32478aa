package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/store"
	"zaman/textview"
)

// mergesPanel lists events that different documents seem to report alike,
// and merges or dismisses each pair.
type mergesPanel struct {
	a         *App
	rows      *fyne.Container
	head      *textview.Label
	dismissed map[[2]int64]bool
	proposals []store.MergeProposal
}

func newMergesPanel(a *App) *mergesPanel {
	return &mergesPanel{a: a, rows: container.NewVBox(), dismissed: map[[2]int64]bool{},
		head: textview.NewLabel(tr("Events that several documents seem to report:"))}
}

func (m *mergesPanel) object() fyne.CanvasObject {
	m.head.SetMaxLines(2)
	return container.NewVScroll(container.NewVBox(m.head, m.rows))
}

func (m *mergesPanel) reload() {
	spawn(func() {
		ps, err := m.a.st.ProposeMerges(m.a.ctx, 50)
		if err != nil {
			m.a.showError(tr("find events to merge"), err)
			return
		}
		runUI(func() { m.set(ps) })
	})
}

func (m *mergesPanel) set(ps []store.MergeProposal) {
	m.proposals = m.proposals[:0]
	m.rows.RemoveAll()
	for _, p := range ps {
		if m.dismissed[[2]int64{p.A.ID, p.B.ID}] {
			continue
		}
		m.proposals = append(m.proposals, p)
		m.rows.Add(m.row(p))
	}
	if len(m.proposals) == 0 {
		m.rows.Add(widget.NewLabel(tr("No proposals: no two documents report the same event.")))
	}
	m.head.SetText(fmt.Sprintf("%s %d", tr("Events that several documents seem to report:"), len(m.proposals)))
}

func (m *mergesPanel) row(p store.MergeProposal) fyne.CanvasObject {
	side := func(e store.Event) fyne.CanvasObject {
		l := textview.NewLabel(e.Title)
		l.SetMaxLines(2)
		l.SetTruncate(true)
		return newTapBox(container.NewVBox(widget.NewLabel(formatDate(e)), l), func() { m.a.selectEvent(e.ID, originCommand) })
	}
	merge := widget.NewButtonWithIcon(tr("Merge"), theme.ConfirmIcon(), func() { m.a.merge(p.A.ID, p.B.ID) })
	merge.Importance = widget.HighImportance
	dismiss := widget.NewButtonWithIcon(tr("Not the same"), theme.CancelIcon(), func() {
		m.dismissed[[2]int64{p.A.ID, p.B.ID}] = true
		m.set(m.proposals)
	})
	score := widget.NewLabel(fmt.Sprintf("%s %.0f%%", tr("similarity"), p.Score*100))
	score.Importance = widget.LowImportance
	return container.NewVBox(container.NewGridWithColumns(2, side(p.A), side(p.B)),
		container.NewHBox(score, merge, dismiss), widget.NewSeparator())
}
