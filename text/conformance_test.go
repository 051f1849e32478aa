package text

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/go-text/typesetting/bidi"
)

// bidiCharacterTest is where Debian's unicode-data package installs the
// Unicode conformance file.
const bidiCharacterTest = "/usr/share/unicode/BidiCharacterTest.txt"

// TestBidiCharacterTest checks our levels (bidi package + rule L1) and our
// reordering (rule L2) against every case of BidiCharacterTest.txt.
func TestBidiCharacterTest(t *testing.T) {
	f, err := os.Open(bidiCharacterTest)
	if err != nil {
		t.Skipf("%s not found (install Debian/Ubuntu package unicode-data): %v", bidiCharacterTest, err)
	}
	defer f.Close()

	var (
		p                           bidi.Paragraph
		cases, paraOK, levOK, ordOK int
		failures                    int
	)
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		ln := sc.Text()
		if ln == "" || ln[0] == '#' {
			continue
		}
		fields := strings.Split(ln, ";")
		if len(fields) != 5 {
			t.Fatalf("line %d: %d fields", lineNo, len(fields))
		}
		var rs []rune
		for _, h := range strings.Fields(fields[0]) {
			v, err := strconv.ParseUint(h, 16, 32)
			if err != nil {
				t.Fatalf("line %d: %v", lineNo, err)
			}
			rs = append(rs, rune(v))
		}
		var rtl bool
		switch fields[1] {
		case "0":
		case "1":
			rtl = true
		case "2":
			rtl = runesDirection(rs) == RTL
		}
		wantPara := fields[2] == "1"
		wantLevels := strings.Fields(fields[3])
		var wantOrder []int
		for _, s := range strings.Fields(fields[4]) {
			v, _ := strconv.Atoi(s)
			wantOrder = append(wantOrder, v)
		}
		cases++
		if rtl == wantPara {
			paraOK++
		}
		para := levelT(0)
		if rtl {
			para = 1
		}
		levels := resolveLevels(&p, rs, rtl, nil)
		applyL1(rs, levels, para)

		lok := len(levels) == len(wantLevels)
		var order []int
		for i := 0; lok && i < len(levels); i++ {
			if wantLevels[i] == "x" {
				continue
			}
			order = append(order, i)
			if want, _ := strconv.Atoi(wantLevels[i]); int(levels[i]) != want {
				lok = false
			}
		}
		if lok {
			levOK++
		}
		oOK := false
		if len(levels) == len(wantLevels) {
			reorderInto(levels, order)
			oOK = equalInts(order, wantOrder)
		}
		if oOK {
			ordOK++
		}
		if (!lok || !oOK) && failures < 10 {
			failures++
			t.Errorf("line %d: %s\n levels got %v want %v\n order got %v want %v", lineNo, fields[0], levels, wantLevels, order, wantOrder)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	pct := func(n int) float64 { return 100 * float64(n) / float64(cases) }
	t.Logf("BidiCharacterTest: %d cases; paragraph level %.2f%%, levels %.2f%% (%d), order %.2f%% (%d)",
		cases, pct(paraOK), pct(levOK), levOK, pct(ordOK), ordOK)
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
