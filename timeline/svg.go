package timeline

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"strings"
)

// WriteSVG writes s as a standalone SVG document. Text stays text: every
// label becomes <text> elements, one per bidi run as laid out by package
// text, with direction="rtl" and unicode-bidi="embed" on right-to-left runs,
// so the file is searchable and Arabic is shaped by the viewer.
func WriteSVG(w io.Writer, s *Scene) error {
	bw := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(bw, format, a...) }
	p(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	p(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(s.Width), num(s.Height), num(s.Width), num(s.Height))
	p(`<rect width="100%%" height="100%%" fill="%s"/>`+"\n", rgb(s.Background))
	writeSVGBody(bw, s, "soft")
	fmt.Fprint(bw, "</svg>\n")
	return bw.Flush()
}

func writeSVGBody(bw *bufio.Writer, s *Scene, id string) {
	p := func(format string, a ...any) { fmt.Fprintf(bw, format, a...) }
	p("<defs>\n")
	for i, pr := range s.Prims {
		if pr.Kind == PrimRect && pr.Soft > 0 && pr.W > 0 {
			f := pr.Soft / pr.W
			p(`<linearGradient id="%s%d" x1="0" x2="1" y1="0" y2="0">`, id, i)
			p(`<stop offset="0" stop-color="%s" stop-opacity="0"/>`, rgb(pr.Fill))
			p(`<stop offset="%s" stop-color="%s" stop-opacity="%s"/>`, num(f), rgb(pr.Fill), alpha(pr.Fill))
			p(`<stop offset="%s" stop-color="%s" stop-opacity="%s"/>`, num(1-f), rgb(pr.Fill), alpha(pr.Fill))
			p(`<stop offset="1" stop-color="%s" stop-opacity="0"/>`, rgb(pr.Fill))
			p("</linearGradient>\n")
		}
	}
	p("</defs>\n")
	for i, pr := range s.Prims {
		switch pr.Kind {
		case PrimRect:
			// Clip huge off-view extents, which some viewers mishandle.
			x0, x1 := max(pr.X, -10), min(pr.X+pr.W, s.Width+10)
			if x1 <= x0 || pr.H <= 0 {
				continue
			}
			fill := paint(pr.Fill)
			if pr.Soft > 0 {
				// The gradient is defined over the full rect.
				x0, x1 = pr.X, pr.X+pr.W
				fill = fmt.Sprintf(`fill="url(#%s%d)"`, id, i)
			}
			p(`<rect x="%s" y="%s" width="%s" height="%s"`, num(x0), num(pr.Y), num(x1-x0), num(pr.H))
			if pr.Radius > 0 {
				p(` rx="%s"`, num(pr.Radius))
			}
			p(` %s%s/>`+"\n", fill, stroke(pr))
		case PrimCircle:
			p(`<circle cx="%s" cy="%s" r="%s" %s%s/>`+"\n", num(pr.X), num(pr.Y), num(pr.W), paint(pr.Fill), stroke(pr))
		case PrimLine:
			p(`<line x1="%s" y1="%s" x2="%s" y2="%s"%s/>`+"\n", num(pr.X), num(pr.Y), num(pr.X+pr.W), num(pr.Y+pr.H), stroke(pr))
		}
	}
	for _, t := range s.Texts {
		if t.Layout == nil {
			continue
		}
		for _, r := range t.Layout.Glyphs() {
			if r.Text == "" || strings.TrimSpace(r.Text) == "" {
				continue
			}
			family := xmlEscape(r.Face) + ", sans-serif"
			weight := ""
			if r.Bold {
				weight = ` font-weight="bold"`
			}
			// Anchored at the middle of the run, which is the same whatever
			// the direction, so the viewer's own metrics cannot shift it.
			p(`<text x="%s" y="%s" font-family="%s" font-size="%s"%s fill="%s"%s text-anchor="middle"`,
				num(t.X+r.X+r.Advance/2), num(t.Y+r.Y), family, num(r.Size), weight, rgb(t.Color), opacity(t.Color))
			if r.RTL {
				p(` direction="rtl" unicode-bidi="embed"`)
			}
			p(">%s</text>\n", xmlEscape(r.Text))
		}
	}
	if s.Overlay != nil {
		writeSVGBody(bw, s.Overlay, id+"o")
	}
}

func num(f float32) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

func rgb(c color.NRGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func alpha(c color.NRGBA) string { return num(float32(c.A) / 255) }

func opacity(c color.NRGBA) string {
	if c.A == 255 {
		return ""
	}
	return ` fill-opacity="` + alpha(c) + `"`
}

func paint(c color.NRGBA) string {
	if c.A == 0 {
		return `fill="none"`
	}
	return `fill="` + rgb(c) + `"` + opacity(c)
}

func stroke(p Prim) string {
	if p.Stroke.A == 0 || p.StrokeW <= 0 {
		return ""
	}
	s := fmt.Sprintf(` stroke="%s" stroke-width="%s"`, rgb(p.Stroke), num(p.StrokeW))
	if p.Stroke.A != 255 {
		s += ` stroke-opacity="` + alpha(p.Stroke) + `"`
	}
	return s
}

func xmlEscape(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
