package queries_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestUploadConfirmedOnce: a kept file is handed to apply exactly once,
// however many confirmations race; a failed apply confirms nothing; the
// bytes are dropped once confirmed; an expired or cancelled upload is
// closed; a new upload forgets the expired ones.
func TestUploadConfirmedOnce(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		now := time.Now()
		unit, err := s.UpsertUnit(ctx, queries.Unit{Code: "42", Level: "province", Name: "Tỉnh Hà Tĩnh", ShortName: "Hà Tĩnh", Kind: "Tỉnh"}, "1900-01-01")
		if err != nil {
			t.Fatal(err)
		}
		person, err := s.AddPerson(ctx, "Quản trị", unit, "admin", now)
		if err != nil {
			t.Fatal(err)
		}
		file := []byte("PK\x03\x04 a workbook")
		id, err := s.SaveUpload(ctx, queries.Upload{Platform: "telegram", ChatID: "1", PersonID: person, FileName: "a.xlsx"}, file, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		failed := errors.New("wrong rows")
		if err := s.ConfirmUpload(ctx, id, now, func(*queries.Store, string, []byte) error { return failed }); !errors.Is(err, failed) {
			t.Fatalf("failed apply: %v", err)
		}
		var mu sync.Mutex
		applied := 0
		var wg sync.WaitGroup
		errs := make([]error, 4)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				errs[i] = s.ConfirmUpload(ctx, id, now, func(tx *queries.Store, name string, data []byte) error {
					if name != "a.xlsx" || string(data) != string(file) {
						t.Errorf("apply got %q, %q", name, data)
					}
					mu.Lock()
					applied++
					mu.Unlock()
					return nil
				})
			}()
		}
		wg.Wait()
		closed := 0
		for _, err := range errs {
			switch {
			case errors.Is(err, queries.ErrUploadClosed):
				closed++
			case err != nil:
				t.Fatalf("confirm: %v", err)
			}
		}
		if applied != 1 || closed != len(errs)-1 {
			t.Fatalf("applied %d times, %d closed, errors %v", applied, closed, errs)
		}
		var left int
		if err := s.DB().Get(&left, s.DB().Rebind("SELECT LENGTH(data) FROM pending_uploads WHERE id = ?"), id); err != nil || left != 0 {
			t.Fatalf("bytes kept after confirmation: %d, %v", left, err)
		}
		up, err := s.UploadByID(ctx, id)
		if err != nil || !up.ConfirmedAt.Valid || up.FileName != "a.xlsx" || up.PersonID != person {
			t.Fatalf("upload %+v, %v", up, err)
		}
		if ok, err := s.CancelUpload(ctx, id, now); ok || err != nil {
			t.Fatalf("cancel after confirmation: %v, %v", ok, err)
		}

		other, err := s.SaveUpload(ctx, queries.Upload{Platform: "telegram", ChatID: "1", PersonID: person, FileName: "b.csv"}, file, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if ok, err := s.CancelUpload(ctx, other, now); !ok || err != nil {
			t.Fatalf("cancel: %v, %v", ok, err)
		}
		if err := s.ConfirmUpload(ctx, other, now, func(*queries.Store, string, []byte) error { return nil }); !errors.Is(err, queries.ErrUploadClosed) {
			t.Fatalf("confirm after cancel: %v", err)
		}
		late, err := s.SaveUpload(ctx, queries.Upload{Platform: "telegram", ChatID: "1", PersonID: person, FileName: "c.csv"}, file, now, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.ConfirmUpload(ctx, late, now.Add(2*time.Hour), func(*queries.Store, string, []byte) error { return nil }); !errors.Is(err, queries.ErrUploadClosed) {
			t.Fatalf("confirm after expiry: %v", err)
		}
		if _, err := s.SaveUpload(ctx, queries.Upload{Platform: "telegram", ChatID: "1", PersonID: person, FileName: "d.csv"}, file,
			now.Add(3*time.Hour), time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, err := s.UploadByID(ctx, late); !errors.Is(err, queries.ErrNotFound) {
			t.Fatalf("an expired upload was not forgotten: %v", err)
		}
	})
}

