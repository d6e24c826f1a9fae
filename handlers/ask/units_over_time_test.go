package ask_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// reformed is the corpus store with Hà Tĩnh's units after the 2025 reform
// imported, answered at the given date.
func reformed(t *testing.T, d queries.Dialect, at time.Time) *ask.Answerer {
	t.Helper()
	s := demoStore(t, d)
	if _, err := dataset.SeedHaTinh2025(context.Background(), s, at); err != nil {
		t.Fatal(err)
	}
	return handlertest.Wire(t, s, at, handlers.RouterConfig{}).Jobs.Ask
}

// TestUnitsOverTime: a period is answered with the units of that period;
// a unit asked for a period it did not exist in says what became of it
// and offers its successors; a name of two units of different times is
// resolved by the period.
func TestUnitsOverTime(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		a := reformed(t, d, time.Date(2025, 11, 20, 10, 0, 0, 0, time.FixedZone("ICT", 7*3600)))
		ctx := context.Background()
		for _, tt := range []struct {
			q      string
			kind   ask.AnswerKind
			want   []string
			option string // an option offered, when not empty
		}{
			// 2019 questions still name 2019's units.
			{"tỷ lệ hồ sơ trực tuyến của huyện Can Lộc quý 2/2019", ask.KindFigure, []string{"Huyện Can Lộc quý 2/2019", "27,73%"}, ""},
			{"tỷ lệ hồ sơ trực tuyến Can Lộc quý 2/2019", ask.KindFigure, []string{"Huyện Can Lộc quý 2/2019", "27,73%"}, ""},
			// A district asked for a period after the reform.
			{"số hồ sơ trực tuyến của huyện Can Lộc quý 3/2025", ask.KindNoData, []string{"Huyện Can Lộc không còn từ 01/07/2025", "nay là", "Xã Can Lộc"}, "Xã Can Lộc"},
			// The new commune asked for 2019: it did not exist.
			{"số hồ sơ trực tuyến của xã Can Lộc quý 2/2019", ask.KindNoData, []string{"Xã Can Lộc có từ 01/07/2025", "trước đó là", "Thị trấn Nghèn"}, "Thị trấn Nghèn"},
			// A bare name for a period after the reform is the commune.
			{"Can Lộc quý 3/2025 có bao nhiêu dịch vụ công trực tuyến toàn trình", ask.KindNoData, []string{"Xã Can Lộc"}, ""},
			// Sở TT&TT merged into Sở KH&CN, whose name it now is.
			{"tỷ lệ hồ sơ trực tuyến của Sở Thông tin và Truyền thông quý 3/2025", ask.KindNoData,
				[]string{"Sở Thông tin và Truyền thông không còn từ 01/03/2025; nay là Sở Khoa học và Công nghệ", "của Sở Khoa học và Công nghệ quý 3/2025"}, ""},
			// Today's indicators: unknown until imported; for a period counted
			// the old way, the old figure named as such; never mixed up.
			{"số dịch vụ công trực tuyến toàn trình năm 2019", ask.KindNearest, []string{"chỉ tiêu cũ", "mức độ 4", "30 dịch vụ"}, ""},
			{"số dịch vụ công toàn trình quý 3/2025", ask.KindNoData, []string{"Chưa có số liệu số dịch vụ công trực tuyến toàn trình"}, ""},
			{"tỷ lệ hồ sơ trực tuyến toàn trình năm 2018", ask.KindNoData, []string{"toàn trình"}, ""},
			{"tỷ lệ hồ sơ trực tuyến năm 2018", ask.KindFigure, []string{"4,92%"}, ""},
		} {
			ans, err := a.Answer(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Kind != tt.kind {
				t.Errorf("%q: kind %s, want %s: %s", tt.q, ans.Kind, tt.kind, ans.Text)
				continue
			}
			for _, w := range tt.want {
				if !strings.Contains(ans.Text, w) {
					t.Errorf("%q: lacks %q: %s", tt.q, w, ans.Text)
				}
			}
			if strings.Contains(tt.q, "toàn trình") && tt.kind == ask.KindNoData && (strings.Contains(ans.Text, "4,92") || strings.Contains(ans.Text, "30 dịch vụ")) {
				t.Errorf("%q: answered with a 2019 figure: %s", tt.q, ans.Text)
			}
			if tt.option != "" {
				found := false
				for _, o := range ans.Options {
					found = found || o.Label == tt.option
				}
				if !found {
					t.Errorf("%q: no option %q among %v", tt.q, tt.option, ans.Options)
				}
			}
		}
	})
}

// TestCorpusWithTheReform: with the 2025 units imported, the 2019 corpus
// is answered as well as without them, at its reference date.
func TestCorpusWithTheReform(t *testing.T) {
	a := reformed(t, queries.SQLite, corpusRef)
	answerable := readCorpus(t, "../../testdata/questions/answerable.tsv")
	unanswerable := readCorpus(t, "../../testdata/questions/unanswerable.tsv")
	if r := score(t, a, "corpus+2025", answerable, unanswerable); r.rightPct() < 95 || r.wrongPct() > 1 {
		t.Fatalf("quality bar missed with the 2025 units: %s", r)
	}
}
