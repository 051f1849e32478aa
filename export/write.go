package export

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"

	"zaman/store"
	"zaman/timeline"
)

// Format is an export or import format.
type Format string

// Formats.
const (
	PNG        Format = "png"
	SVG        Format = "svg"
	PDF        Format = "pdf"
	JSON       Format = "json" // Zaman's lossless JSON
	CSV        Format = "csv"
	ICS        Format = "ics"
	TimelineJS Format = "timelinejs" // TimelineJS3 JSON, file name *.timelinejs.json
)

// Formats lists the export formats in the order the user sees them.
var Formats = []Format{PNG, SVG, PDF, JSON, CSV, ICS, TimelineJS}

// Ext is the file name extension of f, with its dot.
func (f Format) Ext() string {
	if f == TimelineJS {
		return ".timelinejs.json"
	}
	return "." + string(f)
}

// Visual reports whether f is a picture of the timeline.
func (f Format) Visual() bool { return f == PNG || f == SVG || f == PDF }

// FormatOf returns the format a file name's extension names.
func FormatOf(name string) (Format, error) {
	low := strings.ToLower(name)
	if strings.HasSuffix(low, ".timelinejs.json") || strings.HasSuffix(low, ".timeline.json") {
		return TimelineJS, nil
	}
	ext := strings.TrimPrefix(filepath.Ext(low), ".")
	for _, f := range Formats {
		if string(f) == ext {
			return f, nil
		}
	}
	return "", fmt.Errorf("cannot write %q files: name the file .png, .svg, .pdf, .json, .csv, .ics or .timelinejs.json", filepath.Ext(name))
}

// WritePNG writes the picture of tl as PNG.
func WritePNG(w io.Writer, tl *Timeline, o Options) error {
	img, err := Image(tl, o)
	if err != nil {
		return err
	}
	enc := png.Encoder{CompressionLevel: png.BestSpeed}
	return enc.Encode(w, img)
}

// WriteSVG writes the picture of tl as SVG: the timeline as
// timeline.WriteSVG writes it, with the title, legend and notes around it,
// every text as <text> runs (direction="rtl" on Arabic runs).
func WriteSVG(w io.Writer, tl *Timeline, o Options) error {
	p, err := compose(tl, o)
	if err != nil {
		return err
	}
	return p.writeSVG(w)
}

func (p *picture) writeSVG(w io.Writer) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	fmt.Fprintf(bw, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s">`+"\n",
		num(p.W), num(p.H), num(p.W), num(p.H))
	// The decor covers the whole picture (its background is the page's);
	// the timeline is a nested <svg> at its place. Gradient ids of the two
	// must differ.
	if err := nestSVG(bw, p.deco, 0, 0, "d"); err != nil {
		return err
	}
	if p.scene != nil {
		if err := nestSVG(bw, p.scene, p.sceneX, p.sceneY, "t"); err != nil {
			return err
		}
	}
	fmt.Fprint(bw, "</svg>\n")
	return bw.Flush()
}

// nestSVG writes s as a nested <svg> element at (x, y), its gradient ids
// prefixed with prefix.
func nestSVG(w io.Writer, s *timeline.Scene, x, y float32, prefix string) error {
	var buf bytes.Buffer
	if err := timeline.WriteSVG(&buf, s); err != nil {
		return err
	}
	b := buf.Bytes()
	if i := bytes.Index(b, []byte("?>")); i >= 0 && bytes.HasPrefix(b, []byte("<?xml")) {
		b = bytes.TrimLeft(b[i+2:], "\n")
	}
	b = bytes.Replace(b, []byte("<svg "), []byte(fmt.Sprintf(`<svg x="%s" y="%s" overflow="hidden" `, num(x), num(y))), 1)
	b = bytes.ReplaceAll(b, []byte(`id="soft`), []byte(`id="`+prefix+`soft`))
	b = bytes.ReplaceAll(b, []byte(`url(#soft`), []byte(`url(#`+prefix+`soft`))
	_, err := w.Write(b)
	return err
}

func num(f float32) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" || s == "" {
		return "0"
	}
	return s
}

// WriteFile writes a file through a temporary file in the same folder and
// a rename, so that a failure never leaves a half-written file at path.
// write gets a buffered writer.
func WriteFile(path string, write func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return fmt.Errorf("cannot write %s: the folder %s does not exist (create it or choose another file)", path, dir)
	}
	tmp, err := os.CreateTemp(dir, ".zaman-export-*")
	if err != nil {
		return fmt.Errorf("cannot write to %s: %w", dir, err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename, removes nothing
	bw := bufio.NewWriterSize(tmp, 1<<16)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// Result says what Export wrote.
type Result struct {
	Whole   bool // the whole database (Zaman JSON)
	Events  int  // events written
	Pages   int  // PDF pages
	Skipped int  // events a format cannot hold (iCalendar: outside years 1–9999)
}

// Export loads what filter selects (everything, for Zaman JSON) and writes
// it to path in format, through a temporary file: the GUI and the command
// line export through it alike.
func Export(ctx context.Context, st *store.Store, format Format, filter store.EventFilter, opts Options, path string) (Result, error) {
	var tl *Timeline
	if format != JSON {
		var err error
		if tl, err = Load(ctx, st, filter); err != nil {
			return Result{}, err
		}
	}
	var res Result
	err := WriteFile(path, func(w io.Writer) error {
		var err error
		switch format {
		case PNG:
			err = WritePNG(w, tl, opts)
		case SVG:
			err = WriteSVG(w, tl, opts)
		case PDF:
			res.Pages, err = WritePDF(w, tl, opts)
		case JSON:
			res.Whole = true
			return WriteJSON(ctx, w, st)
		case CSV:
			err = WriteCSV(w, tl)
		case ICS:
			res.Skipped, err = WriteICS(w, tl)
		case TimelineJS:
			err = WriteTimelineJS(w, tl, opts.Title)
		default:
			return fmt.Errorf("format %s not handled", format)
		}
		res.Events = len(tl.Events)
		return err
	})
	return res, err
}
