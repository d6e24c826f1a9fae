package ask_test

import (
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestFilesPerService: "mỗi dvc có bao nhiêu hồ sơ", "số hstt chia cho số
// dvc": a place's online files over its services of both levels, of the
// same period; the figures and the sum they are over are shown.
func TestFilesPerService(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Sở TT&TT quý 2 số hstt chia cho số dvc được bao nhiêu", kind: ask.KindFigure, want: []string{"1,9 hồ sơ (57 chia cho 30 dịch vụ)"}},
		{q: "Hương Sơn quý 1 mỗi dvc có mấy hồ sơ nộp online", kind: ask.KindFigure, want: []string{"0,49 hồ sơ (49 chia cho 99 dịch vụ)"}},
		{q: "can lộc q2 hồ sơ trực tuyến bình quân trên 1 dịch vụ công", kind: ask.KindFigure, want: []string{"5,73 hồ sơ (642 chia cho 112 dịch vụ)"}},
		{q: "quý 1 toàn bộ đơn vị đã báo cáo bq 1 dịch vụ công có bao nhiêu hstt", kind: ask.KindFigure, want: []string{"2,13 hồ sơ (3.049 chia cho 1.431 dịch vụ)"}},
	})
}

// TestLevelShareOfServices: "mức 4 chiếm bao nhiêu % tổng dvc" is one
// level over both levels of the same place and period; "tổng DVC mức 4"
// stays that level's whole, and "quý 1 dvc mức 4" is no "one service".
func TestLevelShareOfServices(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "DVC mức 3 chiếm bao nhiêu phần trăm tổng số dịch vụ công trực tuyến toàn tỉnh", kind: ask.KindFigure, want: []string{"98,52% tổng số dịch vụ công trực tuyến mức độ 3 và 4 (2.025 dịch vụ)"}},
		{q: "ở cấp huyện, mức 4 chiếm mấy phần trăm trong tổng dvc (mức 3 + 4)", kind: ask.KindFigure, want: []string{"1,63% tổng số dịch vụ công trực tuyến mức độ 3 và 4 (1.408 dịch vụ)"}},
		{q: "Sở Y tế quý 1 dvc mức 4 chiếm bao nhiêu % tổng dịch vụ công của sở", kind: ask.KindFigure, want: []string{"14,29% tổng số dịch vụ công trực tuyến mức độ 3 và 4 (35 dịch vụ)"}},
		{q: "Hương Khê quý 2 mức 4 chiếm mấy phần trăm số dvc", kind: ask.KindFigure, want: []string{"7,02% tổng số dịch vụ công trực tuyến mức độ 3 và 4 (114 dịch vụ)"}},
		{q: "DVC mức 4 của cấp huyện chiếm mấy % tổng DVC mức 4", kind: ask.KindFigure, want: []string{"76,67% số dịch vụ công trực tuyến mức độ 4 toàn tỉnh"}},
	})
}

// TestSharesOfEachLevel: a unit's services of both levels over the
// province's: each level over that level, never one level over the other.
func TestSharesOfEachLevel(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	got := replyText(t, a, "số DVC của Can Lộc quý 1 chiếm bao nhiêu % toàn tỉnh")
	for _, want := range []string{"mức độ 3 của Huyện Can Lộc bằng 7,75% số dịch vụ công trực tuyến mức độ 3 toàn tỉnh",
		"mức độ 4 của Huyện Can Lộc bằng 4% số dịch vụ công trực tuyến mức độ 4 toàn tỉnh"} {
		if !strings.Contains(got, want) {
			t.Errorf("want %q in: %s", want, got)
		}
	}
	if strings.Contains(got, "214%") {
		t.Errorf("one level set over the other: %s", got)
	}
}

// TestServicesAsOfQuarterEnd: "tính đến 31/3/2019" of the services units
// report each quarter is what they reported for that quarter, named by the
// day asked.
func TestServicesAsOfQuarterEnd(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "Đơn vị cấp huyện nào có nhiều DVC mức 3 nhất tính đến 31/3/2019 ạ", kind: ask.KindFigure, want: []string{"đến ngày 31/03/2019 (12/13 đơn vị đã báo cáo): cao nhất là Thành phố Hà Tĩnh 115"}},
		{q: "Tổng số DVC mức 3 của các huyện đã báo cáo tính đến 31/3/2019 là bao nhiêu", kind: ask.KindFigure, want: []string{"1.229 dịch vụ"}},
	})
	if got := replyTextIn(t, a, []string{"số dvc mức 3 Can Lộc tính đến 30/6/2019", "thế còn tính đến 31/3?"}); !strings.Contains(got, "107 dịch vụ") {
		t.Errorf("the day a follow-up changes to: %s", got)
	}
}

