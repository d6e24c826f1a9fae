package zalo_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/bot/zalo/zalotest"
	"github.com/hatinh-stttt/chatbot/queries"
)

// invite registers the Zalo user as a person of unit with role, through
// /dangky as a person would.
func (r *zaloRig) invite(t *testing.T, user, unit, role, phone string) {
	t.Helper()
	ctx := context.Background()
	u, err := r.store.UnitByCode(ctx, unit)
	if err != nil {
		t.Fatal(err)
	}
	code := "INV" + user
	if err := r.store.AddInvite(ctx, queries.Invite{Code: code, UnitID: u.ID, Role: role, FullName: "Nguyễn Văn " + user, Phone: phone,
		CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}); err != nil {
		t.Fatal(err)
	}
	n := len(r.fake.Sent())
	if _, err := r.store.Register(ctx, queries.Registration{Code: code, Platform: "zalo", ExternalID: user, ChatID: user}, time.Now()); err != nil {
		t.Fatal(err)
	}
	waitSent(t, r.fake, n)
}

func byKind(sent []zalotest.SentMessage, kind string) []zalotest.SentMessage {
	var out []zalotest.SentMessage
	for _, m := range sent {
		if m.Kind == kind {
			out = append(out, m)
		}
	}
	return out
}

func waitKind(t *testing.T, fake *zalotest.Server, kind string) zalotest.SentMessage {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		if got := byKind(fake.Sent(), kind); len(got) > 0 {
			return got[0]
		}
	}
	t.Fatalf("no %s message: %+v", kind, fake.Sent())
	return zalotest.SentMessage{}
}

// TestChartAsImageAndWorkbookAsFile: /bieudo arrives on Zalo as an image
// uploaded through the OA upload API, /xuat as an uploaded file, each after
// the reply's text.
func TestChartAsImageAndWorkbookAsFile(t *testing.T) {
	r := newZaloRig(t, queries.SQLite)
	r.invite(t, "user-9", "42", "leader", "")
	r.post(t, "c1", "/bieudo kinh phí các dự án", nil)
	img := waitKind(t, r.fake, "image")
	if img.UserID != "user-9" || img.FileSize < 1000 || img.File == "" {
		t.Fatalf("image %+v", img)
	}
	r.post(t, "x1", "/xuat Q1/2019", nil)
	file := waitKind(t, r.fake, "file")
	if file.File != "so-lieu-quy-1-2019.xlsx" || file.FileSize < 1000 {
		t.Fatalf("file %+v", file)
	}
	if texts := byKind(r.fake.Sent(), "text"); len(texts) < 2 {
		t.Fatalf("the replies' texts did not go first: %+v", r.fake.Sent())
	}
}

// TestUploadRefusedFallsBackToText: when the OA refuses the upload, the
// person gets a short text instead, once, and nothing is retried.
func TestUploadRefusedFallsBackToText(t *testing.T) {
	r := newZaloRig(t, queries.SQLite)
	r.invite(t, "user-9", "42", "leader", "")
	r.fake.FailNextUpload(-201, "File is invalid")
	r.post(t, "c2", "/bieudo kinh phí các dự án", nil)
	got := waitSent(t, r.fake, 2)
	time.Sleep(300 * time.Millisecond)
	if len(byKind(r.fake.Sent(), "image")) != 0 || len(r.fake.Sent()) != 2 || !strings.Contains(got[1].Text, "Không gửi được ảnh") {
		t.Fatalf("sent %+v: want the reply and one fallback text", r.fake.Sent())
	}
}

// TestReminderAsTemplateAfterSilence: a clerk on Zalo who last wrote 8
// days ago is reminded by the stage's ZNS template, sent to their phone
// through the same outbox, with the reminder's fields as template_data; a
// clerk without a phone is listed as undeliverable.
func TestReminderAsTemplateAfterSilence(t *testing.T) {
	r := newZaloRig(t, queries.SQLite)
	ctx := context.Background()
	r.invite(t, "clerk-z", "443", "clerk", "84912345678")
	r.invite(t, "clerk-n", "444", "clerk", "")
	ict := time.FixedZone("ICT", 7*3600)
	sweep := time.Date(2019, 7, 19, 9, 0, 0, 0, ict) // Q2/2019 is 4 days overdue
	for _, user := range []string{"clerk-z", "clerk-n"} {
		if err := r.store.TouchAccount(ctx, "zalo", user, sweep.AddDate(0, 0, -8)); err != nil {
			t.Fatal(err)
		}
	}
	res, err := r.wired.Reminders.Sweep(ctx, sweep, false)
	if err != nil {
		t.Fatal(err)
	}
	r.sender.Notify()
	got := waitKind(t, r.fake, "template")
	if got.Phone != "84912345678" || got.TemplateID != "tmpl-overdue-1" || got.TrackingID == "" {
		t.Fatalf("template message %+v", got)
	}
	for key, want := range map[string]string{"unit": "Huyện Can Lộc", "period": "quý 2/2019", "deadline": "15/07/2019",
		"form": "Báo cáo quý về cung cấp, khai thác, sử dụng DVC mức độ 3, 4", "status": "đã quá hạn 4 ngày", "name": "Nguyễn Văn clerk-z"} {
		if got.TemplateData[key] != want {
			t.Errorf("template_data[%s] = %q, want %q", key, got.TemplateData[key], want)
		}
	}
	found := false
	for _, u := range res.Undeliverable {
		found = found || strings.Contains(u, "clerk-n")
	}
	if !found {
		t.Fatalf("the clerk without a phone is not listed as undeliverable: %v", res.Undeliverable)
	}
}
