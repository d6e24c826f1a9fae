package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestNoteTakersStyle: an assistant's notes: "&" between words is "và"
// (the rate was given alone), "HLĩnh", "CLộc" are the districts (not
// understood), "Q1 sở … thấp nhất" ranks the agencies (it ranked every
// unit that reported).
func TestNoteTakersStyle(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "2018: số hs TT & tỷ lệ", kind: ask.KindFigure, want: []string{"1.952 hồ sơ", "4,92%"}},
		{q: "HLĩnh Q2 tỷ lệ %", kind: ask.KindFigure, want: []string{"Thị xã Hồng Lĩnh quý 2/2019: 18,64%"}},
		{q: "CLộc Q1 %", kind: ask.KindFigure, want: []string{"Huyện Can Lộc quý 1/2019: 20,98%"}},
		{q: "Q1 sở tỷ lệ thấp nhất", kind: ask.KindFigure, want: []string{"sở, ban, ngành cấp tỉnh", "Sở Y tế 2,65%"}},
	})
}
