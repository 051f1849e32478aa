package textview

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/text"
)

// Label shows one line (or up to MaxLines lines) of document-derived text.
// Text that does not fit ends with an ellipsis on its end side (the left
// for Arabic). It can serve as the template object of widget.List rows.
type Label struct {
	widget.BaseWidget

	text     string
	col      color.Color // nil: theme foreground
	bold     bool
	align    text.Align
	maxLines int
	truncate bool
	size     float32 // 0: theme text size
}

var _ fyne.Widget = (*Label)(nil)

// NewLabel returns a one-line label showing s.
func NewLabel(s string) *Label {
	l := &Label{text: s, maxLines: 1}
	l.ExtendBaseWidget(l)
	return l
}

// Text returns the text shown.
func (l *Label) Text() string { return l.text }

// SetText changes the text shown.
func (l *Label) SetText(s string) {
	if s == l.text {
		return
	}
	l.text = s
	l.Refresh()
}

// SetColor sets the text colour; nil follows the theme's foreground colour.
func (l *Label) SetColor(c color.Color) {
	l.col = c
	l.Refresh()
}

// SetBold switches between the regular and the bold faces.
func (l *Label) SetBold(b bool) {
	l.bold = b
	l.Refresh()
}

// SetAlign sets the alignment; text.AlignAuto (the default) aligns each
// paragraph on its start side: right for Arabic.
func (l *Label) SetAlign(a text.Align) {
	l.align = a
	l.Refresh()
}

// SetMaxLines sets the number of lines; with more than one, text wraps at
// the label's width and the label asks for that many lines of height.
func (l *Label) SetMaxLines(n int) {
	l.maxLines = max(n, 1)
	l.Refresh()
}

// SetTruncate makes the label's minimum width small, so that it can be
// narrower than its text (which is then cut with an ellipsis). Without it
// the label asks for the width of its whole text.
func (l *Label) SetTruncate(t bool) {
	l.truncate = t
	l.Refresh()
}

// SetTextSize sets the text size in Fyne units; 0 follows the theme.
func (l *Label) SetTextSize(s float32) {
	l.size = s
	l.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (l *Label) CreateRenderer() fyne.WidgetRenderer {
	r := &labelRenderer{l: l}
	r.raster = canvas.NewRaster(r.draw)
	return r
}

func (l *Label) textSize() float32 {
	if l.size > 0 {
		return l.size
	}
	return l.Theme().Size(theme.SizeNameText)
}

func (l *Label) padding() float32 { return l.Theme().Size(theme.SizeNameInnerPadding) }

func (l *Label) foreground() color.Color {
	if l.col != nil {
		return l.col
	}
	return l.Theme().Color(theme.ColorNameForeground, fyne.CurrentApp().Settings().ThemeVariant())
}

type labelRenderer struct {
	l      *Label
	raster *canvas.Raster
}

func (r *labelRenderer) Layout(size fyne.Size) { r.raster.Resize(size) }

// MinSize is the size of the text laid out at scale 1 without wrapping
// (cached by text.Lay), plus the theme's inner padding.
func (r *labelRenderer) MinSize() fyne.Size {
	l := r.l
	lay := text.Lay(l.text, text.Options{Size: l.textSize(), Bold: l.bold, MaxLines: l.maxLines})
	w, h := lay.Size()
	if l.maxLines > 1 {
		h = float32(l.maxLines) * lay.LineHeight()
	}
	if l.truncate {
		w = min(w, 2*l.textSize())
	}
	p := l.padding()
	// Slack for rounding: the raster is a whole number of pixels and text
	// laid out at another scale does not scale exactly, so a label given
	// exactly its width could otherwise end in an ellipsis.
	const slack = 2
	return fyne.NewSize(w+2*p+slack, h+2*p)
}

func (r *labelRenderer) Refresh() { r.raster.Refresh() }

func (r *labelRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.raster} }

func (r *labelRenderer) Destroy() {}

// draw lays the text out at the raster's pixel size (w, h) and draws it,
// vertically centred.
func (r *labelRenderer) draw(w, h int) image.Image {
	l := r.l
	size := l.Size()
	if w <= 0 || h <= 0 || size.Width <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	scale := float32(w) / size.Width
	pad := l.padding() * scale
	lay := text.Lay(l.text, text.Options{
		Size: l.textSize() * scale, Bold: l.bold, Align: l.align, MaxLines: l.maxLines,
		Width: max(float32(w)-2*pad, 1),
	})
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	_, lh := lay.Size()
	y := (float32(h) - lh) / 2
	if y < 0 {
		y = 0
	}
	lay.Draw(img, pad, y, l.foreground())
	return img
}
