// Package ingest turns a user's file into stored documents and events: it
// reads and checks the file, runs the extractor and writes the result to the
// store in one transaction. The GUI and the command line both import through
// it, so a file goes through one path whoever opens it.
package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxFileSize is the largest document Zaman reads. News articles are a few
// tens of kilobytes; anything this large is almost certainly not an article,
// and refusing it keeps memory bounded.
const MaxFileSize = 16 << 20

// ErrBadInput is wrapped by every error about the content of a file (as
// opposed to I/O or database failures), so callers can tell the user to fix
// the file rather than report a bug.
var ErrBadInput = errors.New("unusable input")

// Doc is a document read from a file, ready for extraction.
type Doc struct {
	Title  string
	Text   string
	Origin string // the path or name it came from
	Format string // "txt", "md" or "html"
	// Published is the publication time found in the file's metadata (HTML
	// meta tags, JSON-LD), zero when there is none.
	Published time.Time
}

// ReadFile reads and checks a document file.
func ReadFile(path string) (Doc, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return Doc{}, fmt.Errorf("read %s: %w", path, unwrapPathErr(err))
	}
	if fi.IsDir() {
		return Doc{}, fmt.Errorf("%s is a folder: %w (choose the files inside it)", path, ErrBadInput)
	}
	if fi.Size() > MaxFileSize {
		return Doc{}, fmt.Errorf("%s is %d MB, more than the %d MB limit for one document: %w (split it into articles)",
			path, fi.Size()>>20, MaxFileSize>>20, ErrBadInput)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Doc{}, fmt.Errorf("read %s: %w", path, unwrapPathErr(err))
	}
	return Parse(filepath.Base(path), data)
}

// Parse checks raw bytes named name and returns the document they hold.
func Parse(name string, data []byte) (Doc, error) {
	if len(data) > MaxFileSize {
		return Doc{}, fmt.Errorf("%s is larger than the %d MB limit for one document: %w (split it into articles)",
			name, MaxFileSize>>20, ErrBadInput)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // UTF-8 BOM
	if bytes.HasPrefix(data, []byte("\xff\xfe")) || bytes.HasPrefix(data, []byte("\xfe\xff")) {
		return Doc{}, fmt.Errorf("%s is UTF-16 text: %w (re-save it as UTF-8)", name, ErrBadInput)
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return Doc{}, fmt.Errorf("%s looks like a binary file, not text: %w (save the article as .txt, .md or .html)", name, ErrBadInput)
	}
	if !utf8.Valid(data) {
		off := firstInvalid(data)
		return Doc{}, fmt.Errorf("%s is not UTF-8 text (bad byte at offset %d): %w (re-save it as UTF-8)", name, off, ErrBadInput)
	}
	doc := Doc{Origin: name, Format: formatOf(name, data), Text: normalizeNewlines(string(data))}
	if doc.Format == "html" {
		text, title, published, err := htmlArticle(doc.Text)
		if err != nil {
			return Doc{}, fmt.Errorf("%s: %w", name, err)
		}
		doc.Text, doc.Title, doc.Published = text, title, published
	}
	if strings.TrimFunc(doc.Text, isBlank) == "" {
		return Doc{}, fmt.Errorf("%s has no text: %w (choose a file with the article's text)", name, ErrBadInput)
	}
	if doc.Title == "" {
		doc.Title = titleOf(doc.Text, name)
	}
	return doc, nil
}

func unwrapPathErr(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

func formatOf(name string, data []byte) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".html", ".htm", ".xhtml":
		return "html"
	case ".md", ".markdown":
		return "md"
	}
	head := strings.ToLower(string(data[:min(len(data), 512)]))
	if strings.Contains(head, "<!doctype html") || strings.Contains(head, "<html") {
		return "html"
	}
	return "txt"
}

func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// isBlank reports runes that carry no visible text: spaces, and the
// zero-width and bidi control characters that pasted news often holds.
func isBlank(r rune) bool {
	if unicode.IsSpace(r) {
		return true
	}
	switch {
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0xFEFF:
		return true
	}
	return false
}

// titleOf is the first line with text, without Markdown heading marks,
// shortened to a readable length; the file name when there is none.
func titleOf(text, name string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimFunc(line, isBlank)
		line = strings.TrimSpace(strings.TrimLeft(line, "#"))
		if line == "" {
			continue
		}
		const maxRunes = 120
		if utf8.RuneCountInString(line) > maxRunes {
			r := []rune(line)
			line = strings.TrimSpace(string(r[:maxRunes])) + "…"
		}
		return line
	}
	return strings.TrimSuffix(name, filepath.Ext(name))
}
