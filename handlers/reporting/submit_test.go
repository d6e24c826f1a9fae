package reporting_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var corpusRef = handlertest.Ref

// office is the demo database with registered people and a chat router,
// on the corpus's reference date (20/07/2019: Q2/2019 has ended).
type office struct {
	t      *testing.T
	store  *queries.Store
	router *handlers.Router
}

func newOffice(t *testing.T, d queries.Dialect) *office {
	t.Helper()
	ctx := context.Background()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(ctx, s, corpusRef); err != nil {
		t.Fatal(err)
	}
	o := &office{t: t, store: s}
	o.router = o.newRouter()
	register(t, s, corpusRef, []person{
		{"clerk-canloc", "443", "", "clerk"}, {"clerk-tphatinh", "436", "", "clerk"}, {"leader", "42", "", "leader"}, {"admin", "S-TTTT", "", "admin"},
		{"clerk-commune", "18070", "", "clerk"}, // a ward: not one of the 32 reporting units
	})
	return o
}

// person is someone registered in a test: their chat id, their unit's
// code (on a date, for a code reused after the mergers) and role.
type person struct{ user, unit, on, role string }

// register invites and registers people on Telegram at a time.
func register(t *testing.T, s *queries.Store, at time.Time, people []person) {
	t.Helper()
	ctx := context.Background()
	for _, p := range people {
		u, err := s.UnitByCode(ctx, p.unit)
		if p.on != "" {
			u, err = s.UnitByCodeOn(ctx, p.unit, p.on)
		}
		if err != nil {
			t.Fatalf("%s: %v", p.unit, err)
		}
		code := strings.ToUpper(p.user)
		if err := s.AddInvite(ctx, queries.Invite{Code: code, UnitID: u.ID, Role: p.role, FullName: p.user, CreatedAt: at, ExpiresAt: at.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Register(ctx, queries.Registration{Code: code, Platform: "telegram", ExternalID: p.user, ChatID: p.user}, at); err != nil {
			t.Fatal(err)
		}
	}
}

// newRouter is what a restarted process builds: nothing kept in memory.
func (o *office) newRouter() *handlers.Router {
	return handlertest.Wire(o.t, o.store, corpusRef, handlers.RouterConfig{}).Router
}

// say sends a message from a user and returns the replies' text and options.
func (o *office) say(user, text string) (string, []bot.Option) {
	o.t.Helper()
	return o.send(bot.Message{Platform: "telegram", ChatID: user, UserID: user, Text: text})
}

func (o *office) press(user, data string) (string, []bot.Option) {
	o.t.Helper()
	return o.send(bot.Message{Platform: "telegram", ChatID: user, UserID: user, Text: data, Button: true})
}

func (o *office) send(m bot.Message) (string, []bot.Option) {
	o.t.Helper()
	out, err := o.router.Handle(context.Background(), m)
	if err != nil {
		o.t.Fatalf("%q: %v", m.Text, err)
	}
	var texts []string
	var opts []bot.Option
	for _, r := range out {
		texts = append(texts, r.Text)
		opts = append(opts, r.Options...)
	}
	return strings.Join(texts, "\n"), opts
}

// submitted lists the units with a current Q2/2019 submission.
func (o *office) submitted(periodStart string) map[string]bool {
	o.t.Helper()
	ctx := context.Background()
	form, err := o.store.FormByCode(ctx, dataset.QuarterlyFormCode)
	if err != nil {
		o.t.Fatal(err)
	}
	st, err := o.store.FormStatus(ctx, form.ID, periodStart)
	if err != nil {
		o.t.Fatal(err)
	}
	out := map[string]bool{}
	for _, s := range st {
		if s.SubmissionID.Valid {
			out[s.UnitCode] = true
		}
	}
	return out
}

func must(t *testing.T, got, want string) {
	t.Helper()
	if !strings.Contains(got, want) {
		t.Fatalf("reply %q lacks %q", got, want)
	}
}

const fullNop = "/nop Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900"

func TestNopAuthorization(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := newOffice(t, d)
		text, _ := o.say("stranger", fullNop)
		must(t, text, "/dangky")
		text, _ = o.say("leader", fullNop)
		must(t, text, "Chỉ cán bộ đầu mối")
		text, _ = o.say("clerk-commune", fullNop)
		must(t, text, "Phường Trần Phú không thuộc danh sách đơn vị phải gửi báo cáo quý")
		text, _ = o.say("clerk-canloc", "/nop đơn vị=436 Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900")
		must(t, text, "chỉ gửi được báo cáo của Huyện Can Lộc")
		text, _ = o.say("admin", fullNop)
		must(t, text, "đơn vị=")
		text, opts := o.say("admin", "/nop đơn vị=TP Hà Tĩnh Q2/2019 dvc3=45 dvc4=2 hstt=120 hstong=900")
		must(t, text, "Thành phố Hà Tĩnh")
		if len(opts) != 2 {
			t.Fatalf("admin preview without buttons: %q", text)
		}
		text, _ = o.press("admin", opts[0].Data)
		must(t, text, "Đã nhận báo cáo quý 2/2019 của Thành phố Hà Tĩnh")
		text, opts = o.say("clerk-canloc", fullNop)
		must(t, text, "Xem lại báo cáo quý 2/2019 của Huyện Can Lộc")
		must(t, text, "tỷ lệ hồ sơ trực tuyến: 13,33%")
		if len(opts) != 2 || opts[0].Label != "Xác nhận" || opts[1].Label != "Huỷ" {
			t.Fatalf("options %+v", opts)
		}
		if got := o.submitted("2019-04-01"); !got["436"] || got["443"] || len(got) != 1 {
			t.Fatalf("submitted %v, want only 436 so far", got)
		}
	})
}

