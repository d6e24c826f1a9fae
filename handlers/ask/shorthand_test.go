package ask_test

import (
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
)

// TestEnglishRanksAndRates: the English an IT officer mixes in
// ("lowest", "top sở", "rate aggregate") asks what its Vietnamese does.
func TestEnglishRanksAndRates(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	holdsReplies(t, a, []repliedAs{
		{"Q2 lowest online rate huyện", []string{"huyện nào có tỷ lệ hồ sơ trực tuyến thấp nhất quý 2/2019"}},
		{"Q1 top sở online rate", []string{"sở nào có tỷ lệ hồ sơ trực tuyến cao nhất quý 1/2019"}},
		{"cấp huyện Q1 rate aggregate", []string{"tỷ lệ hồ sơ trực tuyến chung cấp huyện quý 1/2019"}},
	})
}
