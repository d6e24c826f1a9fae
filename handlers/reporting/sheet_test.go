package reporting_test

import (
	"bytes"
	"context"
	"database/sql"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// sheetFile is a workbook whose so_lieu sheet has the rows given as
// "chi_tieu,don_vi,ky,gia_tri".
func sheetFile(t *testing.T, rows ...string) *bot.Document {
	t.Helper()
	wb := &dataset.Workbook{}
	s := wb.AddSheet("so_lieu", "chi_tieu", "don_vi", "ky", "gia_tri", "nguon")
	for _, r := range rows {
		s.Append(append(strings.Split(r, ";"), "")...)
	}
	var buf bytes.Buffer
	if err := wb.WriteXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	return &bot.Document{Name: "bao-cao.xlsx", Data: buf.Bytes(), Size: int64(buf.Len())}
}

// TestSheetOfThe2025Form: the clerk of a 2025 commune sends the new
// quarterly form as a filled sheet, naming figures by their indicators'
// codes: whole numbers only where the form says so, percentages not above
// the form's 100, then the /nop preview and «Xác nhận» store it as the
// commune's report.
func TestSheetOfThe2025Form(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		now := time.Date(2025, 10, 20, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		s := handlertest.DemoStore(t, d)
		if _, err := dataset.SeedHaTinh2025(ctx, s, now); err != nil {
			t.Fatal(err)
		}
		unit, err := s.UnitByCodeOn(ctx, "18406", "2025-10-20")
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddInvite(ctx, queries.Invite{Code: "XACANLOC", UnitID: unit.ID, Role: "clerk", FullName: "Lê Thị Hoa", CreatedAt: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Register(ctx, queries.Registration{Code: "XACANLOC", Platform: "telegram", ExternalID: "77", ChatID: "77"}, now); err != nil {
			t.Fatal(err)
		}
		router := handlertest.Wire(t, s, now, handlers.RouterConfig{}).Router
		send := func(m bot.Message) ([]bot.Reply, string) {
			t.Helper()
			m.Platform, m.ChatID, m.UserID = "telegram", "77", "77"
			out, err := router.Handle(ctx, m)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, r := range out {
				texts = append(texts, r.Text)
			}
			return out, strings.Join(texts, "\n")
		}
		rows := []string{"dvc_tt;18406;Q3/2025;12", "dvc_mp;18406;Q3/2025;30", "hstt_tt_share;;quý 3/2025;41,5",
			"payment_share;18406;Q3/2025;27,5%", "so_hoa;18406;Q3/2025;80", "dung_han;Xã Can Lộc;Q3/2025;101"}
		_, text := send(bot.Message{Document: sheetFile(t, rows...)})
		if !strings.Contains(text, "Chưa lưu báo cáo") || !strings.Contains(text, "dung_han=101: không được lớn hơn 100") {
			t.Fatalf("above the form's maximum: %q", text)
		}
		rows[5] = "dung_han;Xã Can Lộc;Q3/2025;99"
		rows[0] = "dvc_tt;18406;Q3/2025;12,5"
		_, text = send(bot.Message{Document: sheetFile(t, rows...)})
		if !strings.Contains(text, "trang so_lieu, dòng 2, cột gia_tri: dvc_tt=12,5: phải là số nguyên") {
			t.Fatalf("a whole number: %q", text)
		}
		rows[0] = "dvc_tt;18406;Q2/2025;12"
		_, text = send(bot.Message{Document: sheetFile(t, rows...)})
		if !strings.Contains(text, "dòng 3, cột ky: kỳ quý 3/2025 khác kỳ quý 2/2025") {
			t.Fatalf("two periods: %q", text)
		}
		rows[0] = "dvc_tt;18406;Q3/2025;12"
		out, text := send(bot.Message{Document: sheetFile(t, rows...)})
		if !strings.Contains(text, "Xem lại báo cáo quý 3/2025 của Xã Can Lộc") || !strings.Contains(text, "hs_tt (tỷ lệ hồ sơ trực tuyến toàn trình): 41,5") ||
			len(out[len(out)-1].Options) != 2 {
			t.Fatalf("preview %q", text)
		}
		if _, text = send(bot.Message{Text: "1", Button: true}); !strings.Contains(text, "Đã nhận báo cáo quý 3/2025 của Xã Can Lộc") {
			t.Fatalf("confirmation %q", text)
		}
		vals, err := s.UnitAllValues(ctx, unit.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := map[int64]float64{}
		for _, v := range vals {
			if v.SubmissionID.Valid && v.PeriodStart == "2025-07-01" {
				got[v.IndicatorID] = v.Value
			}
		}
		if len(got) != 6 {
			t.Fatalf("stored %v", got)
		}
		ids := map[string]int64{}
		ins, _ := s.Indicators(ctx)
		for _, in := range ins {
			ids[in.Code] = in.ID
		}
		if got[ids["hstt_tt_share"]] != 41.5 || got[ids["payment_share"]] != 27.5 || got[ids["dvc_tt"]] != 12 {
			t.Fatalf("stored %v", got)
		}
		// One CSV file, named as the clerk likes, is the sheet too.
		csv := "chi_tieu,don_vi,ky,gia_tri\n" + strings.ReplaceAll(strings.ReplaceAll(strings.Join(rows, "\n"), ",", "."), ";", ",")
		_, text = send(bot.Message{Document: &bot.Document{Name: "quy3.csv", Data: []byte(csv), Size: int64(len(csv))}})
		if !strings.Contains(text, "Quý này đơn vị đã gửi báo cáo: xác nhận sẽ thay số liệu cũ") {
			t.Fatalf("a CSV file: %q", text)
		}
	})
}

func TestCheckRulesMaxValue(t *testing.T) {
	fields := []queries.FormField{{Code: "hs_tt", IndicatorName: "tỷ lệ", MaxValue: nullFloat(100)}, {Code: "dvc_tt", IndicatorName: "số"}}
	if p := reporting.CheckRules(map[string]float64{"hs_tt": 100, "dvc_tt": 1e6}, fields); len(p) != 0 {
		t.Fatalf("within bounds: %v", p)
	}
	if p := reporting.CheckRules(map[string]float64{"hs_tt": 100.5, "dvc_tt": 1}, fields); len(p) != 1 || p[0] != "hs_tt=100,5: không được lớn hơn 100." {
		t.Fatalf("above: %v", p)
	}
}

func FuzzReadSheet(f *testing.F) {
	for _, s := range [][4]string{{"dvc3", "443", "Q2/2019", "45"}, {"hstt", "", "quý 2/2019", "1.200"}, {"x", "436", "năm 2019", "abc"},
		{"HSTONG", "Huyện Can Lộc", "q2-2019", "9,5%"}, {"", "", "", ""}, {"dvc4", "443", "Q9/2019", "-1"}} {
		f.Add(s[0], s[1], s[2], s[3], 45.0)
	}
	who := queries.Account{UnitID: 7, UnitCode: "443", UnitName: "Huyện Can Lộc", Role: "clerk"}
	f.Fuzz(func(t *testing.T, code, unit, period, value string, number float64) {
		sheet := &dataset.Sheet{Name: "so_lieu", Header: []string{"chi_tieu", "don_vi", "ky", "gia_tri"}, Rows: []dataset.Row{
			{Line: 2, Cells: []dataset.Cell{{Text: code}, {Text: unit}, {Text: period}, {Text: value}}},
			{Line: 3, Cells: []dataset.Cell{{Text: "dvc3"}, {Text: unit}, {Text: period}, {Kind: dataset.CellNumber, Number: number}}},
		}}
		d, problems := reporting.ReadSheet(sheet, who, formFields, nil)
		for _, p := range problems {
			if strings.TrimSpace(p) == "" || !utf8.ValidString(p) {
				t.Fatalf("empty or invalid problem %q", p)
			}
		}
		if len(problems) > 0 {
			return
		}
		if d.Period.Kind != "quarter" || len(d.Values) == 0 {
			t.Fatalf("accepted %+v", d)
		}
		for k, v := range d.Values {
			if v != v || v > 1e12 {
				t.Fatalf("accepted %s=%v", k, v)
			}
		}
	})
}

func nullFloat(v float64) sql.NullFloat64 { return sql.NullFloat64{Float64: v, Valid: true} }
