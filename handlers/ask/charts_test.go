package ask_test

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// decodeChart checks an answer's chart is a real, non-blank PNG.
func decodeChart(t *testing.T, ans ask.Answer) {
	t.Helper()
	if ans.Attachment == nil || !ans.Attachment.Image || !strings.HasSuffix(ans.Attachment.Name, ".png") {
		t.Fatalf("no chart: %+v", ans)
	}
	img, err := png.Decode(bytes.NewReader(ans.Attachment.Data))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() < 600 || b.Dy() < 400 {
		t.Fatalf("chart %dx%d", b.Dx(), b.Dy())
	}
	colours := map[[4]uint32]bool{}
	for y := b.Min.Y; y < b.Max.Y; y += 7 {
		for x := b.Min.X; x < b.Max.X; x += 7 {
			r, g, bl, a := img.At(x, y).RGBA()
			colours[[4]uint32{r, g, bl, a}] = true
		}
	}
	if len(colours) < 10 {
		t.Fatalf("chart looks blank: %d colours", len(colours))
	}
}

func TestChartsFromQuestions(t *testing.T) {
	a := newAnswerer(t, demoStore(t, queries.SQLite))
	ctx := context.Background()
	for _, tt := range []struct{ q, title, line string }{
		{"vẽ biểu đồ tỷ lệ hồ sơ trực tuyến các huyện quý 2/2019", "Tỷ lệ hồ sơ nộp trực tuyến các đơn vị cấp huyện quý 2/2019", "1. Huyện Can Lộc: 27,73%"},
		{"/bieudo so ho so truc tuyen cac huyen q1 2019", "Số hồ sơ nộp trực tuyến (mức độ 3, 4) các đơn vị cấp huyện quý 1/2019", "1. Thành phố Hà Tĩnh: 604 hồ sơ"},
		{"biểu đồ tỷ lệ hồ sơ trực tuyến của Can Lộc", "Tỷ lệ hồ sơ nộp trực tuyến của Huyện Can Lộc", "quý 1/2019: 20,98%"},
		{"ve bieu do kinh phi cac du an", "Kinh phí các dự án Nghị quyết 22", "Phần mềm trích lọc, chấm điểm minh bạch thông tin: đã cấp 0, đề xuất 1.500"},
	} {
		t.Run(tt.q, func(t *testing.T) {
			ans, err := a.Answer(ctx, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(ans.Text, tt.title) || !strings.Contains(ans.Text, tt.line) {
				t.Fatalf("caption %q: want title %q and line %q", ans.Text, tt.title, tt.line)
			}
			decodeChart(t, ans)
		})
	}
	ans, err := a.Answer(ctx, "vẽ biểu đồ giá vàng")
	if err != nil || ans.Attachment != nil || ans.Kind == ask.KindFigure {
		t.Fatalf("chart of nothing: %+v %v", ans, err)
	}
}

// TestExportWorkbook reads the /xuat file back on both databases.
func TestExportWorkbook(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		a := newAnswerer(t, demoStore(t, d))
		ans, err := a.Answer(context.Background(), "/xuat Q2/2019")
		if err != nil {
			t.Fatal(err)
		}
		if ans.Attachment == nil || ans.Attachment.Image || ans.Attachment.Name != "so-lieu-quy-2-2019.xlsx" {
			t.Fatalf("attachment %+v", ans.Attachment)
		}
		if !strings.Contains(ans.Text, "12 đơn vị đã nộp trên 32") {
			t.Fatalf("caption %q", ans.Text)
		}
		f, err := excelize.OpenReader(bytes.NewReader(ans.Attachment.Data))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if got := f.GetSheetList(); strings.Join(got, "|") != "Số liệu|Tình hình nộp|Kinh phí NQ 22" {
			t.Fatalf("sheets %v", got)
		}
		rows, err := f.GetRows("Số liệu")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(rows[0][0], "quý 2/2019") || rows[1][0] != "Mã đơn vị" || !strings.HasPrefix(rows[1][2], "dvc3") {
			t.Fatalf("title and header %q %q", rows[0], rows[1])
		}
		found := false
		for _, r := range rows[2:] {
			if r[0] == "443" {
				found = true
				if r[1] != "Huyện Can Lộc" || r[4] != "642" || r[5] != "2,315" && r[5] != "2.315" || !strings.HasPrefix(r[6], "27.7") {
					t.Fatalf("Can Lộc row %q", r)
				}
			}
		}
		if !found || len(rows) != 2+12 {
			t.Fatalf("%d unit rows, want 12 (found Can Lộc: %v)", len(rows)-2, found)
		}
		status, _ := f.GetRows("Tình hình nộp")
		if len(status) != 2+32 {
			t.Fatalf("%d status rows, want 32", len(status)-2)
		}
		funding, _ := f.GetRows("Kinh phí NQ 22")
		last := funding[len(funding)-1]
		if !strings.Contains(strings.Join(last, "|"), "4,652") && !strings.Contains(strings.Join(last, "|"), "4.652") && !strings.Contains(strings.Join(last, "|"), "4652") {
			t.Fatalf("stated total row %q", last)
		}
	})
}
