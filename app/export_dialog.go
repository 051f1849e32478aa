package app

import (
	"context"
	"errors"
	"fmt"
	"image"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"zaman/export"
	"zaman/extract"
	"zaman/store"
)

// Export dialog choices.
const (
	rangeWhole = "Whole timeline"
	rangeView  = "Current view"
	rangeDates = "Dates"
)

// exportScreen is the export dialog: format, range, size, title, notes and
// legend, a live preview of the picture, and a save button that asks for
// the file and exports in the background.
type exportScreen struct {
	a   *App
	dlg dialog.Dialog

	format   *widget.Select
	rng      *widget.RadioGroup
	from, to *widget.Entry
	width    *widget.Entry
	scale    *widget.Select
	page     *widget.Select
	title    *widget.Entry
	notes    *widget.Check
	legend   *widget.Check
	preview  *canvas.Image
	info     *widget.Label
	progress *widget.ProgressBarInfinite
	save     *widget.Button

	viewFrom, viewTo time.Time // the timeline's view when the dialog opened

	mu     sync.Mutex
	gen    int                // preview generation: later requests win
	timer  *time.Timer        // debounces preview requests
	cancel context.CancelFunc // stops the running export
}

// showExportDialog opens the export dialog over the main window. Call it
// on the UI goroutine (a menu item or toolbar action).
func (a *App) showExportDialog() { a.openExportDialog() }

func (a *App) openExportDialog() *exportScreen {
	s := &exportScreen{a: a}
	s.viewFrom, s.viewTo = a.tl.w.View()
	s.dlg = dialog.NewCustomWithoutButtons(tr("Export"), s.buildUI(), a.win)
	s.dlg.SetOnClosed(s.onClosed)
	s.dlg.Resize(fyne.NewSize(980, 640))
	s.dlg.Show()
	s.refreshPreview()
	return s
}

func (s *exportScreen) buildUI() fyne.CanvasObject {
	names := make([]string, len(export.Formats))
	for i, f := range export.Formats {
		names[i] = formatName(f)
	}
	s.format = widget.NewSelect(names, s.onFormatChanged)
	s.format.SetSelectedIndex(0)
	s.rng = widget.NewRadioGroup([]string{tr(rangeWhole), tr(rangeView), tr(rangeDates)}, s.onRangeChanged)
	s.rng.Required = true
	s.from, s.to = widget.NewEntry(), widget.NewEntry()
	s.from.SetPlaceHolder("YYYY-MM-DD")
	s.to.SetPlaceHolder("YYYY-MM-DD")
	s.from.SetText(s.viewFrom.Format("2006-01-02"))
	s.to.SetText(s.viewTo.Format("2006-01-02"))
	s.from.OnChanged = s.onChanged
	s.to.OnChanged = s.onChanged
	s.rng.SetSelected(tr(rangeWhole))
	s.width = widget.NewEntry()
	s.width.SetText("1600")
	s.width.OnChanged = s.onChanged
	s.scale = widget.NewSelect([]string{"1", "1.5", "2", "3", "4"}, func(string) { s.onChanged("") })
	s.scale.SetSelected("1")
	s.page = widget.NewSelect([]string{"A4", "A3"}, func(string) { s.onChanged("") })
	s.page.SetSelected("A4")
	// Fyne's Entry cannot edit Arabic right; the preview below draws the
	// title with package text, as DESIGN.md asks of every such Entry.
	s.title = widget.NewEntry()
	s.title.SetPlaceHolder(tr("Title (optional)"))
	s.title.OnChanged = s.onChanged
	s.notes = widget.NewCheck(tr("Numbered source notes"), func(bool) { s.onChanged("") })
	s.notes.SetChecked(true)
	s.legend = widget.NewCheck(tr("Legend"), func(bool) { s.onChanged("") })
	s.legend.SetChecked(true)

	s.preview = canvas.NewImageFromImage(image.NewRGBA(image.Rect(0, 0, 1, 1)))
	s.preview.FillMode = canvas.ImageFillContain
	s.preview.ScaleMode = canvas.ImageScaleSmooth
	s.preview.SetMinSize(fyne.NewSize(560, 420))
	s.info = widget.NewLabel("")
	s.info.Wrapping = fyne.TextWrapWord
	s.progress = widget.NewProgressBarInfinite()
	s.progress.Stop()
	s.progress.Hide()
	s.save = widget.NewButton(tr("Export…"), s.onSave)
	s.save.Importance = widget.HighImportance
	cancel := widget.NewButton(tr("Close"), func() { s.dlg.Hide() })

	dates := container.NewGridWithColumns(2, s.from, s.to)
	form := widget.NewForm(
		widget.NewFormItem(tr("Format"), s.format),
		widget.NewFormItem(tr("Range"), s.rng),
		widget.NewFormItem(tr("From – to"), dates),
		widget.NewFormItem(tr("Width (px)"), s.width),
		widget.NewFormItem(tr("Scale"), s.scale),
		widget.NewFormItem("PDF page", s.page),
		widget.NewFormItem(tr("Title"), s.title),
		widget.NewFormItem("", s.notes),
		widget.NewFormItem("", s.legend),
	)
	left := container.NewBorder(nil, container.NewVBox(s.info, s.progress, container.NewHBox(cancel, s.save)), nil, nil, form)
	right := container.NewBorder(widget.NewLabel(tr("Preview")), nil, nil, nil, s.preview)
	split := container.NewHSplit(left, right)
	split.SetOffset(0.4)
	s.onRangeChanged(tr(rangeWhole))
	s.onFormatChanged("")
	return split
}

