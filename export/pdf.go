package export

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"math"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"

	"zaman/text"
	"zaman/timeline"
)

// PDF pages are drawn in units of the timeline (about 0.27 mm, so that the
// widget's 13-unit labels are 10 pt) and rasterised at pdfScale pixels per
// unit (about 190 dpi).
const (
	pdfUnitsPerMM = 1120.0 / 297
	pdfScale      = 2
	pdfMaxAuto    = 8 // pages tried when Options.Pages is 0
)

// pageSize returns the landscape page in millimetres.
func pageSize(name string) (w, h float64) {
	if strings.EqualFold(name, "A3") {
		return 420, 297
	}
	return 297, 210
}

// WritePDF writes tl as a landscape PDF: the range tiled across pages, one
// timeline per page (the title, the part of the range and the legend on
// each), then the numbered source notes on as many pages as they need.
// Everything is drawn by the timeline renderer and package text and placed
// as images, because the PDF library cannot shape Arabic; the document's
// title metadata is set. It returns the number of pages.
func WritePDF(w io.Writer, tl *Timeline, o Options) (pages int, err error) {
	if err := o.Check(); err != nil {
		return 0, err
	}
	o = o.withDefaults()
	o.Scale = pdfScale
	pw, ph := pageSize(o.Page)
	uw, uh := float32(pw*pdfUnitsPerMM), float32(ph*pdfUnitsPerMM)
	k := o.Scale
	margin := float32(10 * pdfUnitsPerMM)
	cw := uw - 2*margin

	// The header of a timeline page, the legend below it: measured once.
	header := func(p *picture, d *decor, i, n int, from, to time.Time) float32 {
		y := margin * k
		sub := fmt.Sprintf("%s · page %d of %d", timeline.FormatInterval(from, to, "day"), i+1, n)
		if o.Title != "" {
			return d.title(o.Title, sub, margin*k, y, cw*k) + 8*k
		}
		return d.line(sub, margin*k, y, cw*k, 12*k, o.Theme.AxisTextDim, text.AlignLeft) + 8*k
	}
	legendH := float32(0)
	if o.Legend {
		probe := &decor{s: &timeline.Scene{}, k: k, th: o.Theme}
		legendH = (probe.legend(tl, 0, 0, cw*k) + 10*k) / k
	}
	probe := &picture{deco: &timeline.Scene{}}
	headH := header(probe, &decor{s: probe.deco, k: k, th: o.Theme}, 0, 1, tl.From, tl.To) / k
	bandH := uh - headH - legendH - margin
	if bandH < 150 {
		return 0, fmt.Errorf("the title leaves no room for the timeline on a %s page: shorten it or use A3", strings.ToUpper(o.Page))
	}

	// Tiles: as many as asked, or the fewest on which no label is left out.
	tiles := func(n int) ([]*timeline.Scene, []Note, int) {
		num := numbering{}
		var scenes []*timeline.Scene
		var notes []Note
		overflow := 0
		span := tl.To.Sub(tl.From)
		for i := 0; i < n; i++ {
			from := tl.From.Add(time.Duration(float64(span) * float64(i) / float64(n)))
			to := tl.From.Add(time.Duration(float64(span) * float64(i+1) / float64(n)))
			s, ns := buildScene(tl, from, to, cw, bandH, o, num)
			scenes = append(scenes, s)
			overflow += s.Overflow
			for _, nt := range ns {
				if !containsNote(notes, nt.N) {
					notes = append(notes, nt)
				}
			}
		}
		return scenes, notes, overflow
	}
	n := o.Pages
	var scenes []*timeline.Scene
	var notes []Note
	if n > 0 {
		scenes, notes, _ = tiles(n)
	} else {
		best := math.MaxInt
		for try := 1; try <= pdfMaxAuto; try++ {
			s, ns, over := tiles(try)
			if over < best {
				best, n, scenes, notes = over, try, s, ns
			}
			if over == 0 {
				break
			}
		}
	}
	if len(notes) > o.MaxNotes {
		notes = notes[:o.MaxNotes]
	}

	doc := fpdf.New("L", "mm", strings.ToUpper(orDefault(o.Page, "A4")), "")
	doc.SetAutoPageBreak(false, 0)
	doc.SetMargins(0, 0, 0)
	doc.SetCreator("Zaman", true)
	doc.SetProducer("Zaman (go-pdf/fpdf)", true)
	if o.Title != "" {
		doc.SetTitle(o.Title, true)
	}
	// Fixed dates: the same data gives the same file.
	doc.SetCreationDate(time.Unix(0, 0).UTC())
	doc.SetModificationDate(time.Unix(0, 0).UTC())
	addPage := func(p *picture) error {
		var buf bytes.Buffer
		enc := png.Encoder{CompressionLevel: png.BestSpeed}
		if err := enc.Encode(&buf, p.image()); err != nil {
			return err
		}
		name := fmt.Sprintf("page%d", pages)
		doc.AddPage()
		doc.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
		doc.ImageOptions(name, 0, 0, pw, ph, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
		pages++
		return doc.Error()
	}
	span := tl.To.Sub(tl.From)
	for i, s := range scenes {
		from := tl.From.Add(time.Duration(float64(span) * float64(i) / float64(n)))
		to := tl.From.Add(time.Duration(float64(span) * float64(i+1) / float64(n)))
		p := &picture{W: uw * k, H: uh * k, k: k, bg: o.Theme.Background, deco: &timeline.Scene{Width: uw * k, Height: uh * k, Background: o.Theme.Background}}
		d := &decor{s: p.deco, k: k, th: o.Theme, docs: tl.Docs}
		y := header(p, d, i, n, from, to)
		p.sceneY = float32(math.Round(float64(y)))
		// The scene is as wide as the text column: shift it by the margin.
		p.scene, p.sceneX = s, float32(math.Round(float64(margin*k)))
		if o.Legend {
			d.legend(tl, margin*k, p.sceneY+s.Height+10*k, cw*k)
		}
		if err := addPage(p); err != nil {
			return 0, err
		}
	}
	if o.Notes && len(notes) > 0 {
		for _, np := range notePages(notes, uw, uh, margin, k, o.Theme, tl) {
			if err := addPage(np); err != nil {
				return 0, err
			}
		}
	}
	if err := doc.Output(w); err != nil {
		return 0, err
	}
	return pages, nil
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func containsNote(ns []Note, n int) bool {
	for _, x := range ns {
		if x.N == n {
			return true
		}
	}
	return false
}

// notePages flows the notes into columns, top to bottom and column after
// column, on as many pages as they need.
func notePages(notes []Note, uw, uh, margin, k float32, th *timeline.Theme, tl *Timeline) []*picture {
	width := (uw - 2*margin) * k
	cols := max(1, int((width+noteColGap*k)/((noteMinCol+noteColGap)*k)))
	colW := (width - float32(cols-1)*noteColGap*k) / float32(cols)
	var pages []*picture
	var p *picture
	var d *decor
	col, top, y := 0, float32(0), float32(0)
	bottom := (uh - margin) * k
	newPage := func() {
		p = &picture{W: uw * k, H: uh * k, k: k, bg: th.Background,
			deco: &timeline.Scene{Width: uw * k, Height: uh * k, Background: th.Background}}
		d = &decor{s: p.deco, k: k, th: th, docs: tl.Docs}
		heading := "Sources"
		if len(pages) > 0 {
			heading = "Sources (continued)"
		}
		top = d.line(heading, margin*k, margin*k, width, 15*k, th.Text, text.AlignLeft) + 8*k
		y, col = top, 0
		pages = append(pages, p)
	}
	newPage()
	for _, n := range notes {
		nl := d.layNote(n, colW)
		if y > top && y+nl.h > bottom {
			col++
			y = top
			if col == cols {
				newPage()
			}
		}
		d.putNote(nl, margin*k+float32(col)*(colW+noteColGap*k), y)
		y += nl.h
	}
	return pages
}
