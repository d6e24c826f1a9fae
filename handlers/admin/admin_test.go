package admin_test

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/admin"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

func TestParseInvite(t *testing.T) {
	tests := []struct {
		in                      string
		unit, role, name, phone string
		bad                     bool
	}{
		{in: "443 clerk", unit: "443", role: "clerk"},
		{in: "443 đầu mối Nguyễn Văn An", unit: "443", role: "clerk", name: "Nguyễn Văn An"},
		{in: "Huyện Can Lộc cán bộ đầu mối Nguyễn Văn An", unit: "Huyện Can Lộc", role: "clerk", name: "Nguyễn Văn An"},
		{in: "Can Loc lanh dao Tran Thi B", unit: "Can Loc", role: "leader", name: "Tran Thi B"},
		{in: "S-KHCN quản trị", unit: "S-KHCN", role: "admin"},
		{in: "42 QUẢN TRỊ VIÊN Lê C sđt=0912 345 678", unit: "42", role: "admin", name: "Lê C", phone: "84912345678"},
		{in: "443 đầu mối An sdt: 0912345678", unit: "443", role: "clerk", name: "An", phone: "84912345678"},
		{in: "443 đầu mối An sđt=12345", bad: true},
		{in: "443", bad: true},
		{in: "đầu mối An", bad: true}, // no unit before the role
		{in: "443 thủ quỹ An", bad: true},
		{in: "", bad: true},
	}
	for _, tt := range tests {
		got, problem := admin.ParseInvite(tt.in)
		if tt.bad {
			if problem == "" {
				t.Errorf("ParseInvite(%q) = %+v, want a problem", tt.in, got)
			}
			continue
		}
		want := admin.InviteRequest{Unit: tt.unit, Role: tt.role, Name: tt.name, Phone: tt.phone}
		if problem != "" || got != want {
			t.Errorf("ParseInvite(%q) = %+v, %q; want %+v", tt.in, got, problem, want)
		}
	}
}

func FuzzParseInvite(f *testing.F) {
	for _, s := range []string{"443 clerk", "Huyện Can Lộc cán bộ đầu mối Nguyễn Văn An sđt=0912 345 678", "dt:", "x lanh dao sdt=", "\xff admin", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		req, problem := admin.ParseInvite(s)
		if problem != "" {
			return
		}
		if req.Unit == "" || (req.Role != "clerk" && req.Role != "leader" && req.Role != "admin") {
			t.Fatalf("ParseInvite(%q) = %+v", s, req)
		}
		if req.Phone != "" {
			if p, err := admin.ParsePhone(req.Phone); err != nil || p != req.Phone {
				t.Fatalf("ParseInvite(%q): phone %q", s, req.Phone)
			}
		}
	})
}

func TestParseHistory(t *testing.T) {
	ref := time.Date(2025, 10, 20, 9, 0, 0, 0, time.UTC)
	tests := []struct{ in, unit, start, end string }{
		{"443 Q2/2019", "443", "2019-04-01", "2019-06-30"},
		{"Huyện Can Lộc quý 2 năm 2019", "Huyện Can Lộc", "2019-04-01", "2019-06-30"},
		{"Can Lộc năm 2019", "Can Lộc", "2019-01-01", "2019-12-31"},
		{"18406 quý III/2025", "18406", "2025-07-01", "2025-09-30"},
		{"Kỳ Anh", "Kỳ Anh", "2025-07-01", "2025-09-30"}, // the last quarter ended
		{"443 quý trước", "443", "2025-07-01", "2025-09-30"},
	}
	for _, tt := range tests {
		unit, per, problem := admin.ParseHistory(tt.in, ref)
		if problem != "" || unit != tt.unit || per.Start != tt.start || per.End != tt.end {
			t.Errorf("ParseHistory(%q) = %q, %+v, %q", tt.in, unit, per, problem)
		}
	}
	for _, bad := range []string{"", "  "} {
		if _, _, problem := admin.ParseHistory(bad, ref); problem == "" {
			t.Errorf("ParseHistory(%q): no problem", bad)
		}
	}
}

func FuzzParseHistory(f *testing.F) {
	for _, s := range []string{"443 Q2/2019", "Can Lộc năm 2019", "x hiện nay", "quý 5/2019", "a đến ngày 30/09/2025", "\xff"} {
		f.Add(s)
	}
	ref := time.Date(2025, 10, 20, 9, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, s string) {
		unit, per, problem := admin.ParseHistory(s, ref)
		if problem != "" {
			return
		}
		if strings.TrimSpace(unit) == "" || per.Start == "" || per.End == "" || per.Start > per.End {
			t.Fatalf("ParseHistory(%q) = %q, %+v", s, unit, per)
		}
	})
}

