package reporting_test

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

var ict = time.FixedZone("ICT", 7*3600)

func at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, ict)
	if err != nil {
		panic(err)
	}
	return t
}

// remindOffice is the demo database with a clerk and a leader of Can Lộc,
// an admin and a leader of the province, all on Telegram.
func remindOffice(t *testing.T, d queries.Dialect) *queries.Store {
	t.Helper()
	ctx := context.Background()
	s := dbtest.Open(t, d)
	if _, err := dataset.SeedDemo(ctx, s, at("2019-01-01 00:00")); err != nil {
		t.Fatal(err)
	}
	for _, p := range []struct{ user, unit, role string }{
		{"clerk-443", "443", "clerk"}, {"leader-443", "443", "leader"}, {"admin", "S-TTTT", "admin"}, {"leader-42", "42", "leader"},
	} {
		u, _ := s.UnitByCode(ctx, p.unit)
		code := strings.ToUpper(p.user)
		if err := s.AddInvite(ctx, queries.Invite{Code: code, UnitID: u.ID, Role: p.role, FullName: p.user, CreatedAt: at("2019-01-01 00:00"), ExpiresAt: at("2030-01-01 00:00")}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Register(ctx, queries.Registration{Code: code, Platform: "telegram", ExternalID: p.user, ChatID: p.user}, at("2019-01-01 00:00")); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func submit(t *testing.T, s *queries.Store, unit, period string, when time.Time) {
	t.Helper()
	ctx := context.Background()
	u, _ := s.UnitByCode(ctx, unit)
	form, _ := s.FormByCode(ctx, dataset.QuarterlyFormCode)
	start := map[string][2]string{"Q1": {"2019-01-01", "2019-03-31"}, "Q2": {"2019-04-01", "2019-06-30"}}[period]
	if _, err := s.SaveSubmission(ctx, queries.Submission{FormID: form.ID, UnitID: u.ID, PeriodStart: start[0], PeriodEnd: start[1],
		PeriodLabel: period, Via: "test", Values: map[string]float64{"dvc3": 1, "dvc4": 1, "hstt": 1, "hstong": 2}}, when); err != nil {
		t.Fatal(err)
	}
}

// sweepEvery runs the sweep every step from from to to, like serve does.
func sweepEvery(t *testing.T, r *reporting.Reminders, from, to time.Time, step time.Duration, each func(now time.Time)) {
	t.Helper()
	for now := from; !now.After(to); now = now.Add(step) {
		if each != nil {
			each(now)
		}
		if _, err := r.Sweep(context.Background(), now, false); err != nil {
			t.Fatalf("%s: %v", now, err)
		}
	}
}

// queued reads every reminder in the outbox.
func queued(t *testing.T, s *queries.Store) []queries.OutboxMessage {
	t.Helper()
	rows, err := s.DueOutbox(context.Background(), at("2030-01-01 00:00"), 100000)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// stagesFor lists "stage@notBefore" of one chat's reminders about a period.
func stagesFor(rows []queries.OutboxMessage, chat, periodStart string) []string {
	var out []string
	for _, r := range rows {
		parts := strings.Split(r.IdempotencyKey, ":")
		if r.ChatID != chat || parts[0] != "reminder" || parts[3] != periodStart {
			continue
		}
		out = append(out, parts[4]+"@"+r.NotBefore.In(ict).Format("02/01 15:04"))
	}
	return out
}

func TestReminderStagesOnceInWorkingHours(t *testing.T) {
	s := remindOffice(t, queries.SQLite)
	r := reporting.NewReminders(s, ict)
	// Q1: 15/04/2019 is a holiday (Giỗ Tổ, nghỉ bù): its deadline reminder
	// waits for 16/04. The unit reports on 20/04, after the overdue reminder.
	sweepEvery(t, r, at("2019-04-01 00:00"), at("2019-05-06 00:00"), 3*time.Hour, func(now time.Time) {
		if now.Equal(at("2019-04-20 09:00")) {
			submit(t, s, "443", "Q1", now)
		}
	})
	// Q2: the unit reports on 26/07, after the second overdue reminder.
	sweepEvery(t, r, at("2019-07-01 00:00"), at("2019-08-10 00:00"), 3*time.Hour, func(now time.Time) {
		if now.Equal(at("2019-07-26 12:00")) {
			submit(t, s, "443", "Q2", now)
		}
	})
	rows := queued(t, s)
	for _, tt := range []struct {
		chat, period string
		want         []string
	}{
		{"clerk-443", "2019-01-01", []string{"before@12/04 09:00", "deadline@16/04 08:00", "overdue@18/04 09:00"}},
		{"leader-443", "2019-01-01", nil}, // reported on 20/04, before the escalation (22/04)
		{"clerk-443", "2019-04-01", []string{"before@12/07 09:00", "deadline@15/07 09:00", "overdue@18/07 09:00", "overdue-2@25/07 09:00"}},
		{"leader-443", "2019-04-01", []string{"escalation@22/07 09:00"}},
	} {
		got := stagesFor(rows, tt.chat, tt.period)
		if strings.Join(got, ", ") != strings.Join(tt.want, ", ") {
			t.Errorf("%s, period %s: %v, want %v", tt.chat, tt.period, got, tt.want)
		}
	}
	cal, err := reporting.NewCalendar(ict, map[string]string{}, map[string]string{"2019-04-15": "Giỗ Tổ", "2019-04-29": "", "2019-04-30": "", "2019-05-01": ""})
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		nb := row.NotBefore.In(ict)
		if min := nb.Hour()*60 + nb.Minute(); !cal.WorkingDay(nb) || min < 8*60 || min >= 17*60 {
			t.Errorf("%s scheduled at %s, outside working hours", row.IdempotencyKey, nb)
		}
	}
	for _, row := range rows {
		if strings.Contains(row.IdempotencyKey, ":clerk-") {
			continue
		}
		if row.ChatID == "clerk-443" && !strings.Contains(row.Body, "/nop Q") {
			t.Errorf("clerk reminder without the command: %q", row.Body)
		}
	}
	body := ""
	for _, row := range rows {
		if row.ChatID == "clerk-443" && strings.Contains(row.IdempotencyKey, ":overdue-2:") {
			body = row.Body
		}
	}
	for _, want := range []string{"quý 2/2019", "Huyện Can Lộc", "hạn nộp 15/07/2019", "đã quá hạn 10 ngày", "/nop Q2/2019 dvc3=… dvc4=… hstt=… hstong=…"} {
		if !strings.Contains(body, want) {
			t.Errorf("overdue reminder %q lacks %q", body, want)
		}
	}
}

func TestDigestListsExactlyTheLateUnits(t *testing.T) {
	s := remindOffice(t, queries.SQLite)
	for _, unit := range []string{"443", "436", "S-TC"} {
		submit(t, s, unit, "Q2", at("2019-07-10 10:00"))
	}
	for _, unit := range []string{"443"} {
		submit(t, s, unit, "Q1", at("2019-04-10 10:00"))
	}
	r := reporting.NewReminders(s, ict)
	if _, err := r.Sweep(context.Background(), at("2019-07-22 09:30"), false); err != nil { // Monday
		t.Fatal(err)
	}
	var digests []queries.OutboxMessage
	for _, row := range queued(t, s) {
		if strings.HasPrefix(row.IdempotencyKey, "digest:") {
			digests = append(digests, row)
		}
	}
	if len(digests) != 2 || digests[0].ChatID == digests[1].ChatID {
		t.Fatalf("digests %+v, want one to the admin and one to the province's leader", digests)
	}
	body := digests[0].Body
	if !strings.Contains(body, "Tổng hợp hằng tuần: 60 đơn vị") {
		t.Fatalf("digest head: %q", body)
	}
	q2 := body[strings.Index(body, "quý 2/2019:"):]
	q1 := body[strings.Index(body, "quý 1/2019:"):strings.Index(body, "quý 2/2019:")]
	for _, name := range []string{"Huyện Can Lộc", "Thành phố Hà Tĩnh", "Sở Tài chính"} {
		if strings.Contains(q2, name) {
			t.Errorf("digest lists %s as late for Q2, it has reported", name)
		}
	}
	for _, name := range []string{"Huyện Vũ Quang", "Sở Y tế", "Thị xã Kỳ Anh"} {
		if !strings.Contains(q2, name) || !strings.Contains(q1, name) {
			t.Errorf("digest misses %s", name)
		}
	}
	if strings.Contains(q1, "Huyện Can Lộc") || !strings.Contains(q1, "Thành phố Hà Tĩnh") {
		t.Errorf("Q1 section wrong: %q", q1)
	}
	// The same week again: no second digest.
	before := len(queued(t, s))
	if _, err := r.Sweep(context.Background(), at("2019-07-24 10:00"), false); err != nil {
		t.Fatal(err)
	}
	for _, row := range queued(t, s)[before:] {
		if strings.HasPrefix(row.IdempotencyKey, "digest:") {
			t.Fatalf("second digest in a week: %s", row.IdempotencyKey)
		}
	}
}

// TestConcurrentSweepsQueueOnce: two processes sweeping at the same time
// queue every reminder once (the log's unique key decides, not a check).
func TestConcurrentSweepsQueueOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		s := remindOffice(t, d)
		ctx := context.Background()
		if err := dataset.SeedSynthetic(ctx, s, 200, 7000, at("2019-01-01 00:00")); err != nil {
			t.Fatal(err)
		}
		r := reporting.NewReminders(s, ict)
		now := at("2019-07-18 09:00")
		plan, err := r.Sweep(ctx, now, true)
		if err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		queuedBy := make([]int, 4)
		for i := range queuedBy {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				res, err := r.Sweep(ctx, now, false)
				if err != nil {
					t.Error(err)
				}
				queuedBy[i] = res.Queued
			}(i)
		}
		wg.Wait()
		total := 0
		for _, n := range queuedBy {
			total += n
		}
		rows := queued(t, s)
		planned := map[string]bool{}
		for _, p := range plan.Planned {
			planned[p.Message.IdempotencyKey] = true
		}
		reminderRows := 0
		for _, r := range rows {
			// A long text (the digest) is queued as parts, keyed KEY:2, KEY:3…
			if planned[r.IdempotencyKey] {
				reminderRows++
			} else if i := strings.LastIndex(r.IdempotencyKey, ":"); i < 0 || !planned[r.IdempotencyKey[:i]] {
				t.Fatalf("unplanned row %s", r.IdempotencyKey)
			}
		}
		if total != len(plan.Planned) || reminderRows != len(plan.Planned) || len(plan.Planned) < 400 {
			t.Fatalf("planned %d, queued %v (sum %d), outbox %d", len(plan.Planned), queuedBy, total, len(rows))
		}
	})
}

