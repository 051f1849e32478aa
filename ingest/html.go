package ingest

import (
	"fmt"
	"strings"
	"time"

	"codeberg.org/readeck/go-readability/v2"
)

// htmlArticle extracts the readable article of an HTML page with a
// readability parser: its text (paragraphs kept as lines), its title and its
// publication date, which becomes the document's DCT when present.
func htmlArticle(page string) (text, title string, published time.Time, err error) {
	art, err := readability.FromReader(strings.NewReader(page), nil)
	if err != nil || art.Node == nil {
		return "", "", time.Time{}, fmt.Errorf("no article text found in this HTML page: %w (save the article's text as .txt)", ErrBadInput)
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", "", time.Time{}, fmt.Errorf("html text: %w", err)
	}
	text = collapseBlankLines(b.String())
	if t, err := art.PublishedTime(); err == nil && t.Year() > 0 {
		published = t
	}
	title = strings.Join(strings.Fields(art.Title()), " ")
	if title != "" && !strings.HasPrefix(strings.TrimSpace(text), title) {
		text = title + "\n\n" + text
	}
	return text, title, published, nil
}

// collapseBlankLines trims every line and keeps at most one empty line
// between paragraphs.
func collapseBlankLines(s string) string {
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	blank := true
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l)
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}