func TestNopConfirmOnceAcrossRestartThenCorrect(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := newOffice(t, d)
		_, opts := o.say("clerk-canloc", fullNop)
		o.router = o.newRouter() // the process restarts between preview and confirmation
		text, _ := o.press("clerk-canloc", opts[0].Data)
		must(t, text, "Đã nhận báo cáo quý 2/2019 của Huyện Can Lộc")
		text, _ = o.press("clerk-canloc", opts[0].Data) // pressed again
		must(t, text, "hết hiệu lực")
		if got := o.submitted("2019-04-01"); !got["443"] {
			t.Fatal("not stored")
		}
		// Answerable at once, by anyone allowed to ask.
		text, _ = o.say("leader", "tỷ lệ hồ sơ trực tuyến của Can Lộc quý 2/2019")
		must(t, text, "13,33%")
		must(t, text, "báo cáo quý của Huyện Can Lộc")
		text, _ = o.say("leader", "bao nhiêu đơn vị đã nộp báo cáo quý 2/2019")
		must(t, text, "1/32")
		// A correction keeps the old values.
		text, opts = o.say("clerk-canloc", "/nop Q2/2019 dvc3=45 dvc4=2 hstt=150 hstong=900")
		must(t, text, "xác nhận sẽ thay số liệu cũ")
		text, _ = o.press("clerk-canloc", opts[0].Data)
		must(t, text, "Đã cập nhật báo cáo quý 2/2019 của Huyện Can Lộc (trước đây: dvc3=45, dvc4=2, hstong=900, hstt=120)")
		text, _ = o.say("leader", "số hồ sơ trực tuyến của Can Lộc quý 2/2019")
		must(t, text, "150")
		ctx := context.Background()
		unit, _ := o.store.UnitByCode(ctx, "443")
		hstt := indicatorID(t, o.store, "hstt")
		hist, err := o.store.ValueHistory(ctx, hstt, unit.ID, "2019-06-30")
		if err != nil {
			t.Fatal(err)
		}
		if len(hist) != 2 || hist[0].Value != 120 || !hist[0].SupersededAt.Valid || hist[1].Value != 150 || hist[1].SupersededAt.Valid {
			t.Fatalf("history %+v, want 120 (superseded) then 150", hist)
		}
	})
}

