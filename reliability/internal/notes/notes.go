// Package notes makes the annotation bodies of the crash test: each body
// says its own sequence number, so a torn or mixed-up write is detectable.
package notes

import (
	"fmt"
	"strconv"
	"strings"
)

// Body is the body of note seq: a few hundred bytes of Arabic, Latin and SQL
// metacharacters, long enough to span several database pages now and then.
func Body(seq int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "note %d: ", seq)
	for i := range 5 + seq%40 {
		b.WriteString([]string{"ملاحظة مهمة ", "l'accord signé ", "'); DROP TABLE events; -- ", "\"quoted\" % _ ", "مارس الماضي "}[i%5])
	}
	fmt.Fprintf(&b, "end %d", seq)
	return b.String()
}

// Seq returns the sequence number a valid body says, or -1 when body is not
// exactly Body(n) for the n it claims.
func Seq(body string) int {
	rest, ok := strings.CutPrefix(body, "note ")
	if !ok {
		return -1
	}
	num, _, ok := strings.Cut(rest, ":")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || Body(n) != body {
		return -1
	}
	return n
}