func TestNhacnhoPreviewThenSend(t *testing.T) {
	s := remindOffice(t, queries.SQLite)
	now := at("2019-07-18 09:00")
	router := handlertest.Wire(t, s, now, handlers.RouterConfig{}).Router
	say := func(user, text string, button bool) bot.Reply {
		out, err := router.Handle(context.Background(), bot.Message{Platform: "telegram", ChatID: user, UserID: user, Text: text, Button: button})
		if err != nil {
			t.Fatal(err)
		}
		return out[0]
	}
	if r := say("leader-42", "/nhacnho", false); !strings.Contains(r.Text, "Chỉ quản trị") {
		t.Fatalf("leader: %q", r.Text)
	}
	preview := say("admin", "/nhacnho Q2/2019", false)
	if !strings.Contains(preview.Text, "Nhắc nhở báo cáo quý 2/2019 đến hạn: 1 tin (overdue: 1)") || len(preview.Options) != 1 {
		t.Fatalf("preview: %q %+v", preview.Text, preview.Options)
	}
	if n := len(queued(t, s)); n != 0 {
		t.Fatalf("the preview queued %d messages", n)
	}
	sent := say("admin", preview.Options[0].Data, true)
	if !strings.Contains(sent.Text, "Đã xếp 1 nhắc nhở báo cáo quý 2/2019") {
		t.Fatalf("send: %q", sent.Text)
	}
	rows := queued(t, s)
	if len(rows) != 1 || rows[0].ChatID != "clerk-443" || !strings.Contains(rows[0].IdempotencyKey, ":2019-04-01:overdue:") {
		t.Fatalf("queued %+v", rows)
	}
}

