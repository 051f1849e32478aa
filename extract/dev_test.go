package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestDevPredictions tags the shared dev sets with their gold DCTs and
// writes predictions for score.py to $ZAMAN_PRED_DIR (skipped when unset):
//
//	ZAMAN_PRED_DIR=/tmp go test -tags sqlite_fts5,migrated_fynedo -run TestDevPredictions ./extract
//	python3 ../shared/corpus/score.py ../shared/corpus/dev/en_tbaq.json /tmp/pred_en_tbaq.json
func TestDevPredictions(t *testing.T) {
	out := os.Getenv("ZAMAN_PRED_DIR")
	if out == "" {
		t.Skip("ZAMAN_PRED_DIR not set")
	}
	dir := os.Getenv("ZAMAN_DEV_DIR")
	if dir == "" {
		dir = "../../shared/corpus/dev"
	}
	tg := New()
	for _, name := range []string{"en_tbaq", "fr_ftib_dev"} {
		b, err := os.ReadFile(filepath.Join(dir, name+".json"))
		if err != nil {
			t.Skip(err)
		}
		var docs []struct {
			ID   string `json:"doc_id"`
			Lang string `json:"lang"`
			DCT  string `json:"dct"`
			Text string `json:"text"`
		}
		if err := json.Unmarshal(b, &docs); err != nil {
			t.Fatal(err)
		}
		type pdoc struct {
			ID      string  `json:"doc_id"`
			Timexes []Timex `json:"timexes"`
		}
		var preds []pdoc
		for _, d := range docs {
			dct, _ := time.Parse("2006-01-02", d.DCT[:min(10, len(d.DCT))])
			r := tg.Extract(d.Text, Options{Lang: d.Lang, DCT: dct})
			preds = append(preds, pdoc{ID: d.ID, Timexes: r.Timexes})
		}
		pb, _ := json.Marshal(preds)
		if err := os.WriteFile(filepath.Join(out, "pred_"+name+".json"), pb, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
