package reporting_test

import (
	"context"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// ref2025 is a day after the third quarter of 2025, the first quarter of
// the communes formed on 01/07/2025.
var ref2025 = time.Date(2025, 10, 20, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))

// office2025 is the demo with the 2025 units loaded, people of both
// times registered and a router on ref2025.
func office2025(t *testing.T, d queries.Dialect) *office {
	t.Helper()
	ctx := context.Background()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(ctx, s, ref2025); err != nil {
		t.Fatal(err)
	}
	if _, err := dataset.SeedHaTinh2025(ctx, s, ref2025); err != nil {
		t.Fatal(err)
	}
	o := &office{t: t, store: s}
	o.router = handlertest.Wire(t, s, ref2025, handlers.RouterConfig{}).Router
	register(t, s, ref2025, []person{
		{"clerk-xacanloc", "18406", "2025-07-01", "clerk"}, // Xã Can Lộc, the code of Thị trấn Nghèn before
		{"clerk-sonv", "S-NV", "2025-07-01", "clerk"},      // an agency: still the 2019 form
		{"leader", "42", "2025-07-01", "leader"},
		{"admin", "S-TTTT", "2019-07-01", "admin"},
	})
	return o
}

const nop2025 = "/nop Q3/2025 dvc_tt=120 dvc_mp=35 hs_tt=82,5 thanh_toan=40 so_hoa=61 dung_han=97,8"

// TestNopOfTheCommunes2025: a commune of 2025 sends its own quarterly
// form (toàn trình, một phần and the shares), not the 2019 one; /baocao
// and questions count the agencies' form and the communes' together; a
// reused code names the unit of the period.
func TestNopOfTheCommunes2025(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := office2025(t, d)

		// The 2019 codes are not the commune's form: the reply lists its own.
		text, _ := o.say("clerk-xacanloc", "/nop Q3/2025 dvc3=5 dvc4=2 hstt=10 hstong=20")
		must(t, text, "dvc_tt, dvc_mp, hs_tt, thanh_toan, so_hoa, dung_han")

		// The commune did not exist in the second quarter.
		text, _ = o.say("clerk-xacanloc", "/nop Q2/2025 dvc_tt=1")
		must(t, text, "chưa thành lập hoặc đã không còn trong quý 2/2025")

		text, opts := o.say("clerk-xacanloc", nop2025)
		must(t, text, "Xã Can Lộc")
		if len(opts) == 0 {
			t.Fatalf("no confirmation offered: %q", text)
		}
		text, _ = o.press("clerk-xacanloc", opts[0].Data)
		must(t, text, "Đã nhận báo cáo quý 3/2025 của Xã Can Lộc")

		// An agency still sends the 2019 form in the same quarter.
		text, opts = o.say("clerk-sonv", "/nop Q3/2025 dvc3=12 dvc4=30 hstt=400 hstong=1000")
		if len(opts) == 0 {
			t.Fatalf("agency's form refused: %q", text)
		}
		o.press("clerk-sonv", opts[0].Data)

		// 18 agencies send the 2019 form, 69 communes theirs.
		text, _ = o.say("leader", "/baocao Q3/2025")
		must(t, text, "2/87 đơn vị đã nộp")
		must(t, text, "Xã Can Lộc")
		text, _ = o.say("leader", "bao nhiêu xã đã nộp báo cáo quý 3/2025?")
		must(t, text, "1/69")

		// Figures sent are asked at once, from the commune's own form.
		text, _ = o.say("leader", "tỷ lệ thanh toán trực tuyến của xã Can Lộc quý 3/2025")
		must(t, text, "40%")

		// The same code in the second quarter of 2025 is Thị trấn Nghèn,
		// which never reported; in the third, Xã Can Lộc.
		text, _ = o.say("admin", "/nop Q2/2025 đơn vị=18406 dvc3=1 dvc4=1 hstt=1 hstong=2")
		must(t, text, "Thị trấn Nghèn")
		text, opts = o.say("admin", "/nop Q3/2025 đơn vị=18406 dvc_tt=121 dvc_mp=35 hs_tt=82,5 thanh_toan=40 so_hoa=61 dung_han=97,8")
		must(t, text, "Xã Can Lộc")
		if len(opts) == 0 {
			t.Fatalf("admin's correction not offered: %q", text)
		}
	})
}
