package telegram_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/telegram/telegramtest"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// chats reads a rig's conversation chat by chat: each call waits for the
// next message the bot sent to a chat, in order, whatever the other chats
// got meanwhile.
type chats struct {
	t    *testing.T
	r    *rig
	seen map[int64]int
}

func newChats(t *testing.T, r *rig) *chats { return &chats{t: t, r: r, seen: map[int64]int{}} }

// next waits for the next message sent to chat (text, photo or document)
// and returns it.
func (c *chats) next(chat int64) telegramtest.Call {
	c.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		sent := sentTo(c.r.fake.Sent(), chat)
		if len(sent) > c.seen[chat] {
			c.seen[chat]++
			return sent[c.seen[chat]-1]
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("chat %d: no message %d after 20 s", chat, c.seen[chat]+1)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// until reads chat's messages up to the first whose text has want, and
// returns its text.
func (c *chats) until(chat int64, want string) string {
	c.t.Helper()
	var got []string
	for i := 0; i < 6; i++ {
		call := c.next(chat)
		text := call.Params["text"] + call.Params["caption"]
		if strings.Contains(text, want) {
			return text
		}
		got = append(got, text)
	}
	c.t.Fatalf("chat %d: no message with %q among %q", chat, want, got)
	return ""
}

// say sends text from chat (a private chat: user id = chat id) and
// returns the text of the reply that has want.
func (c *chats) say(chat int64, text, want string) string {
	c.t.Helper()
	c.r.fake.PushMessage(chat, chat, text)
	return c.until(chat, want)
}

// press presses the n-th button (1-based) under the last message to chat.
func (c *chats) press(chat int64, n int, want string) string {
	c.t.Helper()
	sent := sentTo(c.r.fake.Sent(), chat)
	last := sent[len(sent)-1]
	id, _ := strconv.Atoi(last.Params["message_id"])
	c.r.fake.PushCallback(chat, chat, id, strconv.Itoa(n))
	return c.until(chat, want)
}

// upload sends a file from chat and returns the reply that has want.
func (c *chats) upload(chat int64, name string, data []byte, want string) string {
	c.t.Helper()
	c.r.fake.PushDocument(chat, chat, name, data, "")
	return c.until(chat, want)
}

// register makes an invite for a unit and role and registers chat with it.
func (c *chats) register(chat int64, unit, role string) {
	c.t.Helper()
	c.say(chat, "/dangky "+c.r.invite(unit, role), "Đăng ký thành công")
}

// haTinh2025 is the shipped 2025 dataset as the workbook an admin would
// send: the folder of CSV files written as one .xlsx by the dataset
// package.
func haTinh2025(t *testing.T) []byte {
	t.Helper()
	wb, err := dataset.ReadCSVDir(dataset.HaTinh2025(), dataset.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := wb.WriteXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func count(t *testing.T, s *queries.Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.DB().Get(&n, s.DB().Rebind(q), args...); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestUploadsByTelegram: an admin sends the 2025 units as a workbook, gets
// the dry run with «Xác nhận» (nothing written yet), confirms, and the
// units are there, a reused code naming each unit on its own dates. Then
// the Q3/2025 figures: the bot restarts between the dry run and the
// press, the press applies the kept file, a second press applies nothing,
// and the new indicator is answered at once in the same chat. A workbook
// with one bad row among hundreds writes nothing and names the row.
func TestUploadsByTelegram(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newRig(t, d, false)
		stop := r.run()
		c := newChats(t, r)
		const admin = 6101
		c.register(admin, "42", "admin")
		ctx := context.Background()

		preview := c.upload(admin, "ha-tinh-2025.xlsx", haTinh2025(t), "Xác nhận")
		for _, want := range []string{"Tệp ha-tinh-2025.xlsx", "Chạy thử: chưa ghi gì", "don_vi: thêm 69, sửa 276"} {
			if !strings.Contains(preview, want) {
				t.Fatalf("dry run lacks %q:\n%s", want, preview)
			}
		}
		if u, err := r.store.UnitByCodeOn(ctx, "18406", "2025-09-30"); err != nil || u.Name != "Thị trấn Nghèn" {
			t.Fatalf("the dry run wrote the 2025 units: %+v, %v", u, err)
		}
		c.press(admin, 1, "Đã nạp tệp ha-tinh-2025.xlsx")
		if u, err := r.store.UnitByCodeOn(ctx, "18406", "2025-09-30"); err != nil || u.Name != "Xã Can Lộc" {
			t.Fatalf("18406 in 2025: %+v, %v", u, err)
		}
		if u, err := r.store.UnitByCodeOn(ctx, "18406", "2019-06-30"); err != nil || u.Name != "Thị trấn Nghèn" {
			t.Fatalf("18406 in 2019: %+v, %v", u, err)
		}

		// The Q3/2025 figures; the process restarts before the press.
		q3 := readFile(t, "datasets", "q3-2025.xlsx")
		preview = c.upload(admin, "q3-2025.xlsx", q3, "Xác nhận")
		if !strings.Contains(preview, "so_lieu: thêm 7") || !strings.Contains(preview, "chi_tieu: thêm 1") {
			t.Fatalf("dry run:\n%s", preview)
		}
		stop()
		r2 := restarted(t, r)
		r2.run()
		c.r = r2
		imports := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'")
		c.press(admin, 1, "Đã nạp tệp q3-2025.xlsx")
		if got := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'"); got != imports+1 {
			t.Fatalf("%d imports recorded, want %d", got, imports+1)
		}
		// Pressed again: nothing more is imported.
		c.press(admin, 1, "hết hiệu lực")
		if got := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE action = 'import'"); got != imports+1 {
			t.Fatalf("a second press imported again")
		}
		answer := c.say(admin, "có bao nhiêu tài khoản định danh điện tử", "tài khoản")
		if !strings.Contains(answer, "812.345") {
			t.Fatalf("the new indicator at once: %q", answer)
		}
		history := c.say(admin, "/lichsu 18406 Q3/2025", "Lịch sử")
		for _, want := range []string{"Xã Can Lộc (18406), quý 3/2025", "4.321", "38,5", "nguồn KT-Q3/2025", "bởi An Nguyễn Văn"} {
			if !strings.Contains(history, want) {
				t.Fatalf("/lichsu 18406 Q3/2025 lacks %q:\n%s", want, history)
			}
		}
		c.say(admin, "/lichsu 18406 Q2/2019", "Chưa có báo cáo hay số liệu nào của Thị trấn Nghèn (18406) trong quý 2/2019")

		// One bad row among many: nothing written, the row named, no button.
		before := count(t, r.store, "SELECT COUNT(*) FROM indicator_values")
		refused := c.upload(admin, "so-lieu-xa.xlsx", manyFigures(t, r.store, 734), "lỗi")
		if !strings.Contains(refused, "Tệp có 1 lỗi; chưa ghi gì") || !strings.Contains(refused, "trang so_lieu, dòng 734, cột gia_tri") {
			t.Fatalf("bad row: %q", refused)
		}
		if after := count(t, r.store, "SELECT COUNT(*) FROM indicator_values"); after != before {
			t.Fatalf("a refused file wrote %d figures", after-before)
		}
		if last := sentTo(r2.fake.Sent(), admin); strings.Contains(last[len(last)-1].Params["reply_markup"], "Xác nhận") {
			t.Fatal("a refused file was offered «Xác nhận»")
		}
	})
}

// manyFigures is a workbook of the six 2025 indicators for every commune
// in Q3 and Q4/2025 (more than 800 rows), with a number of two commas on
// the given line.
func manyFigures(t *testing.T, s *queries.Store, badLine int) []byte {
	t.Helper()
	units, err := s.Units(context.Background(), "2025-07-01")
	if err != nil {
		t.Fatal(err)
	}
	wb := &dataset.Workbook{}
	wb.AddSheet("nguon", "ma", "ten", "ngay").Append("TEST-Q3", "Số liệu kiểm thử", "15/10/2025")
	sheet := wb.AddSheet("so_lieu", "chi_tieu", "don_vi", "ky", "gia_tri", "nguon")
	line := 1
	for _, ind := range []string{"dvc_tt", "dvc_mp", "hstt_tt_share", "payment_share", "digitized_share", "ontime_share"} {
		for _, u := range units {
			if u.Level != "commune" {
				continue
			}
			for q := 3; q <= 4; q++ {
				line++
				v := fmt.Sprint(line % 97)
				if line == badLine {
					v = "97,5,1"
				}
				sheet.Append(ind, u.Code, fmt.Sprintf("Q%d/2025", q), v, "TEST-Q3")
			}
		}
	}
	if line < 800 {
		t.Fatalf("only %d rows", line-1)
	}
	var buf bytes.Buffer
	if err := wb.WriteXLSX(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestUploadRefusals: files too big, with too many rows, from people who
// may not send them, or on Zalo's path; /mau for anyone registered.
func TestUploadRefusals(t *testing.T) {
	r := newRig(t, queries.SQLite, false)
	r.run()
	c := newChats(t, r)
	const admin, leader, stranger = 6201, 6202, 6203
	c.register(admin, "42", "admin")
	c.register(leader, "42", "leader")

	r.fake.PushDocumentSized(admin, admin, "lon.xlsx", nil, 6<<20, "")
	if got := c.until(admin, "quá giới hạn 5 MB"); !strings.Contains(got, "lon.xlsx nặng 6 MB") {
		t.Fatalf("too big: %q", got)
	}
	if calls := r.fake.Calls("getFile"); len(calls) != 0 {
		t.Fatalf("a file over the limit was fetched: %+v", calls)
	}
	var rows strings.Builder
	rows.WriteString("chi_tieu,don_vi,ky,gia_tri,nguon\n")
	for i := 0; i < 50001; i++ {
		rows.WriteString("hstt,443,năm 2018,1,47/BC-STTTT\n")
	}
	c.upload(admin, "so_lieu.csv", []byte(rows.String()), "hơn 50.000 dòng")
	if got := r.fake.Calls("file"); len(got) != 1 || got[0].Status != 200 {
		t.Fatalf("downloads %+v", got)
	}
	c.upload(admin, "ghi-chu.docx", []byte("PK…"), "chỉ đọc được tệp Excel .xlsx hoặc .csv")
	c.upload(leader, "so_lieu.csv", []byte("chi_tieu,don_vi,ky,gia_tri,nguon\n"), "Chỉ quản trị (nạp số liệu) và cán bộ đầu mối")
	c.upload(stranger, "so_lieu.csv", []byte("chi_tieu,don_vi,ky,gia_tri,nguon\n"), "/dangky")

	for _, chat := range []int64{admin, leader} {
		r.fake.PushMessage(chat, chat, "/mau")
		doc := c.next(chat)
		for doc.Method != "sendDocument" {
			doc = c.next(chat)
		}
		if f := doc.Files["document"]; f.Name != "mau-nap-so-lieu.xlsx" || !bytes.HasPrefix(f.Data, []byte("PK")) {
			t.Fatalf("/mau sent %q (%d bytes)", f.Name, len(f.Data))
		}
	}
	c.say(stranger, "/mau", "/dangky")
}

// TestAdministrationByChat: /moi, /nguoidung, /thuhoi, /lichsu and
// /baocao through the real client, each refused to those it is not for,
// each change in the audit log without the invite code.
func TestAdministrationByChat(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		r := newRig(t, d, false)
		r.run()
		c := newChats(t, r)
		const admin, leader, clerk, newcomer = 6301, 6302, 6303, 6304
		c.register(admin, "42", "admin")
		c.register(leader, "42", "leader")
		c.register(clerk, "436", "clerk")

		c.say(clerk, "/moi 443 đầu mối Nguyễn Văn An", "Chỉ quản trị")
		c.say(leader, "/moi 443 đầu mối Nguyễn Văn An", "Chỉ quản trị")
		c.say(admin, "/moi Hà Tĩnh đầu mối", "có thể là")
		c.say(admin, "/moi 443 thủ quỹ", "Gửi /moi ĐƠN_VỊ VAI_TRÒ")
		invite := c.say(admin, "/moi Can Lộc đầu mối Nguyễn Văn An sđt=0912 345 678", "/dangky ")
		code := regexp.MustCompile(`/dangky ([A-Z2-7]{12})`).FindStringSubmatch(invite)
		if code == nil || !strings.Contains(invite, "Huyện Can Lộc (443), Nguyễn Văn An, cán bộ đầu mối báo cáo") {
			t.Fatalf("/moi: %q", invite)
		}
		if n := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE action = 'invite' AND detail LIKE ?", "%Nguyễn Văn An%"); n != 1 {
			t.Fatalf("%d audit records of the invite", n)
		}
		if n := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE detail LIKE ?", "%"+code[1]+"%"); n != 0 {
			t.Fatal("the invite code is in the audit log")
		}
		c.say(newcomer, "/dangky "+code[1], "Đăng ký thành công cho Huyện Can Lộc")

		c.say(clerk, "/nguoidung", "Chỉ quản trị")
		c.say(leader, "/nguoidung", "Chỉ quản trị")
		list := c.say(admin, "/nguoidung 443", "Người dùng của Huyện Can Lộc (443), 1 người")
		id := regexp.MustCompile(`#(\d+) Nguyễn Văn An — cán bộ đầu mối báo cáo, Huyện Can Lộc \(443\); Telegram; SĐT 0912 345 678`).FindStringSubmatch(list)
		if id == nil {
			t.Fatalf("/nguoidung 443: %q", list)
		}
		all := c.say(admin, "/nguoidung", "Người dùng (")
		if !strings.Contains(all, "Thành phố Hà Tĩnh (436)") || !strings.Contains(all, "quản trị, Tỉnh Hà Tĩnh (42)") {
			t.Fatalf("/nguoidung: %q", all)
		}

		c.say(clerk, "/thuhoi #"+id[1], "Chỉ quản trị")
		c.say(leader, "/thuhoi #"+id[1], "Chỉ quản trị")
		c.say(admin, "/thuhoi #"+id[1], "Đã thu hồi quyền của Nguyễn Văn An")
		if n := count(t, r.store, "SELECT COUNT(*) FROM audit_log WHERE action = 'revoke' AND entity_id = ?", id[1]); n != 1 {
			t.Fatalf("%d audit records of the revocation", n)
		}
		c.say(newcomer, "tỷ lệ hồ sơ trực tuyến năm 2018", "/dangky")
		c.say(admin, "/thuhoi Nguyễn Văn An", "Không tìm thấy người dùng")
		c.say(admin, "/nguoidung 443", "đã thu hồi từ")

		// /lichsu: a submission and its correction, who and when.
		const nop = "/nop đơn vị=436 Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900"
		c.say(admin, nop, "Xác nhận")
		c.press(admin, 1, "Đã nhận báo cáo")
		c.say(clerk, strings.Replace(nop, "đơn vị=436 ", "", 1)+"0", "Xác nhận")
		c.press(clerk, 1, "Đã cập nhật báo cáo")
		c.say(clerk, "/lichsu 436 Q2/2019", "Chỉ lãnh đạo và quản trị")
		history := c.say(leader, "/lichsu Thành phố Hà Tĩnh quý 2/2019", "Lịch sử")
		for _, want := range []string{"Thành phố Hà Tĩnh (436), quý 2/2019", "An Nguyễn Văn (quản trị), qua Telegram: dvc3=45, dvc4=2, hstt=120, hstong=900 — đã được sửa lúc",
			"(cán bộ đầu mối báo cáo), qua Telegram: dvc3=45, dvc4=2, hstt=120, hstong=9.000 — bản sửa, đang dùng"} {
			if !strings.Contains(history, want) {
				t.Fatalf("/lichsu lacks %q:\n%s", want, history)
			}
		}
		c.say(leader, "/lichsu Huyện Không Có Q2/2019", "Không tìm thấy đơn vị")

		// /baocao names every late unit: 31 of 32 fit in one message.
		status := c.say(leader, "/baocao Q2/2019", "Chưa nộp (31)")
		for _, unit := range []string{"Huyện Can Lộc", "Thị xã Kỳ Anh", "Huyện Lộc Hà", "Sở Y tế"} {
			if !strings.Contains(status, unit) {
				t.Fatalf("/baocao does not name %s: %q", unit, status)
			}
		}
		c.say(clerk, "/baocao Q2/2019", "Chỉ lãnh đạo và quản trị")
		if docs := sentTo(r.fake.Calls("sendDocument"), leader); len(docs) != 0 {
			t.Fatalf("/baocao attached a file to a list that fits")
		}
	})
}