// console is the demo and the 2025 structure at a date, with the person
// at the console an admin.
func console(t *testing.T, d queries.Dialect, now time.Time, owner string) (*handlers.Router, *queries.Store) {
	t.Helper()
	ctx := context.Background()
	s := handlertest.DemoStore(t, d)
	if _, err := dataset.SeedHaTinh2025(ctx, s, now); err != nil {
		t.Fatal(err)
	}
	op, err := s.Operator(ctx, now)
	if err != nil {
		t.Fatal(err)
	}
	b := handlertest.Wire(t, s, now, handlers.RouterConfig{TrustedPlatforms: []string{"console"}, Operator: op, Owner: owner})
	return b.Router, s
}

func say(t *testing.T, r *handlers.Router, m bot.Message) string {
	t.Helper()
	out, err := r.Handle(context.Background(), m)
	if err != nil {
		t.Fatalf("%q: %v", m.Text, err)
	}
	var texts []string
	for _, o := range out {
		texts = append(texts, o.Text)
	}
	return strings.Join(texts, "\n")
}

// TestUnitsOnTheirDates: a unit is named by code or name on the date
// concerned, so a reused code never stands for two units: 18406 is Thị
// trấn Nghèn in 2019 and Xã Can Lộc in 2025; "Can Lộc" the district in
// 2019 and the xã in 2025; the district asked for 2025 is said to have
// ended. An invite made today goes to today's unit.
func TestUnitsOnTheirDates(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		now := time.Date(2025, 10, 20, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		r, s := console(t, d, now, "")
		ask := func(text string) string {
			return say(t, r, bot.Message{Platform: "console", ChatID: "op", UserID: "op", Text: text})
		}
		for _, tt := range []struct{ cmd, want string }{
			{"/lichsu 18406 Q2/2019", "Thị trấn Nghèn (18406) trong quý 2/2019"},
			{"/lichsu 18406 Q3/2025", "Xã Can Lộc (18406) trong quý 3/2025"},
			{"/lichsu Can Lộc Q2/2019", "Huyện Can Lộc (443)"},
			{"/lichsu Can Lộc Q3/2025", "Xã Can Lộc (18406)"},
			{"/lichsu Huyện Can Lộc Q3/2025", "«Huyện Can Lộc» không có đơn vị nào vào ngày 30/09/2025: Huyện Can Lộc (443) có đến 30/06/2025"},
			{"/lichsu Thị trấn Nghèn Q3/2025", "Xã Can Lộc (18406)"}, // the old name is an alias of its successor since 01/07/2025
			{"/lichsu Kỳ Anh Q2/2019", "có thể là"},
		} {
			if got := ask(tt.cmd); !strings.Contains(got, tt.want) {
				t.Errorf("%s: %q, want %q", tt.cmd, got, tt.want)
			}
		}
		invite := ask("/moi 18406 đầu mối Trần Văn Bình")
		if !strings.Contains(invite, "Xã Can Lộc (18406), Trần Văn Bình") {
			t.Fatalf("/moi 18406: %q", invite)
		}
		var unit int64
		if err := s.DB().Get(&unit, "SELECT unit_id FROM invite_codes WHERE full_name = 'Trần Văn Bình'"); err != nil {
			t.Fatal(err)
		}
		if u, err := s.UnitByCodeOn(context.Background(), "18406", "2025-10-20"); err != nil || u.ID != unit {
			t.Fatalf("the invite went to unit %d, not %+v (%v)", unit, u, err)
		}
	})
}

// TestOwnerIsASetting: who runs the bot is named from the setting (the
// Sở KH&CN by default), never the former Sở TT&TT.
func TestOwnerIsASetting(t *testing.T) {
	now := time.Date(2025, 10, 20, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ owner, want string }{{"", handlers.DefaultOwner}, {"Sở Khoa học và Công nghệ tỉnh Quảng Trị", "Sở Khoa học và Công nghệ tỉnh Quảng Trị"}} {
		r, _ := console(t, queries.SQLite, now, tt.owner)
		stranger := bot.Message{Platform: "telegram", ChatID: "9", UserID: "9"}
		for _, text := range []string{"/start", "/dangky SAIMA", "/dangky"} {
			stranger.Text = text
			got := say(t, r, stranger)
			if !strings.Contains(got, tt.want) || strings.Contains(got, "Thông tin và Truyền thông") || strings.Contains(got, "TT&TT") {
				t.Errorf("owner %q, %s: %q", tt.owner, text, got)
			}
		}
		help := say(t, r, bot.Message{Platform: "console", ChatID: "op", UserID: "op", Text: "/help"})
		for _, want := range []string{tt.want, "/moi", "/nguoidung", "/thuhoi", "/lichsu", "/mau", "/baocao"} {
			if !strings.Contains(help, want) {
				t.Errorf("admin's help lacks %q", want)
			}
		}
	}
}

