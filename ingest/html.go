package ingest

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
)

// maxHTMLDepth bounds how deeply elements may nest. The HTML parser's time
// grows with the square of the depth (20,000 nested divs take seconds,
// 100,000 over a minute), and real article pages stay far below this.
const maxHTMLDepth = 512

// minArticleLetters is the least text a page must yield to be an article;
// below it readability has only found menus or buttons.
const minArticleLetters = 20

// htmlArticle extracts the readable article of an HTML page with a
// readability parser: its text (paragraphs kept as lines), its title and its
// publication date, which becomes the document's DCT when present.
func htmlArticle(page string) (text, title string, published time.Time, err error) {
	if d := htmlDepth(page); d > maxHTMLDepth {
		return "", "", time.Time{}, fmt.Errorf("this HTML page nests elements %d levels deep, more than the %d Zaman reads: %w (save the article's text as .txt)",
			d, maxHTMLDepth, ErrBadInput)
	}
	art, err := readability.FromReader(strings.NewReader(page), nil)
	if err != nil || art.Node == nil {
		return "", "", time.Time{}, fmt.Errorf("no article text found in this HTML page: %w (save the article's text as .txt)", ErrBadInput)
	}
	var b strings.Builder
	if err := art.RenderText(&b); err != nil {
		return "", "", time.Time{}, fmt.Errorf("html text: %w", err)
	}
	text = collapseBlankLines(b.String())
	if letters(text) < minArticleLetters {
		return "", "", time.Time{}, fmt.Errorf("no article text found in this HTML page: %w (save the article's text as .txt)", ErrBadInput)
	}
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

// htmlDepth is the deepest nesting of elements in page, found by the
// tokenizer in linear time. Elements whose end tag may be left out (p, li,
// td ...) and void elements are not counted, so loose but valid markup does
// not look deep.
func htmlDepth(page string) int {
	z := html.NewTokenizer(strings.NewReader(page))
	depth, deepest := 0, 0
	for {
		switch z.Next() {
		case html.ErrorToken: // io.EOF or a read error: the page ends here
			return deepest
		case html.StartTagToken:
			name, _ := z.TagName()
			if !optionalEnd[string(name)] {
				depth++
				deepest = max(deepest, depth)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			if !optionalEnd[string(name)] && depth > 0 {
				depth--
			}
		}
	}
}

// optionalEnd lists the void elements and those whose end tag HTML lets
// authors omit.
var optionalEnd = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "source": true, "track": true, "wbr": true, "param": true,
	"p": true, "li": true, "dt": true, "dd": true, "option": true, "optgroup": true, "tr": true, "td": true,
	"th": true, "thead": true, "tbody": true, "tfoot": true, "colgroup": true, "rb": true, "rt": true, "rp": true,
	"html": true, "head": true, "body": true,
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}
