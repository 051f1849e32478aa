package cli

import (
	"bufio"
	"context"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"time"

	"zaman/store"
	"zaman/timeline"
)

func (c *command) exportCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("export", "[--db F] --out FILE.(png|svg|json|csv) [--from D] [--to D] [--width N] [--scale S]")
	db := fs.String("db", DefaultDBPath(), "database file")
	out := fs.String("out", "", "output file; its extension chooses the format: png, svg, json or csv")
	from := fs.String("from", "", "start of the range (YYYY, YYYY-MM or YYYY-MM-DD; default: first event)")
	to := fs.String("to", "", "end of the range, inclusive (default: last event)")
	width := fs.Int("width", 1600, "image width in pixels (png, svg), at most 16000")
	height := fs.Int("height", 0, "image height in pixels (default: width × 0.4)")
	scale := fs.Float64("scale", 1, "pixel scale of images: 2 draws everything twice as large and sharp")
	q := fs.String("q", "", "only events whose title matches this text")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usagef("export needs --out FILE.png, .svg, .json or .csv")
	}
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
	switch format {
	case "png", "svg", "json", "csv":
	default:
		return usagef("export cannot write %q files: use .png, .svg, .json or .csv", filepath.Ext(*out))
	}
	if *width < 100 || *width > 16000 {
		return usagef("--width %d is out of range: use 100 to 16000 pixels", *width)
	}
	if *scale <= 0 || *scale > 8 {
		return usagef("--scale %g is out of range: use a value above 0 and at most 8", *scale)
	}
	f, err := eventFilter(*from, *to, *q)
	if err != nil {
		return err
	}
	if dir := filepath.Dir(*out); dir != "" {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			return fmt.Errorf("cannot write %s: the folder %s does not exist (create it or choose another --out)", *out, dir)
		}
	}
	st, err := openExisting(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	evs, err := st.Events(ctx, f)
	if err != nil {
		return err
	}
	if len(evs) == 0 {
		return fmt.Errorf("no events to export in that range: widen --from/--to or import documents first")
	}
	h := *height
	if h == 0 {
		h = max(240, *width*2/5)
	}
	// Write to a temporary file in the same folder, then rename: a failed
	// export never leaves a half-written file under the user's name.
	tmp, err := os.CreateTemp(filepath.Dir(*out), ".zaman-export-*")
	if err != nil {
		return fmt.Errorf("cannot write to %s: %w", filepath.Dir(*out), err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriter(tmp)
	switch format {
	case "json":
		err = writeEventsJSON(&command{stdout: w}, evs)
	case "csv":
		err = writeEventsCSV(&command{stdout: w}, evs)
	case "png", "svg":
		scene := exportScene(evs, f, float32(*width), float32(h), float32(*scale))
		if format == "svg" {
			err = timeline.WriteSVG(w, scene)
		} else {
			img := image.NewRGBA(image.Rect(0, 0, int(float64(*width)**scale), int(float64(h)**scale)))
			timeline.Render(img, scene)
			err = png.Encode(w, img)
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	if err := os.Rename(tmp.Name(), *out); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	fmt.Fprintf(c.stdout, "wrote %s: %d events\n", *out, len(evs))
	return nil
}

// exportScene lays out the events over the filter's range, or over their
// whole span with a margin when the range is open.
func exportScene(evs []store.Event, f store.EventFilter, width, height, scale float32) *timeline.Scene {
	items := make([]timeline.Item, 0, len(evs))
	lo, hi := evs[0].Start, evs[0].End
	for _, e := range evs {
		if e.Status == store.StatusRejected {
			continue
		}
		items = append(items, timeline.Item{ID: e.ID, Start: e.Start, End: e.End, Precision: e.Precision,
			Label: e.Title, Status: e.Status, Sources: e.Sources})
		if e.Start.Before(lo) {
			lo = e.Start
		}
		if e.End.After(hi) {
			hi = e.End
		}
	}
	if !f.From.IsZero() {
		lo = f.From
	}
	if !f.To.IsZero() {
		hi = f.To
	}
	if f.From.IsZero() || f.To.IsZero() {
		pad := hi.Sub(lo) / 20
		if pad < 24*time.Hour {
			pad = 24 * time.Hour
		}
		if f.From.IsZero() {
			lo = lo.Add(-pad)
		}
		if f.To.IsZero() {
			hi = hi.Add(pad)
		}
	}
	return timeline.BuildScene(items, timeline.View{Start: lo, End: hi, Width: width, Height: height},
		timeline.SceneOptions{Scale: scale})
}