// TestBlockedAccountListedInDigest: a clerk whose Telegram account blocked
// the bot (marked inactive by the sender's 403) gets no reminder, and the
// admins' digest names them as undeliverable; writing again reactivates.
func TestBlockedAccountListedInDigest(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := remindOffice(t, d)
		if err := s.MarkChatInactive(ctx, "telegram", "clerk-443", "403 Forbidden: bot was blocked by the user", at("2019-07-01 09:00")); err != nil {
			t.Fatal(err)
		}
		r := reporting.NewReminders(s, ict)
		res, err := r.Sweep(ctx, at("2019-07-22 09:00"), false) // a Monday: the digest is due
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range res.Planned {
			if p.Message.ChatID == "clerk-443" {
				t.Fatalf("a reminder planned to the blocked account: %+v", p.Message)
			}
		}
		digest := ""
		for _, row := range queued(t, s) {
			if strings.HasPrefix(row.IdempotencyKey, "digest:") && row.ChatID == "admin" {
				digest = row.Body
			}
		}
		if !strings.Contains(digest, "clerk-443 (đã chặn bot") {
			t.Fatalf("the digest does not name the blocked clerk:\n%s", digest)
		}
		if err := s.TouchAccount(ctx, "telegram", "clerk-443", at("2019-07-22 10:00")); err != nil {
			t.Fatal(err)
		}
		res, err = r.Sweep(ctx, at("2019-07-29 09:00"), true)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range res.Planned {
			found = found || p.Message.ChatID == "clerk-443"
		}
		if !found {
			t.Fatal("the clerk who wrote again is still skipped")
		}
	})
}