func formatName(f export.Format) string {
	switch f {
	case export.PNG:
		return "PNG image"
	case export.SVG:
		return "SVG image"
	case export.PDF:
		return "PDF document"
	case export.JSON:
		return tr("Zaman data (JSON, everything)")
	case export.CSV:
		return "CSV (events)"
	case export.ICS:
		return "iCalendar (.ics)"
	case export.TimelineJS:
		return tr("TimelineJS (JSON)")
	}
	return string(f)
}

func (s *exportScreen) selectedFormat() export.Format {
	i := s.format.SelectedIndex()
	if i < 0 {
		return export.PNG
	}
	return export.Formats[i]
}

func (s *exportScreen) onFormatChanged(string) {
	if s.page == nil {
		return // building
	}
	f := s.selectedFormat()
	visual := f.Visual()
	for _, w := range []fyne.Disableable{s.width, s.scale, s.notes, s.legend} {
		if visual {
			w.Enable()
		} else {
			w.Disable()
		}
	}
	if f == export.PDF {
		s.page.Enable()
		s.width.Disable()
		s.scale.Disable()
	} else {
		s.page.Disable()
	}
	if f == export.JSON {
		s.rng.Disable() // everything, always
	} else {
		s.rng.Enable()
	}
	s.onChanged("")
}

func (s *exportScreen) onRangeChanged(v string) {
	if s.from == nil {
		return
	}
	if v == tr(rangeDates) {
		s.from.Enable()
		s.to.Enable()
	} else {
		s.from.Disable()
		s.to.Disable()
	}
	s.onChanged("")
}

// onChanged schedules a new preview; typing does not start one per key.
func (s *exportScreen) onChanged(string) {
	if s.preview == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		cancelAfter(s.timer)
	}
	s.timer = after(300*time.Millisecond, func() { runUI(s.refreshPreview) })
}

// request is a snapshot of the dialog's choices, read on the UI goroutine
// and handed to the goroutines.
type request struct {
	format export.Format
	filter store.EventFilter
	opts   export.Options
}

// read collects the choices, or says what to fix.
func (s *exportScreen) read() (request, error) {
	r := request{format: s.selectedFormat(), filter: s.a.filter()}
	r.filter.From, r.filter.To = time.Time{}, time.Time{}
	switch s.rng.Selected {
	case tr(rangeView):
		r.filter.From, r.filter.To = s.viewFrom, s.viewTo
	case tr(rangeDates):
		from, _, _, ok1 := extract.Interval(strings.TrimSpace(s.from.Text))
		_, to, _, ok2 := extract.Interval(strings.TrimSpace(s.to.Text))
		if !ok1 || !ok2 {
			return r, errors.New("write the dates as YYYY, YYYY-MM or YYYY-MM-DD")
		}
		if !from.Before(to) {
			return r, errors.New("the start date is after the end date")
		}
		r.filter.From, r.filter.To = from, to
	}
	w, err := strconv.Atoi(strings.TrimSpace(s.width.Text))
	if err != nil || w < 100 || w > export.MaxWidth {
		return r, fmt.Errorf("width: write a number of pixels from 100 to %d", export.MaxWidth)
	}
	sc, _ := strconv.ParseFloat(s.scale.Selected, 32)
	r.opts = export.Options{Width: float32(w), Scale: float32(sc), Title: s.title.Text, Notes: s.notes.Checked,
		Legend: s.legend.Checked, Page: s.page.Selected}
	return r, r.opts.Check()
}

