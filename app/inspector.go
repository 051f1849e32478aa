package app

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/extract"
	"zaman/store"
	"zaman/textview"
	"zaman/timeline"
)

// inspector shows and edits the selected event: title, date and
// precision, status, tags and colour, its sources; merge, split, delete.
type inspector struct {
	a    *App
	ev   *store.Event
	srcs []store.Source
	tabs *container.AppTabs

	empty        *widget.Label
	form         *fyne.Container
	title        *widget.Entry
	titlePreview *textview.Label
	date         *widget.Entry
	dateInfo     *textview.Label // feedback mixes Arabic and digits: drawn by text
	precision    *widget.Select
	statusLabel  *textview.Label
	tags         *widget.Entry
	colour       *widget.Select
	sources      *fyne.Container
	sourcesHead  *widget.Label

	// parsed is the interval typed in the date entry, when it parses.
	parsed *parsedDate
}

type parsedDate struct {
	start, end time.Time
	precision  string
	value      string
}

// colours users can give events, by name.
var colourChoices = []struct{ name, hex string }{
	{"Default", ""}, {"Red", "#c0392b"}, {"Orange", "#d35400"}, {"Green", "#27ae60"},
	{"Blue", "#2471a3"}, {"Purple", "#7d3c98"}, {"Grey", "#7f8c8d"},
}

