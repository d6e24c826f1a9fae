package nlu

import "testing"

// TestWeakPhrase: a pair with a word that only ties the other to the
// sentence is weak; a pair of two words of the topic, or one word, is not.
func TestWeakPhrase(t *testing.T) {
	for p, want := range map[string]bool{"cac lop": true, "cua cac": true, "viec tuyen": true, "so o": true,
		"tap huan": false, "cap xa": false, "can loc": false, "pci": false, "co quan": false, "dien tu": false} {
		if got := WeakPhrase(p); got != want {
			t.Errorf("WeakPhrase(%q) = %v, want %v", p, got, want)
		}
	}
}
