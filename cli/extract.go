package cli

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"zaman/extract"
	"zaman/ingest"
)

func (c *command) extractCmd(ctx context.Context, args []string) error {
	fs := c.newFlagSet("extract", "[--lang L] [--dct D] [--format json|text] FILE|-\n       zaman extract --jsonl < requests.jsonl")
	lang := fs.String("lang", "", "document language: ar, fr or en (default: detected)")
	dct := fs.String("dct", "", "document creation date YYYY-MM-DD (default: from the dateline)")
	format := fs.String("format", "text", "output format: text or json")
	jsonl := fs.Bool("jsonl", false, "batch mode: one JSON request per stdin line, one JSON result per stdout line")
	if err := parse(fs, args); err != nil {
		return err
	}
	if err := checkLang(*lang); err != nil {
		return err
	}
	tg := extract.New()
	if *jsonl {
		if fs.NArg() > 0 {
			return usagef("extract --jsonl reads standard input; give no file")
		}
		return extractJSONL(ctx, tg, c.stdin, c.stdout)
	}
	if fs.NArg() != 1 {
		return usagef("extract takes one FILE (or - for standard input); run 'zaman extract --help'")
	}
	if *format != "json" && *format != "text" {
		return usagef("format %q is not supported by extract: use json or text", *format)
	}
	dctTime, err := parseDate(*dct, false)
	if err != nil {
		return err
	}
	var doc ingest.Doc
	if name := fs.Arg(0); name == "-" {
		data, err := io.ReadAll(io.LimitReader(c.stdin, ingest.MaxFileSize+1))
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		doc, err = ingest.Parse("stdin", data)
		if err != nil {
			return err
		}
	} else {
		doc, err = ingest.ReadFile(name)
		if err != nil {
			return err
		}
	}
	opts := ingest.ExtractOptions(doc, *lang, dctTime)
	res := tg.Extract(doc.Text, opts)
	if *format == "json" {
		b, err := res.JSON(doc.Origin)
		if err != nil {
			return fmt.Errorf("encode json: %w", err)
		}
		_, err = fmt.Fprintf(c.stdout, "%s\n", b)
		return err
	}
	return writeExtractText(c.stdout, doc.Text, res)
}

func writeExtractText(w io.Writer, text string, res extract.Result) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "language: %s\n", res.Lang)
	if res.DCT.Value != "" {
		fmt.Fprintf(bw, "dct: %s (from %s)\n", res.DCT.Value, res.DCT.Source)
	} else {
		fmt.Fprintln(bw, "dct: unknown (give one with --dct YYYY-MM-DD)")
	}
	fmt.Fprintf(bw, "\n%d temporal expressions:\n", len(res.Timexes))
	for _, t := range res.Timexes {
		mod := ""
		if t.Mod != "" {
			mod = " mod=" + t.Mod
		}
		fmt.Fprintf(bw, "  %6d-%-6d %-8s %-22s %s%s\n", t.Start, t.End, t.Type, t.Value, t.Text, mod)
	}
	fmt.Fprintf(bw, "\n%d events:\n", len(res.Events))
	for _, e := range res.Events {
		fmt.Fprintf(bw, "  %-23s %-7s %s\n", formatInterval(e.Start, e.End, e.Precision), e.Precision, e.Title)
	}
	return bw.Flush()
}

// formatInterval writes an interval the way people read it: a single day,
// month or year when it covers exactly one, otherwise "start/end".
func formatInterval(start, end time.Time, precision string) string {
	last := end.Add(-time.Nanosecond)
	switch precision {
	case "year":
		if start.Year() == last.Year() {
			return start.Format("2006")
		}
	case "month":
		if start.Year() == last.Year() && start.Month() == last.Month() {
			return start.Format("2006-01")
		}
	case "day":
		if start.YearDay() == last.YearDay() && start.Year() == last.Year() {
			return start.Format("2006-01-02")
		}
	case "minute", "hour":
		return start.Format("2006-01-02 15:04")
	}
	return start.Format("2006-01-02") + "/" + last.Format("2006-01-02")
}

type jsonlRequest struct {
	ID   string `json:"id"`
	Lang string `json:"lang"`
	DCT  string `json:"dct"`
	Text string `json:"text"`
}

// extractJSONL answers one request line with one result line, in order. A
// bad line gets an {"id","error"} line so the caller's batch goes on.
func extractJSONL(ctx context.Context, tg *extract.Tagger, in io.Reader, out io.Writer) error {
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), ingest.MaxFileSize+1<<20)
	bw := bufio.NewWriter(out)
	defer bw.Flush()
	line := 0
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		var req jsonlRequest
		if err := json.Unmarshal([]byte(raw), &req); err != nil {
			writeJSONLError(bw, "", fmt.Sprintf("line %d is not a JSON object: %v", line, err))
			continue
		}
		var opts extract.Options
		switch req.Lang {
		case "", "ar", "fr", "en":
			opts.Lang = req.Lang
		default:
			writeJSONLError(bw, req.ID, fmt.Sprintf("language %q is not supported: use ar, fr or en", req.Lang))
			continue
		}
		if req.DCT != "" {
			t, _, _, ok := extract.Interval(req.DCT)
			if !ok {
				writeJSONLError(bw, req.ID, fmt.Sprintf("dct %q not understood: write YYYY-MM-DD", req.DCT))
				continue
			}
			opts.DCT = t
		}
		b, err := tg.Extract(req.Text, opts).JSON(req.ID)
		if err != nil {
			writeJSONLError(bw, req.ID, err.Error())
			continue
		}
		bw.Write(b)
		bw.WriteByte('\n')
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read standard input (line %d): %w", line+1, err)
	}
	return nil
}

func writeJSONLError(w *bufio.Writer, id, msg string) {
	b, _ := json.Marshal(map[string]string{"id": id, "error": msg})
	w.Write(b)
	w.WriteByte('\n')
}