// refreshPreview draws the picture in the background at about the
// preview's size and shows it, unless a newer request came meanwhile.
func (s *exportScreen) refreshPreview() {
	r, err := s.read()
	if err != nil {
		s.info.SetText(err.Error())
		return
	}
	s.mu.Lock()
	s.gen++
	gen := s.gen
	s.mu.Unlock()
	s.info.SetText(tr("Preparing the preview…"))
	spawn(func() {
		img, msg := s.renderPreview(r)
		runUI(func() {
			s.mu.Lock()
			stale := gen != s.gen
			s.mu.Unlock()
			if stale {
				return
			}
			if img != nil {
				s.preview.Image = img
				s.preview.Refresh()
			}
			s.info.SetText(msg)
		})
	})
}

// renderPreview makes the preview image (nil for data formats) and a line
// about what will be exported. It runs off the UI goroutine.
func (s *exportScreen) renderPreview(r request) (image.Image, string) {
	ctx := s.a.ctx
	if r.format == export.JSON {
		docs, err := s.a.st.Documents(ctx)
		if err != nil {
			return nil, err.Error()
		}
		return nil, fmt.Sprintf(tr("Everything in the database: %d documents with their text, events, sources, tags and notes. It can be imported into another Zaman."), len(docs))
	}
	tl, err := export.Load(ctx, s.a.st, r.filter)
	if err != nil {
		return nil, err.Error()
	}
	msg := fmt.Sprintf("%d events.", len(tl.Events))
	if !r.format.Visual() {
		return nil, msg
	}
	// The picture as it will be, scaled to about 900 pixels wide.
	o := r.opts
	if r.format == export.PDF {
		o.Width = 1120 - 2*10*1120/297 // the A4 text column, in units
		o.Scale = 1
	}
	full := o.Width * o.Scale
	o.Scale = min(o.Scale, 900/o.Width)
	img, err := export.Image(tl, o)
	if err != nil {
		return nil, err.Error()
	}
	if r.format == export.PDF {
		return img, msg + " PDF: the range is tiled across landscape pages, the notes follow."
	}
	return img, fmt.Sprintf("%s The image is %.0f pixels wide.", msg, full)
}

func (s *exportScreen) onSave() {
	r, err := s.read()
	if err != nil {
		s.info.SetText(err.Error())
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			s.a.showError("choose the file", err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		w.Close()
		if f, err := export.FormatOf(path); err != nil || f != r.format {
			path += r.format.Ext()
		}
		s.run(r, path)
	}, s.a.win)
	d.SetFileName("timeline" + r.format.Ext())
	ext := r.format.Ext()
	if r.format == export.TimelineJS {
		ext = ".json" // the filter matches the last extension only
	}
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.Show()
}

// run exports in the background, with progress in the dialog; widgets are
// touched only inside fyne.Do.
func (s *exportScreen) run(r request, path string) {
	ctx, cancel := context.WithCancel(s.a.ctx)
	s.mu.Lock()
	s.cancel = cancel
	s.mu.Unlock()
	s.save.Disable()
	s.progress.Show()
	s.progress.Start()
	s.info.SetText(tr("Exporting to") + " " + path + "…")
	spawn(func() {
		defer cancel()
		msg, err := exportTo(ctx, s.a.st, r, path)
		runUI(func() {
			s.progress.Stop()
			s.progress.Hide()
			s.save.Enable()
			if err != nil {
				s.info.SetText(tr("Not exported") + ": " + err.Error())
				return
			}
			s.info.SetText(msg)
			s.a.status.set(msg)
		})
		if err != nil && !errors.Is(err, context.Canceled) {
			s.a.showError("export", err)
			// The save dialog created the file: leave nothing empty behind.
			if fi, statErr := os.Stat(path); statErr == nil && fi.Size() == 0 {
				os.Remove(path)
			}
		}
	})
}

// exportTo writes the export to path through a temporary file.
func exportTo(ctx context.Context, st *store.Store, r request, path string) (string, error) {
	res, err := export.Export(ctx, st, r.format, r.filter, r.opts, path)
	switch {
	case err != nil:
		return "", err
	case res.Whole:
		return tr("Exported the whole database to") + " " + path, nil
	}
	extra := ""
	if res.Pages > 0 {
		extra = fmt.Sprintf(", %d pages", res.Pages)
	}
	return fmt.Sprintf(tr("Exported %d events to %s%s"), res.Events, path, extra), nil
}

func (s *exportScreen) onClosed() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.timer != nil {
		cancelAfter(s.timer)
	}
	s.gen++ // drop previews still running
	if s.cancel != nil {
		s.cancel()
	}
}