// TestPeopleRevokeAndHistory: people listed with their accounts, a
// revoked person's account no longer recognised, the revocation and the
// invite audited (the invite without its code), and a unit's history of a
// quarter with the correction and who sent each.
func TestPeopleRevokeAndHistory(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		now := time.Now().Truncate(time.Second)
		unit, err := s.UpsertUnit(ctx, queries.Unit{Code: "443", Level: "district", Name: "Huyện Can Lộc", ShortName: "Can Lộc", Kind: "Huyện"}, "1900-01-01")
		if err != nil {
			t.Fatal(err)
		}
		admin, err := s.AddPerson(ctx, "Quản trị", unit, "admin", now)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.AddInvite(ctx, queries.Invite{Code: "SECRETCODE23", UnitID: unit, Role: "clerk", FullName: "Nguyễn Văn An", Phone: "84912345678",
			CreatedAt: now, ExpiresAt: now.Add(time.Hour), CreatedBy: admin}); err != nil {
			t.Fatal(err)
		}
		var audit []struct {
			Action string `db:"action"`
			Detail string `db:"detail"`
			Actor  int64  `db:"actor_person_id"`
		}
		if err := s.DB().Select(&audit, "SELECT action, detail, actor_person_id FROM audit_log ORDER BY id"); err != nil {
			t.Fatal(err)
		}
		if len(audit) != 1 || audit[0].Action != "invite" || audit[0].Actor != admin || audit[0].Detail != "role=clerk name=Nguyễn Văn An phone=yes" {
			t.Fatalf("audit %+v", audit)
		}
		_, err = s.Register(ctx, queries.Registration{Code: "SECRETCODE23", Platform: "telegram", ExternalID: "111", ChatID: "111"}, now)
		if err != nil {
			t.Fatal(err)
		}
		people, err := s.People(ctx, unit)
		if err != nil || len(people) != 2 {
			t.Fatalf("people %+v, %v", people, err)
		}
		var an queries.Person
		for _, p := range people {
			if p.FullName == "Nguyễn Văn An" {
				an = p
			}
		}
		if an.Phone != "84912345678" || len(an.Accounts) != 1 || an.Accounts[0].Platform != "telegram" || an.UnitCode != "443" {
			t.Fatalf("person %+v", an)
		}
		e := queries.AuditEntry{At: now, PersonID: admin, Action: "revoke", Entity: "person", EntityID: an.ID, Detail: an.FullName}
		if ok, err := s.DeactivatePerson(ctx, an.ID, e); !ok || err != nil {
			t.Fatalf("revoke: %v, %v", ok, err)
		}
		if ok, err := s.DeactivatePerson(ctx, an.ID, e); ok || err != nil {
			t.Fatalf("second revoke: %v, %v", ok, err)
		}
		if _, err := s.AccountByExternalID(ctx, "telegram", "111"); !errors.Is(err, queries.ErrNotFound) {
			t.Fatalf("a revoked person's account is recognised: %v", err)
		}
		if people, _ := s.People(ctx, 0); len(people) != 2 || people[1].ID != an.ID || !people[1].DeactivatedAt.Valid {
			t.Fatalf("revoked person not listed last: %+v", people)
		}
		var revokes int
		if err := s.DB().Get(&revokes, "SELECT COUNT(*) FROM audit_log WHERE action = 'revoke'"); err != nil || revokes != 1 {
			t.Fatalf("%d revocations audited, %v", revokes, err)
		}

		// A form of two codes, a submission and its correction.
		ind, err := s.UpsertIndicator(ctx, queries.Indicator{Code: "hstt", Name: "số hồ sơ trực tuyến", Kind: "count", UnitLabel: "hồ sơ",
			Topic: "hstt", UnitAgg: "sum", PeriodAgg: "sum", HigherIsBetter: true})
		if err != nil {
			t.Fatal(err)
		}
		form, err := s.UpsertForm(ctx, queries.Form{Code: "dvc-quy", Name: "Báo cáo quý", PeriodType: "quarter", DeadlineDays: 15})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.SaveFormField(ctx, queries.FormField{FormID: form, Code: "hstt", Position: 1, IntegerOnly: true, IndicatorID: ind}); err != nil {
			t.Fatal(err)
		}
		sub := queries.Submission{FormID: form, UnitID: unit, PeriodStart: "2019-04-01", PeriodEnd: "2019-06-30", PeriodLabel: "quý 2/2019",
			PersonID: admin, Via: "telegram", Values: map[string]float64{"hstt": 120}}
		if _, err := s.SaveSubmission(ctx, sub, now); err != nil {
			t.Fatal(err)
		}
		sub.Values["hstt"] = 130
		if _, err := s.SaveSubmission(ctx, sub, now.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		subs, recorded, err := s.UnitHistory(ctx, unit, "2019-04-01", "2019-06-30")
		if err != nil || len(subs) != 2 || len(recorded) != 0 {
			t.Fatalf("history %+v %+v, %v", subs, recorded, err)
		}
		if !subs[0].SupersededAt.Valid || subs[1].SupersededAt.Valid || subs[0].SubmittedBy != "Quản trị" || subs[0].SubmitterRole != "admin" ||
			len(subs[0].Values) != 1 || subs[0].Values[0].Value != 120 || subs[1].Values[0].Value != 130 || subs[1].Values[0].Code != "hstt" {
			t.Fatalf("history %+v", subs)
		}
		if subs, _, err := s.UnitHistory(ctx, unit, "2019-07-01", "2019-09-30"); err != nil || len(subs) != 0 {
			t.Fatalf("another quarter: %+v, %v", subs, err)
		}
	})
}
