package ask_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestAveragePerQuarter: "trung bình mỗi quý" of one unit's flow is the
// mean of the quarters it reported, from the fixture file; a period asked
// keeps only its quarters.
func TestAveragePerQuarter(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	mean := func(code string) string {
		return n.Num((subs[code]["Q1/2019"]["hstt"]+subs[code]["Q2/2019"]["hstt"])/2) + " hồ sơ"
	}
	checkReplies(t, a, []replyCase{
		{q: "trung bình mỗi quý TP Hà Tĩnh có bao nhiêu hồ sơ trực tuyến", kind: ask.KindFigure, want: []string{"trung bình mỗi quý", mean("436")}},
		{q: "Can Lộc bình quân một quý nộp trực tuyến bao nhiêu hồ sơ năm 2019", kind: ask.KindFigure, want: []string{mean("443")}},
		{q: "Can Lộc trung bình mỗi quý năm 2018 có bao nhiêu hồ sơ trực tuyến", not: []string{mean("443")}},
	})
}

// TestAddedOfAUnit: "có thêm mấy DVC mức 4 so với quý 1" of a unit is the
// change of its count between the quarters (the fixture's), not the
// programme's "triển khai thêm" figure, which units do not have.
func TestAddedOfAUnit(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	subs := fixture(t)
	n := vi.NewNumbers()
	added := n.Num(subs["444"]["Q2/2019"]["dvc4"] - subs["444"]["Q1/2019"]["dvc4"])
	checkReplies(t, a, []replyCase{
		{q: "Huyện Hương Khê quý 2/2019 có thêm bao nhiêu DVC mức 4 so với quý 1?", kind: ask.KindFigure,
			want: []string{"Huyện Hương Khê", "tăng " + added + " dịch vụ"}, not: []string{"Nghị quyết 22"}},
	})
}

// TestQuarterAskedOnceForSeveralFigures: a unit's figures reported each
// quarter, asked with no quarter, are asked back once for all of them (a
// single figure is, too); the choice answers each.
func TestQuarterAskedOnceForSeveralFigures(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ctx := context.Background()
	subs := fixture(t)
	n := vi.NewNumbers()
	chat := ask.Chat{Platform: "test", ID: "quarters"}
	ans, err := a.Converse(ctx, chat, "Can Lộc có bao nhiêu DVC mức 3 và mức 4")
	if err != nil {
		t.Fatal(err)
	}
	if ans.Kind != ask.KindAsk || !strings.Contains(ans.Text, "mức độ 3 và") || len(ans.Options) != 2 {
		t.Fatalf("kind %s, %d options: %s; want one question back for both levels", ans.Kind, len(ans.Options), ans.Text)
	}
	ans, err = a.Converse(ctx, chat, "quý 1")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{n.Num(subs["443"]["Q1/2019"]["dvc3"]) + " dịch vụ", n.Num(subs["443"]["Q1/2019"]["dvc4"]) + " dịch vụ", "quý 1/2019"} {
		if !strings.Contains(ans.Text, want) {
			t.Errorf("after choosing quý 1: %q lacks %q", ans.Text, want)
		}
	}
}

// TestFollowUpsThatGoOn: a question that carries on ("… thì", "tính ra
// …", "như vậy …") keeps what the one before asked of: its unit, its
// figure and its target; a shortfall of services is no money.
func TestFollowUpsThatGoOn(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ctx := context.Background()
	for i, conv := range [][][2]string{
		{{"Thạch Hà quý 1/2019 có bao nhiêu hồ sơ trực tuyến?", "311"}, {"Quý 2/2019 thì được bao nhiêu hồ sơ?", "405"}, {"Tính ra tỷ lệ của quý 2 là bao nhiêu ạ?", "16,33%"}},
		{{"Dịch vụ công mức 4 làm thêm được bao nhiêu theo NQ22?", "23 dịch vụ"}, {"Như vậy còn hụt mấy dịch vụ nữa?", "còn thiếu 27 dịch vụ"}},
		{{"NQ22 đặt chỉ tiêu phát triển thêm bao nhiêu DVC mức 3?", "400"}, {"So với chỉ tiêu thì vượt bao nhiêu dịch vụ ạ?", "vượt 1.212"}},
	} {
		chat := ask.Chat{Platform: "test", ID: fmt.Sprint("goes-on-", i)}
		for _, turn := range conv {
			ans, err := a.Converse(ctx, chat, turn[0])
			if err != nil {
				t.Fatal(err)
			}
			if !ans.Kind.CarriesFigure() || !strings.Contains(ans.Text, turn[1]) {
				t.Errorf("%q: kind %s, want %q in: %s", turn[0], ans.Kind, turn[1], ans.Text)
			}
		}
	}
}