// TestUnitsThatRose: "có bao nhiêu đơn vị tăng" counts the units whose
// figure rose between the quarters, of those with both; "tốc độ tăng
// trưởng cao nhất" ranks by the change in percent, not in files.
func TestUnitsThatRose(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	checkReplies(t, a, []replyCase{
		{q: "có bao nhiêu đơn vị cấp huyện tăng số hồ sơ trực tuyến quý 2/2019 so với quý 1", kind: ask.KindFigure, want: []string{"8/9 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "bao nhiêu đơn vị có tổng hồ sơ tiếp nhận quý 2/2019 tăng so với quý 1", kind: ask.KindFigure, want: []string{"11/11 đơn vị có số liệu cả hai kỳ tăng"}},
		{q: "huyện nào có tốc độ tăng trưởng hồ sơ trực tuyến cao nhất q2 so q1/2019 nhỉ", kind: ask.KindFigure, want: []string{"1. Huyện Hương Sơn +167,35% (49 hồ sơ → 131 hồ sơ)"}},
		{q: "huyện nào tăng hồ sơ trực tuyến nhiều nhất quý 2 so với quý 1", kind: ask.KindFigure, want: []string{"1. Thành phố Hà Tĩnh +208"}},
	})
}

// TestPointedUnitFollowUps: "ở đó", "huyện đấy", "cái huyện đứng cuối
// đó" after a ranking are the unit it named; "mức còn lại" is the other
// level of services; "tốc độ tăng", "tăng tuyệt đối" the change asked.
func TestPointedUnitFollowUps(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	for _, tc := range []struct {
		turns []string
		want  string
	}{
		{[]string{"quý 2 huyện nào tỷ lệ hồ sơ trực tuyến cao nhất em", "DVC mức 4 ở đó quý 2 có mấy cái"}, "Huyện Can Lộc quý 2/2019: 3 dịch vụ"},
		{[]string{"quý 1 huyện nào thấp nhất về tỷ lệ nộp trực tuyến", "cái huyện đứng cuối đó sang quý 2 lên được bao nhiêu"}, "Huyện Hương Sơn quý 2/2019: 5,93%"},
		{[]string{"quý 1 huyện nào thấp nhất về tỷ lệ nộp trực tuyến", "số hồ sơ trực tuyến quý 2 của huyện đấy"}, "Huyện Hương Sơn quý 2/2019: 131 hồ sơ"},
		// "mức còn lại": the other level of online services.
		{[]string{"cấp tỉnh có bao nhiêu DVC mức 3", "mức còn lại"}, "mức độ 4 của các sở, ban, ngành cấp tỉnh đến ngày 10/06/2019: 7 dịch vụ"},
		// "tốc độ tăng bao nhiêu %" after a count: its growth, not its rate's.
		{[]string{"Sở TT&TT quý 1/2019 có bao nhiêu hồ sơ trực tuyến", "q2 bn", "tốc độ tăng bao nhiêu %"}, "Tính theo phần trăm: +46,15%"},
		{[]string{"huyện Kỳ Anh tốc độ tăng hstt q2 so q1/2019", "thị xã thì tăng bao nhiêu %"}, "Thị xã Kỳ Anh, quý 1/2019: 259 hồ sơ; quý 2/2019: 352 hồ sơ (tăng 93 hồ sơ). Tính theo phần trăm: +35,91%"},
		{[]string{"Hương Khê nộp trực tuyến được bao nhiêu hồ sơ quý 1", "quý vừa rồi thì bao nhiêu", "mức tăng tuyệt đối giữa 2 quý"}, "(tăng 54 hồ sơ)"},
	} {
		if got := replyTextIn(t, a, tc.turns); !strings.Contains(got, tc.want) {
			t.Errorf("%q: want %q in: %s", tc.turns, tc.want, got)
		}
	}
}