// TestUploadConfirmation: a kept file is confirmed only by the admin who
// sent it (the button's data typed by a clerk or another admin is
// refused), «Huỷ» drops it, and nothing of a cancelled file is imported.
func TestUploadConfirmation(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		now := time.Date(2025, 10, 20, 9, 0, 0, 0, time.FixedZone("ICT", 7*3600))
		s := handlertest.DemoStore(t, d)
		for _, p := range []struct{ user, unit, role string }{{"a1", "42", "admin"}, {"a2", "42", "admin"}, {"c1", "443", "clerk"}} {
			u, err := s.UnitByCodeOn(ctx, p.unit, "2025-10-20")
			if err != nil {
				t.Fatal(err)
			}
			if err := s.AddInvite(ctx, queries.Invite{Code: strings.ToUpper(p.user), UnitID: u.ID, Role: p.role, FullName: p.user, CreatedAt: now,
				ExpiresAt: now.Add(time.Hour)}); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Register(ctx, queries.Registration{Code: strings.ToUpper(p.user), Platform: "telegram", ExternalID: p.user, ChatID: p.user}, now); err != nil {
				t.Fatal(err)
			}
		}
		r := handlertest.Wire(t, s, now, handlers.RouterConfig{}).Router
		from := func(user string, m bot.Message) string {
			m.Platform, m.ChatID, m.UserID = "telegram", user, user
			return say(t, r, m)
		}
		csv := "chi_tieu,don_vi,ky,gia_tri,nguon\nhstt,443,năm 2018,4321,47/BC-STTTT\n"
		preview := from("a1", bot.Message{Document: &bot.Document{Name: "so_lieu.csv", Data: []byte(csv), Size: int64(len(csv))}})
		if !strings.Contains(preview, "so_lieu: thêm 1, sửa 0") || !strings.Contains(preview, "Xác nhận") {
			t.Fatalf("dry run %q", preview)
		}
		var id int64
		if err := s.DB().Get(&id, "SELECT MAX(id) FROM pending_uploads"); err != nil {
			t.Fatal(err)
		}
		data := "nap:ok:" + strconv.FormatInt(id, 10)
		if got := from("c1", bot.Message{Text: data}); !strings.Contains(got, "Chỉ quản trị") {
			t.Fatalf("a clerk's confirmation: %q", got)
		}
		if got := from("a2", bot.Message{Text: data}); !strings.Contains(got, "do người khác gửi") {
			t.Fatalf("another admin's confirmation: %q", got)
		}
		if got := from("a1", bot.Message{Text: "2", Button: true}); !strings.Contains(got, "Đã huỷ, chưa nạp gì") {
			t.Fatalf("«Huỷ»: %q", got)
		}
		if got := from("a1", bot.Message{Text: data}); !strings.Contains(got, "đã được nạp, huỷ hoặc hết hạn") {
			t.Fatalf("confirming a cancelled file: %q", got)
		}
		if n := count(t, s, "SELECT COUNT(*) FROM indicator_values WHERE value = 4321"); n != 0 {
			t.Fatalf("a cancelled file was imported")
		}
		// The same file again, confirmed: the figure is there, once.
		from("a1", bot.Message{Document: &bot.Document{Name: "so_lieu.csv", Data: []byte(csv), Size: int64(len(csv))}})
		if got := from("a1", bot.Message{Text: "1", Button: true}); !strings.Contains(got, "Đã nạp tệp so_lieu.csv") {
			t.Fatalf("confirmation: %q", got)
		}
		if n := count(t, s, "SELECT COUNT(*) FROM indicator_values WHERE value = 4321 AND superseded_at IS NULL"); n != 1 {
			t.Fatalf("%d current figures of 4321", n)
		}
		// A file that changes nothing is said so, and not kept.
		if got := from("a1", bot.Message{Document: &bot.Document{Name: "so_lieu.csv", Data: []byte(csv), Size: int64(len(csv))}}); !strings.Contains(got, "không thêm, không sửa gì") || strings.Contains(got, "Xác nhận") {
			t.Fatalf("an unchanged file: %q", got)
		}
		// /huy drops a file waiting for «Xác nhận»: a later press imports nothing.
		csv2 := "chi_tieu,don_vi,ky,gia_tri,nguon\nhstt,443,năm 2018,9876,47/BC-STTTT\n"
		from("a1", bot.Message{Document: &bot.Document{Name: "so_lieu.csv", Data: []byte(csv2), Size: int64(len(csv2))}})
		if got := from("a1", bot.Message{Text: "/huy"}); !strings.Contains(got, "Đã huỷ") {
			t.Fatalf("/huy: %q", got)
		}
		if err := s.DB().Get(&id, "SELECT MAX(id) FROM pending_uploads"); err != nil {
			t.Fatal(err)
		}
		if got := from("a1", bot.Message{Text: "nap:ok:" + strconv.FormatInt(id, 10)}); !strings.Contains(got, "đã được nạp, huỷ hoặc hết hạn") {
			t.Fatalf("confirming after /huy: %q", got)
		}
		if n := count(t, s, "SELECT COUNT(*) FROM indicator_values WHERE value = 9876"); n != 0 {
			t.Fatalf("a file dropped by /huy was imported")
		}
	})
}

func count(t *testing.T, s *queries.Store, q string) int {
	t.Helper()
	var n int
	if err := s.DB().Get(&n, q); err != nil {
		t.Fatal(err)
	}
	return n
}