var precisionChoices = []string{"minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}

func newInspector(a *App) *inspector {
	in := &inspector{a: a, titlePreview: textview.NewLabel(""), sources: container.NewVBox()}
	in.empty = widget.NewLabel(tr("Select an event on the timeline or in the list."))
	in.empty.Wrapping = fyne.TextWrapWord
	in.title = widget.NewEntry()
	in.title.OnChanged = func(s string) { in.titlePreview.SetText(s) }
	in.title.OnSubmitted = func(string) { in.apply() }
	in.titlePreview.SetMaxLines(2)
	in.date = widget.NewEntry()
	in.date.SetPlaceHolder(tr("e.g. 2025-06-24, March 2025, 25 juin 2025, مارس 2025, 2024-07-26/2024-08-11"))
	in.date.OnChanged = in.onDateTyped
	in.date.OnSubmitted = func(string) { in.apply() }
	in.dateInfo = textview.NewLabel("")
	in.dateInfo.SetMaxLines(3)
	in.precision = widget.NewSelect(translated(precisionChoices), nil)
	in.precision.OnChanged = func(string) {
		if i := in.precision.SelectedIndex(); i >= 0 {
			in.onPrecision(precisionChoices[i])
		}
	}
	in.statusLabel = textview.NewLabel("")
	in.tags = widget.NewEntry()
	in.tags.SetPlaceHolder(tr("tags, separated by commas"))
	in.tags.OnSubmitted = func(string) { in.apply() }
	var names []string
	for _, c := range colourChoices {
		names = append(names, tr(c.name))
	}
	in.colour = widget.NewSelect(names, nil)
	in.sourcesHead = widget.NewLabelWithStyle(tr("Sources"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})

	accept := widget.NewButtonWithIcon(tr("Accept (A)"), theme.ConfirmIcon(), func() { in.setStatus(store.StatusAccepted) })
	reject := widget.NewButtonWithIcon(tr("Reject (R)"), theme.CancelIcon(), func() { in.setStatus(store.StatusRejected) })
	apply := widget.NewButtonWithIcon(tr("Apply (Ctrl+S)"), theme.DocumentSaveIcon(), in.apply)
	apply.Importance = widget.HighImportance
	revert := widget.NewButtonWithIcon(tr("Revert"), theme.ContentUndoIcon(), func() { in.show(in.ev, in.srcs) })
	merge := widget.NewButtonWithIcon(tr("Merge with…"), theme.ContentAddIcon(), in.mergeDialog)
	del := widget.NewButtonWithIcon(tr("Delete"), theme.DeleteIcon(), in.delete)
	del.Importance = widget.DangerImportance

	fields := widget.NewForm(
		widget.NewFormItem(tr("Title"), container.NewVBox(in.title, in.titlePreview)),
		widget.NewFormItem(tr("Date"), container.NewVBox(in.date, in.dateInfo)),
		widget.NewFormItem(tr("Precision"), in.precision),
		widget.NewFormItem(tr("Tags"), in.tags),
		widget.NewFormItem(tr("Colour"), in.colour),
		widget.NewFormItem(tr("Status"), container.NewBorder(nil, nil, nil, container.NewHBox(accept, reject), in.statusLabel)),
	)
	in.form = container.NewVBox(fields,
		container.NewHBox(apply, revert, layout.NewSpacer(), merge, del),
		widget.NewSeparator(), in.sourcesHead, in.sources)
	in.form.Hide()
	return in
}

func (in *inspector) object() fyne.CanvasObject {
	return container.NewVScroll(container.NewVBox(in.empty, in.form))
}

// show fills the inspector with ev (nil: nothing selected) and its sources.
func (in *inspector) show(ev *store.Event, srcs []store.Source) {
	in.ev, in.srcs = ev, srcs
	if ev == nil {
		in.form.Hide()
		in.empty.Show()
		return
	}
	in.empty.Hide()
	in.form.Show()
	in.title.SetText(ev.Title)
	in.titlePreview.SetText(ev.Title)
	in.date.SetText(formatDate(*ev))
	in.parsed = &parsedDate{start: ev.Start, end: ev.End, precision: ev.Precision, value: ev.Value}
	in.dateInfo.SetText(describeInterval(ev.Start, ev.End, ev.Precision))
	in.selectPrecision(ev.Precision)
	in.statusLabel.SetText(statusText(ev.Status, ev.Confidence))
	in.tags.SetText(strings.Join(ev.Tags, ", "))
	in.colour.SetSelectedIndex(0)
	for i, c := range colourChoices {
		if c.hex == ev.Color {
			in.colour.SetSelectedIndex(i)
		}
	}
	in.sourcesHead.SetText(fmt.Sprintf("%s (%d)", tr("Sources"), len(srcs)))
	in.sources.RemoveAll()
	for _, s := range srcs {
		in.sources.Add(in.sourceCard(s, len(srcs) > 1))
	}
}

func statusText(status string, confidence float64) string {
	if status == store.StatusAuto {
		return fmt.Sprintf("%s · %.0f%%", tr(status), confidence*100)
	}
	return tr(status)
}

// sourceCard shows one supporting passage; tapping it opens it in the
// source pane.
func (in *inspector) sourceCard(s store.Source, canSplit bool) fyne.CanvasObject {
	title := textview.NewLabel(s.DocumentTitle)
	title.SetBold(true)
	title.SetTruncate(true)
	passage := textview.NewLabel(s.Passage)
	passage.SetMaxLines(4)
	passage.SetTruncate(true)
	open := widget.NewButtonWithIcon(tr("Open"), theme.VisibilityIcon(), func() { in.a.showSource(s) })
	buttons := container.NewHBox(open)
	if canSplit {
		buttons.Add(widget.NewButtonWithIcon(tr("Split off"), theme.ContentCutIcon(), func() { in.split(s) }))
	}
	return container.NewVBox(newTapBox(container.NewVBox(title, passage), func() { in.a.showSource(s) }),
		buttons, widget.NewSeparator())
}

func (in *inspector) onDateTyped(s string) {
	p, msg := in.a.parseUserDate(s, in.dct())
	in.parsed = p
	in.dateInfo.SetText(msg)
	if p != nil {
		in.dateInfo.SetColor(nil)
		in.selectPrecision(p.precision)
	} else {
		in.dateInfo.SetColor(theme.Color(theme.ColorNameWarning))
	}
}

// selectPrecision shows p in the precision choice without re-quantising.
func (in *inspector) selectPrecision(p string) {
	for i, c := range precisionChoices {
		if c == p {
			cb := in.precision.OnChanged
			in.precision.OnChanged = nil
			in.precision.SetSelectedIndex(i)
			in.precision.OnChanged = cb
			return
		}
	}
}

// dct is the reference date for relative dates typed in the inspector: the
// first source document's, else today.
func (in *inspector) dct() time.Time {
	if in.a.source.doc.DCT.IsZero() {
		return time.Now().UTC().Truncate(24 * time.Hour)
	}
	return in.a.source.doc.DCT
}

// onPrecision re-quantises the typed interval to the chosen precision.
func (in *inspector) onPrecision(p string) {
	if in.parsed == nil || p == in.parsed.precision {
		return
	}
	start, end := quantise(in.parsed.start, p)
	in.parsed = &parsedDate{start: start, end: end, precision: p}
	in.dateInfo.SetText(describeInterval(start, end, p))
}

// quantise gives the period of precision p that holds t.
func quantise(t time.Time, p string) (time.Time, time.Time) {
	y, m, d := t.Date()
	switch p {
	case "minute":
		s := t.Truncate(time.Minute)
		return s, s.Add(time.Minute)
	case "hour":
		s := t.Truncate(time.Hour)
		return s, s.Add(time.Hour)
	case "week":
		s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		s = s.AddDate(0, 0, -((int(s.Weekday()) + 6) % 7))
		return s, s.AddDate(0, 0, 7)
	case "month":
		s := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 1, 0)
	case "quarter":
		s := time.Date(y, (m-1)/3*3+1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(0, 3, 0)
	case "year":
		s := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(1, 0, 0)
	case "decade":
		s := time.Date(y-((y%10)+10)%10, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(10, 0, 0)
	case "century":
		s := time.Date(y-((y%100)+100)%100, 1, 1, 0, 0, 0, 0, time.UTC)
		return s, s.AddDate(100, 0, 0)
	}
	s := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return s, s.AddDate(0, 0, 1)
}

// parseUserDate reads a date typed by the user in any of the three
// languages: ISO values and ranges first, then whatever the tagger finds,
// resolved against dct. It returns nil and a message saying what to type
// when nothing fits.
func (a *App) parseUserDate(s string, dct time.Time) (*parsedDate, string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil, tr("Type a date")
	}
	if p, ok := intervalOf(strings.ReplaceAll(strings.ReplaceAll(s, " – ", "/"), " - ", "/")); ok {
		return p, describeInterval(p.start, p.end, p.precision)
	}
	// A few words are too short to tell the language: try each, keep the
	// reading that understands the most of what was typed.
	var best *parsedDate
	bestLen := 0
	for _, lang := range []string{"ar", "fr", "en"} {
		res := a.im.Tagger.Extract(s, extract.Options{Lang: lang, DCT: dct})
		for _, t := range res.Timexes {
			if t.Type != "DATE" && t.Type != "TIME" {
				continue
			}
			p, ok := intervalOf(t.Value)
			if !ok {
				continue
			}
			if n := t.End - t.Start; n > bestLen {
				best, bestLen = p, n
			}
		}
	}
	if best == nil {
		return nil, tr("Not understood: write e.g. 2025-06-24, 2025-03, 2024-07-26/2024-08-11, \"March 2025\" or \"مارس 2025\"")
	}
	msg := describeInterval(best.start, best.end, best.precision)
	if bestLen < utf8.RuneCountInString(s)/2 {
		msg += " " + tr("(only part of what you typed was understood)")
	}
	return best, msg
}

func intervalOf(v string) (*parsedDate, bool) {
	start, end, p, ok := extract.Interval(v)
	if !ok {
		return nil, false
	}
	return &parsedDate{start: start, end: end, precision: p, value: v}, true
}

// describeInterval is the feedback under the date entry.
func describeInterval(start, end time.Time, precision string) string {
	return "→ " + timeline.FormatInterval(start, end, precision) + " · " + tr(precision)
}

// apply writes the edited fields as one undoable step.
func (in *inspector) apply() {
	if in.ev == nil {
		return
	}
	if in.parsed == nil {
		in.a.showInfo(tr("Date not understood"), in.dateInfo.Text())
		return
	}
	e := *in.ev
	e.Title = strings.TrimSpace(in.title.Text)
	if e.Title == "" {
		in.a.showInfo(tr("Title missing"), tr("An event needs a title: type a short phrase."))
		return
	}
	e.Start, e.End, e.Precision = in.parsed.start, in.parsed.end, in.parsed.precision
	if in.parsed.value != "" {
		e.Value = in.parsed.value
	}
	e.Status = store.StatusEdited
	if i := in.colour.SelectedIndex(); i >= 0 {
		e.Color = colourChoices[i].hex
	}
	tags := splitTags(in.tags.Text)
	unchanged := e.Title == in.ev.Title && e.Start.Equal(in.ev.Start) && e.End.Equal(in.ev.End) &&
		e.Precision == in.ev.Precision && e.Color == in.ev.Color && strings.Join(tags, ",") == strings.Join(in.ev.Tags, ",")
	if unchanged {
		return
	}
	in.a.changeEvents(tr("edit event"), []int64{e.ID}, func(ctx context.Context) ([]int64, error) {
		if err := in.a.st.UpdateEvent(ctx, e); err != nil {
			return nil, err
		}
		return nil, in.a.st.SetEventTags(ctx, e.ID, tags)
	}, nil)
}

func splitTags(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == '،' || r == ';' }) {
		t = strings.TrimSpace(t)
		if t != "" && !seen[strings.ToLower(t)] {
			seen[strings.ToLower(t)] = true
			out = append(out, t)
		}
	}
	sort.Strings(out)
	return out
}