func indicatorID(t *testing.T, s *queries.Store, code string) int64 {
	t.Helper()
	ins, err := s.Indicators(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range ins {
		if in.Code == code {
			return in.ID
		}
	}
	t.Fatalf("no indicator %s", code)
	return 0
}

func TestNopRejectionsStoreNothing(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := newOffice(t, d)
		for _, tt := range []struct{ in, want string }{
			{"/nop Q2/2019 dvc3=45 dvc4=2 hstt=1000 hstong=900", "hstt (1.000) lớn hơn hstong (900)"},
			{"/nop Q2/2019 dvc3=45 dvc4=2 hstt=abc hstong=900", "hstt=abc: không phải số"},
			{"/nop Q2/2019 dvc3=45 dvc5=2 hstt=1 hstong=9", "mã «dvc5» không có trong biểu mẫu; các mã hợp lệ: dvc3, dvc4, hstt, hstong"},
			{"/nop Q2/2019 dvc3=45 dvc3=2", "được ghi hai lần"},
			{"/nop Q3/2019 dvc3=45 dvc4=2 hstt=1 hstong=9", "chưa kết thúc"},
			{"/nop năm 2019 dvc3=45 dvc4=2 hstt=1 hstong=9", "không phải một quý"},
			{"/nop Q2/2019 dvc3=45 dvc4=-2 hstt=1 hstong=9", "dvc4=-2: không được nhỏ hơn 0"},
			{"/nop Q2/2019 dvc3=45", "còn thiếu: dvc4"},
		} {
			text, opts := o.say("clerk-canloc", tt.in)
			must(t, text, "Chưa lưu báo cáo vì")
			must(t, text, tt.want)
			if len(opts) != 0 {
				t.Fatalf("%q: offered %v", tt.in, opts)
			}
		}
		if got := o.submitted("2019-04-01"); len(got) != 0 {
			t.Fatalf("stored %v", got)
		}
	})
}

func TestGuidedFormAndZaloWords(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := newOffice(t, d)
		ctx := context.Background()
		u, _ := o.store.UnitByCode(ctx, "443")
		if err := o.store.AddInvite(ctx, queries.Invite{Code: "ZALO1", UnitID: u.ID, Role: "clerk", FullName: "clerk-canloc", CreatedAt: corpusRef, ExpiresAt: corpusRef.Add(time.Hour)}); err != nil {
			t.Fatal(err)
		}
		zalo := func(text string) string {
			out, _ := o.send(bot.Message{Platform: "zalo", ChatID: "z1", UserID: "z1", Text: text})
			return out
		}
		must(t, zalo("/dangky ZALO1"), "Huyện Can Lộc")
		must(t, zalo("/nop Q1/2019"), "Nhập dvc3")
		must(t, zalo("abc"), "không phải số")
		must(t, zalo("40"), "Nhập dvc4")
		must(t, zalo("1"), "Nhập hstt") // a number, not a stale option
		must(t, zalo("20"), "Nhập hstong")
		text := zalo("1.000")
		must(t, text, "Xem lại báo cáo quý 1/2019 của Huyện Can Lộc")
		must(t, text, "Trả lời «có» để gửi")
		must(t, zalo("có"), "Đã nhận báo cáo quý 1/2019")
		must(t, zalo("có"), "Không có báo cáo nào đang chờ xác nhận")
		// /huy stops a guided form; nothing stored.
		must(t, zalo("/nop Q2/2019"), "Nhập dvc3")
		must(t, zalo("/huy"), "Đã huỷ")
		must(t, zalo("45"), "chưa hiểu")
		if got := o.submitted("2019-01-01"); !got["443"] {
			t.Fatal("guided Q1 not stored")
		}
		if got := o.submitted("2019-04-01"); got["443"] {
			t.Fatal("cancelled Q2 stored")
		}
	})
}

func TestBaocao(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		o := newOffice(t, d)
		_, opts := o.say("clerk-canloc", fullNop)
		o.press("clerk-canloc", opts[0].Data)
		text, _ := o.say("clerk-canloc", "/baocao")
		must(t, text, "Chỉ lãnh đạo và quản trị")
		status, err := o.store.FormStatus(context.Background(), o.form(), "2019-04-01")
		if err != nil {
			t.Fatal(err)
		}
		for _, user := range []string{"leader", "admin"} {
			for _, platform := range []string{"telegram", "zalo"} {
				out := o.baocao(platform, user, "/baocao Q2/2019")
				text := out.Text
				must(t, text, "Báo cáo quý 2/2019 (hạn nộp 15/07/2019): 1/32 đơn vị đã nộp (3,13%)")
				must(t, text, "Chưa nộp (31), đã quá hạn")
				must(t, text, "Huyện Can Lộc (20/07, clerk-canloc, nộp muộn)")
				// All 31 late units fit in one message, on either platform:
				// every one is named and nothing is attached.
				for _, s := range status {
					if !s.SubmissionID.Valid && !strings.Contains(text, s.UnitName) {
						t.Fatalf("%s: %s not named in %q", platform, s.UnitName, text)
					}
				}
				if out.Document != nil || strings.Contains(text, "đơn vị khác") {
					t.Fatalf("%s: a list that fits was cut: %q, %v", platform, text, out.Document != nil)
				}
			}
		}
	})
}

