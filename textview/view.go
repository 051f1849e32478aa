package textview

import (
	"image"
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"zaman/text"
)

// View is a scrollable viewer of a whole document: it wraps the text to its
// width (Arabic paragraphs right-aligned), shows highlighted rune ranges,
// reports taps as rune offsets and lets the user select a range by
// dragging. The text is laid out once per width change, and only the
// visible part is drawn.
type View struct {
	widget.BaseWidget

	// OnTapped is called with the logical rune offset under a tap.
	OnTapped func(rune int)
	// OnSelected is called when a drag selection ends, with the selected
	// rune range [start, end).
	OnSelected func(start, end int)

	text       string
	highlights []text.Highlight
	selStart   int
	selEnd     int
	dragging   bool
	anchor     int
	pending    int // rune to scroll to once laid out, or -1

	lay      *text.Layout
	layWidth float32 // widget width the layout was made for
	layScale float32
	r        *viewRenderer
}

var (
	_ fyne.Widget    = (*View)(nil)
	_ fyne.Tappable  = (*View)(nil)
	_ fyne.Draggable = (*View)(nil)
	_ fyne.Tappable  = (*docArea)(nil)
	_ fyne.Draggable = (*docArea)(nil)
)

// New returns an empty View.
func New() *View {
	v := &View{pending: -1}
	v.ExtendBaseWidget(v)
	return v
}

// SetText replaces the document; the selection is cleared and the view
// scrolls back to the top.
func (v *View) SetText(s string) {
	v.text = s
	v.lay = nil
	v.selStart, v.selEnd = 0, 0
	if v.r != nil {
		v.r.scroll.Offset = fyne.Position{}
	}
	v.Refresh()
}

// Text returns the document shown.
func (v *View) Text() string { return v.text }

// SetHighlights sets the rune ranges drawn with a background colour (for
// example the passages that support the events of a timeline).
func (v *View) SetHighlights(hs []text.Highlight) {
	v.highlights = append(v.highlights[:0], hs...)
	if v.r != nil {
		v.r.raster.Refresh()
	}
}

// Selection returns the selected rune range [start, end); start == end when
// nothing is selected.
func (v *View) Selection() (start, end int) { return v.selStart, v.selEnd }

// ScrollToRune scrolls so that rune i is visible, in the middle of the view
// when the document is long enough. Before the view has a size, the scroll
// happens at its first layout.
func (v *View) ScrollToRune(i int) {
	if v.r == nil || v.lay == nil || v.Size().Height <= 0 {
		v.pending = i
		return
	}
	v.r.scroll.ScrollToOffset(fyne.NewPos(0, v.offsetFor(i)))
	v.r.raster.Refresh()
}

// offsetFor returns the scroll offset that centres rune i.
func (v *View) offsetFor(i int) float32 {
	c := v.lay.CaretRect(i)
	p := v.padding()
	y := p + (c.Y+c.H/2)/v.layScale
	off := y - v.Size().Height/2
	maxOff := v.docHeight() - v.Size().Height
	return float32(math.Max(0, math.Min(float64(off), float64(maxOff))))
}

// Tapped is part of fyne.Tappable; the position is relative to the view.
func (v *View) Tapped(e *fyne.PointEvent) { v.tapAt(v.docPoint(e.Position)) }

// Dragged is part of fyne.Draggable: it extends the selection.
func (v *View) Dragged(e *fyne.DragEvent) {
	v.dragTo(v.docPoint(e.Position), v.docPoint(e.Position.Subtract(e.Dragged)))
}

// DragEnd is part of fyne.Draggable: it reports the selection.
func (v *View) DragEnd() {
	v.dragging = false
	if v.selStart < v.selEnd && v.OnSelected != nil {
		v.OnSelected(v.selStart, v.selEnd)
	}
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	r := &viewRenderer{v: v}
	r.doc = &docArea{v: v}
	r.doc.ExtendBaseWidget(r.doc)
	r.scroll = container.NewVScroll(r.doc)
	r.scroll.OnScrolled = func(fyne.Position) { r.raster.Refresh() }
	r.raster = canvas.NewRaster(r.draw)
	v.r = r
	return r
}

func (v *View) padding() float32  { return v.Theme().Size(theme.SizeNameInnerPadding) }
func (v *View) textSize() float32 { return v.Theme().Size(theme.SizeNameText) }

// docPoint converts a position relative to the view into document (scroll
// content) coordinates.
func (v *View) docPoint(p fyne.Position) fyne.Position {
	if v.r != nil {
		p = p.Add(v.r.scroll.Offset)
	}
	return p
}

// layoutPoint converts document coordinates into layout pixels.
func (v *View) layoutPoint(p fyne.Position) (x, y float32) {
	pad := v.padding()
	return (p.X - pad) * v.layScale, (p.Y - pad) * v.layScale
}

func (v *View) tapAt(p fyne.Position) {
	if v.ensureLayout() == nil {
		return
	}
	if v.selStart != v.selEnd {
		v.selStart, v.selEnd = 0, 0
		v.r.raster.Refresh()
	}
	if v.OnTapped != nil && v.lay.Len() > 0 {
		v.OnTapped(v.lay.HitTest(v.layoutPoint(p)))
	}
}