// TestClerkSendsTheFormAsAFile: a clerk's filled sheet is their quarterly
// report: previewed like /nop, stored at «Xác nhận», refused with the line
// of each problem (another unit, a rule of the form).
func TestClerkSendsTheFormAsAFile(t *testing.T) {
	r := newRig(t, queries.SQLite, false)
	r.run()
	c := newChats(t, r)
	const clerk = 6401
	c.register(clerk, "443", "clerk")
	sheet := func(rows ...string) []byte {
		wb := &dataset.Workbook{}
		s := wb.AddSheet("so_lieu", "chi_tieu", "don_vi", "ky", "gia_tri", "nguon")
		for _, row := range rows {
			s.Append(strings.Split(row, ",")...)
		}
		var buf bytes.Buffer
		if err := wb.WriteXLSX(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	bad := c.upload(clerk, "bao-cao.xlsx", sheet("dvc3,443,Q2/2019,45,", "dvc4,436,Q2/2019,2,", "hstt,443,Q2/2019,1200,",
		"hstong,443,Q2/2019,900,"), "Chưa lưu báo cáo")
	for _, want := range []string{"dòng 3, cột don_vi: chỉ được gửi số liệu của đơn vị mình, Huyện Can Lộc (443)"} {
		if !strings.Contains(bad, want) {
			t.Fatalf("refusal lacks %q: %q", want, bad)
		}
	}
	bad = c.upload(clerk, "bao-cao.xlsx", sheet("dvc3,443,Q2/2019,45,", "dvc4,443,Q2/2019,2,", "hstt,443,Q2/2019,1200,",
		"hstong,443,Q2/2019,900,"), "Chưa lưu báo cáo")
	if !strings.Contains(bad, "hstt (1.200) lớn hơn hstong (900)") {
		t.Fatalf("the form's rule: %q", bad)
	}
	preview := c.upload(clerk, "bao-cao.xlsx", sheet("dvc3,443,quý 2/2019,45,", "dvc4,,Q2/2019,2,", "hstt,443,Q2/2019,120,",
		"hstong,443,Q2/2019,900,"), "Xác nhận")
	if !strings.Contains(preview, "Xem lại báo cáo quý 2/2019 của Huyện Can Lộc") || !strings.Contains(preview, "hstong (tổng số hồ sơ") {
		t.Fatalf("preview %q", preview)
	}
	c.press(clerk, 1, "Đã nhận báo cáo quý 2/2019 của Huyện Can Lộc")
	form, err := r.store.FormByCode(context.Background(), dataset.QuarterlyFormCode)
	if err != nil {
		t.Fatal(err)
	}
	status, err := r.store.FormStatus(context.Background(), form.ID, "2019-04-01")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range status {
		if s.UnitCode == "443" && (!s.SubmissionID.Valid || s.SubmittedBy == "") {
			t.Fatalf("the sheet was not stored as Can Lộc's report: %+v", s)
		}
	}
}

// TestCommandsRegistered: the new commands are in Telegram's menu.
func TestCommandsRegistered(t *testing.T) {
	r := newRig(t, queries.SQLite, false)
	if err := r.ch.SetCommands(); err != nil {
		t.Fatal(err)
	}
	calls := r.fake.Calls("setMyCommands")
	if len(calls) != 1 || calls[0].Status != 200 {
		t.Fatalf("setMyCommands %+v", calls)
	}
	for _, name := range []string{"mau", "moi", "nguoidung", "thuhoi", "lichsu", "baocao"} {
		if !strings.Contains(calls[0].Params["commands"], `"command":"`+name+`"`) {
			t.Fatalf("/%s not registered: %s", name, calls[0].Params["commands"])
		}
	}
}

// readFile reads a file of the repository's testdata/.
func readFile(t *testing.T, elem ...string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(append([]string{"..", "..", "testdata"}, elem...)...))
	if err != nil {
		t.Fatal(err)
	}
	return data
}