// TestBaocaoCutsOnlyWhatDoesNotFit: with 152 late units the list fits in
// a Telegram message (4.096 characters) but not in a Zalo one (2.000):
// Telegram names them all, Zalo names as many as fit, late ones first,
// and attaches the CSV; with 452, both cut.
func TestBaocaoCutsOnlyWhatDoesNotFit(t *testing.T) {
	o := newOffice(t, queries.SQLite)
	ctx := context.Background()
	if err := dataset.SeedSynthetic(ctx, o.store, 120, 9000000, corpusRef); err != nil {
		t.Fatal(err)
	}
	check := func(platform string, missing int, wantFile bool) {
		t.Helper()
		out := o.baocao(platform, "leader", "/baocao Q2/2019")
		n := len([]rune(out.Text))
		if n > bot.MaxTextLength(platform) {
			t.Fatalf("%s: %d characters", platform, n)
		}
		must(t, out.Text, fmt.Sprintf("Chưa nộp (%d)", missing))
		named := strings.Count(out.Text, "Đơn vị giả lập ")
		switch {
		case !wantFile && (out.Document != nil || named != missing-32):
			t.Fatalf("%s: %d of %d synthetic units named, file %v", platform, named, missing-32, out.Document != nil)
		case wantFile && out.Document == nil:
			t.Fatalf("%s: cut without the file", platform)
		case wantFile:
			must(t, out.Text, fmt.Sprintf("và %d đơn vị khác", missing-32-named))
			must(t, out.Text, "Danh sách đầy đủ trong tệp đính kèm")
			if rows := strings.Count(string(out.Document.Data), "\n"); rows != missing+1 {
				t.Fatalf("%s: CSV of %d lines", platform, rows)
			}
			// As many as fit: one more name would not have.
			if n+len([]rune(", Đơn vị giả lập 100")) <= bot.MaxTextLength(platform) {
				t.Fatalf("%s: %d characters used of %d with names left out", platform, n, bot.MaxTextLength(platform))
			}
		}
	}
	check("telegram", 152, false)
	check("zalo", 152, true)
	if err := o.store.Tx(ctx, func(tx *queries.Store) error {
		return dataset.SeedSynthetic(ctx, tx, 420, 9100000, corpusRef) // SYN-00001…00420
	}); err != nil {
		t.Fatal(err)
	}
	check("telegram", 452, true)
	check("zalo", 452, true)
}

// baocao sends text from user on a platform (registering their account
// there first) and returns the one reply.
func (o *office) baocao(platform, user, text string) bot.Reply {
	o.t.Helper()
	if platform != "telegram" {
		o.account(platform, user)
	}
	out, err := o.router.Handle(context.Background(), bot.Message{Platform: platform, ChatID: user, UserID: user, Text: text})
	if err != nil || len(out) != 1 {
		o.t.Fatalf("%s: %v, %d replies", text, err, len(out))
	}
	return out[0]
}

// account binds a second chat account of user (same name, unit, role).
func (o *office) account(platform, user string) {
	o.t.Helper()
	ctx := context.Background()
	if _, err := o.store.AccountByExternalID(ctx, platform, user); err == nil {
		return
	}
	tg, err := o.store.AccountByExternalID(ctx, "telegram", user)
	if err != nil {
		o.t.Fatal(err)
	}
	code := strings.ToUpper(platform + user)
	if err := o.store.AddInvite(ctx, queries.Invite{Code: code, UnitID: tg.UnitID, Role: tg.Role, FullName: tg.FullName,
		CreatedAt: corpusRef, ExpiresAt: corpusRef.Add(time.Hour)}); err != nil {
		o.t.Fatal(err)
	}
	if _, err := o.store.Register(ctx, queries.Registration{Code: code, Platform: platform, ExternalID: user, ChatID: user}, corpusRef); err != nil {
		o.t.Fatal(err)
	}
}

func (o *office) form() int64 {
	o.t.Helper()
	f, err := o.store.FormByCode(context.Background(), dataset.QuarterlyFormCode)
	if err != nil {
		o.t.Fatal(err)
	}
	return f.ID
}
