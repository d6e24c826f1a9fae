package ask_test

import (
	"context"
	"testing"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/vi"
	"github.com/hatinh-stttt/chatbot/queries"
)

// TestStatedRanking: a figure units do not report, which the report
// states of some districts (the people trained in 2018), is ranked among
// those, and says so; two of them named are set against each other.
func TestStatedRanking(t *testing.T) {
	ctx := context.Background()
	s := demoStore(t, queries.SQLite)
	a := newAnswerer(t, s)
	inds, err := s.Indicators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, ind := range inds {
		if ind.Code == "train_participants" {
			id = ind.ID
		}
	}
	units, err := s.IndicatorUnits(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	all, err := s.AllUnits(ctx)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[int64]queries.Unit{}
	for _, u := range all {
		byID[u.ID] = u
	}
	type stated struct {
		name  string
		value float64
	}
	var districts []stated
	for _, uid := range units {
		vals, err := s.UnitValues(ctx, id, uid)
		if err != nil {
			t.Fatal(err)
		}
		for _, v := range vals {
			if u := byID[uid]; v.Level == "" && v.PeriodLabel == "năm 2018" && u.Level == "district" {
				districts = append(districts, stated{u.Name, v.Value})
			}
		}
	}
	if len(districts) < 2 {
		t.Fatalf("the demo states the 2018 training of %d districts; the test needs two", len(districts))
	}
	best := districts[0]
	for _, d := range districts {
		if d.value > best.value {
			best = d
		}
	}
	n := vi.NewNumbers()
	checkReplies(t, a, []replyCase{
		{q: "năm 2018 huyện nào tập huấn được nhiều người nhất giúp em ạ", kind: ask.KindFigure,
			want: []string{"trong " + n.Num(float64(len(districts))) + " đơn vị cấp huyện có số liệu trong báo cáo", "cao nhất là " + best.name + " " + n.Num(best.value) + " người"}},
		{q: "Can Lộc với Thạch Hà năm 2018 huyện nào tập huấn cho nhiều người hơn ạ", kind: ask.KindFigure,
			want: []string{"Huyện Can Lộc năm 2018", "Huyện Thạch Hà năm 2018"}},
		// A figure of one district only: no ranking made of it.
		{q: "năm 2018 huyện nào có nhiều lớp tập huấn nhất", not: []string{"cao nhất là"}},
	})
}