func (in *inspector) setStatus(status string) {
	if in.ev == nil {
		return
	}
	in.a.setStatus(in.ev.ID, status)
}

// setStatus accepts or rejects an event, undoably.
func (a *App) setStatus(id int64, status string) {
	a.changeEvents(tr(status), []int64{id}, func(ctx context.Context) ([]int64, error) {
		return nil, a.st.SetEventStatus(ctx, id, status)
	}, nil)
}

func (in *inspector) delete() {
	if in.ev == nil {
		return
	}
	id := in.ev.ID
	in.a.changeEvents(tr("delete event"), []int64{id}, func(ctx context.Context) ([]int64, error) {
		return nil, in.a.st.DeleteEvent(ctx, id)
	}, func() {
		in.a.selectEvent(0, originCommand)
		in.a.status.set(tr("Event deleted. Ctrl+Z brings it back."))
	})
}

func (in *inspector) split(s store.Source) {
	if in.ev == nil {
		return
	}
	id := in.ev.ID
	in.a.changeEvents(tr("split event"), []int64{id}, func(ctx context.Context) ([]int64, error) {
		newID, err := in.a.st.SplitSource(ctx, id, s.ID)
		return []int64{newID}, err
	}, nil)
}

// mergeDialog lets the user pick an event to fold into the selected one,
// among those within a month of it.
func (in *inspector) mergeDialog() {
	if in.ev == nil {
		return
	}
	target := *in.ev
	spawn(func() {
		evs, err := in.a.st.Events(in.a.ctx, store.EventFilter{From: target.Start.AddDate(0, -1, 0), To: target.End.AddDate(0, 1, 0), Limit: 200})
		if err != nil {
			in.a.showError(tr("read events"), err)
			return
		}
		runUI(func() {
			var d dialog.Dialog
			rows := container.NewVBox()
			for _, e := range evs {
				if e.ID == target.ID {
					continue
				}
				e := e
				rows.Add(newTapRow(formatDate(e), e.Title, func() {
					d.Hide()
					in.a.merge(target.ID, e.ID)
				}))
			}
			if len(rows.Objects) == 0 {
				rows.Add(widget.NewLabel(tr("No other event within a month of this one.")))
			}
			scroll := container.NewVScroll(rows)
			scroll.SetMinSize(fyne.NewSize(520, 320))
			d = dialog.NewCustom(tr("Merge into the selected event"), tr("Cancel"), scroll, in.a.win)
			d.Show()
		})
	})
}

// merge folds event from into event into, undoably.
func (a *App) merge(into, from int64) {
	a.changeEvents(tr("merge events"), []int64{into, from}, func(ctx context.Context) ([]int64, error) {
		return nil, a.st.MergeEvents(ctx, into, from)
	}, func() { a.selectEvent(into, originCommand) })
}