func (v *View) dragTo(cur, start fyne.Position) {
	if v.ensureLayout() == nil {
		return
	}
	if !v.dragging {
		v.dragging = true
		v.anchor = v.lay.Caret(v.layoutPoint(start))
	}
	c := v.lay.Caret(v.layoutPoint(cur))
	v.selStart, v.selEnd = min(v.anchor, c), max(v.anchor, c)
	if v.r != nil {
		v.r.raster.Refresh()
	}
}

// canvasScale returns the scale of the canvas showing the view, 1 when it is
// not shown yet.
func (v *View) canvasScale() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil && c.Scale() > 0 {
		return c.Scale()
	}
	return 1
}

// ensureLayout lays the document out for the current width and canvas
// scale, if it has not been already.
func (v *View) ensureLayout() *text.Layout {
	return v.layoutFor(v.Size().Width, v.canvasScale())
}

func (v *View) layoutFor(width, scale float32) *text.Layout {
	if width <= 0 {
		return v.lay
	}
	if v.lay != nil && v.layWidth == width && math.Abs(float64(v.layScale-scale)) < 0.01 {
		return v.lay
	}
	pad := v.padding()
	// Not text.Lay: a document is too large for the shared cache, and the
	// view keeps its own layout anyway.
	v.lay = text.New(v.text, text.Options{Size: v.textSize() * scale, Width: max((width-2*pad)*scale, 1)})
	v.layWidth, v.layScale = width, scale
	return v.lay
}

// docHeight returns the height of the laid-out document with its padding.
func (v *View) docHeight() float32 {
	if v.lay == nil {
		return 0
	}
	_, h := v.lay.Size()
	return h/v.layScale + 2*v.padding()
}

// docArea is the scroll content: as tall as the document, transparent, it
// takes pointer events (it is the deepest object under the pointer) and
// passes them to the view in document coordinates.
type docArea struct {
	widget.BaseWidget
	v *View
}

func (d *docArea) CreateRenderer() fyne.WidgetRenderer { return &docRenderer{d} }

func (d *docArea) Tapped(e *fyne.PointEvent) { d.v.tapAt(e.Position) }

func (d *docArea) Dragged(e *fyne.DragEvent) {
	d.v.dragTo(e.Position, e.Position.Subtract(e.Dragged))
}

func (d *docArea) DragEnd() { d.v.DragEnd() }

type docRenderer struct{ d *docArea }

func (r *docRenderer) Layout(fyne.Size)             {}
func (r *docRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, r.d.v.docHeight()) }
func (r *docRenderer) Refresh()                     {}
func (r *docRenderer) Objects() []fyne.CanvasObject { return nil }
func (r *docRenderer) Destroy()                     {}

// viewRenderer draws the visible window of the document into a raster of
// the view's size, under a vertical scroll container whose (transparent)
// content is as tall as the document.
type viewRenderer struct {
	v      *View
	raster *canvas.Raster
	doc    *docArea
	scroll *container.Scroll
}

func (r *viewRenderer) Layout(size fyne.Size) {
	v := r.v
	v.layoutFor(size.Width, v.canvasScale())
	if v.pending >= 0 && v.lay != nil && size.Height > 0 {
		r.scroll.Offset = fyne.NewPos(0, v.offsetFor(v.pending))
		v.pending = -1
	}
	r.raster.Resize(size)
	r.scroll.Resize(size)
}

func (r *viewRenderer) MinSize() fyne.Size { return r.scroll.MinSize() }

func (r *viewRenderer) Refresh() {
	r.v.ensureLayout()
	r.scroll.Refresh()
	r.raster.Refresh()
}

func (r *viewRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.raster, r.scroll}
}

func (r *viewRenderer) Destroy() {}

// draw renders the part of the document under the view into a w×h pixel
// image: highlights, then the selection, then the text.
func (r *viewRenderer) draw(w, h int) image.Image {
	v := r.v
	img := image.NewRGBA(image.Rect(0, 0, max(w, 1), max(h, 1)))
	size := v.Size()
	if w <= 0 || h <= 0 || size.Width <= 0 {
		return img
	}
	lay := v.layoutFor(size.Width, float32(w)/size.Width)
	if lay == nil {
		return img
	}
	s := v.layScale
	pad := v.padding()
	ox, oy := pad*s, (pad-r.scroll.Offset.Y)*s
	th := v.Theme()
	variant := fyne.CurrentApp().Settings().ThemeVariant()
	hs := v.highlights
	if v.selStart < v.selEnd {
		hs = append(hs[:len(hs):len(hs)], text.Highlight{Start: v.selStart, End: v.selEnd, Color: th.Color(theme.ColorNameSelection, variant)})
	}
	lay.DrawHighlights(img, ox, oy, hs)
	lay.Draw(img, ox, oy, th.Color(theme.ColorNameForeground, variant))
	lay.DrawHighlightedText(img, ox, oy, hs)
	return img
}
