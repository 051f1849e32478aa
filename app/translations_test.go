package app

import (
	"encoding/json"
	"os"
	"os/exec"
	"testing"
)

// Every string the GUI translates has a French and an Arabic translation:
// scripts/translations.py regenerates the files and fails on a missing one.
func TestTranslationsComplete(t *testing.T) {
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	before := map[string][]byte{}
	for _, l := range []string{"en", "fr", "ar"} {
		b, err := os.ReadFile("translations/" + l + ".json")
		if err != nil {
			t.Fatal(err)
		}
		before[l] = b
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("%s.json: %v", l, err)
		}
	}
	cmd := exec.Command("python3", "scripts/translations.py")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("translations.py: %v\n%s", err, out)
	}
	for l, b := range before {
		after, _ := os.ReadFile("translations/" + l + ".json")
		if string(after) != string(b) {
			t.Errorf("translations/%s.json was out of date with the code: run python3 scripts/translations.py and commit", l)
		}
	}
}
