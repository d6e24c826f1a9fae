package queries_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

func TestRegisterOncePerCodeAndOnePersonTwoPlatforms(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		s := dbtest.Open(t, d)
		now := time.Now()
		unit, err := s.UpsertUnit(ctx, queries.Unit{Code: "443", Level: "district", Name: "Huyện Can Lộc", ShortName: "Can Lộc", Kind: "Huyện"}, "2000-01-01")
		if err != nil {
			t.Fatal(err)
		}
		for _, code := range []string{"TG1", "ZL1", "OLD"} {
			exp := now.Add(time.Hour)
			if code == "OLD" {
				exp = now.Add(-time.Minute)
			}
			if err := s.AddInvite(ctx, queries.Invite{Code: code, UnitID: unit, Role: "clerk", FullName: "Nguyễn Văn An", CreatedAt: now, ExpiresAt: exp}); err != nil {
				t.Fatal(err)
			}
		}
		tg, err := s.Register(ctx, queries.Registration{Code: "TG1", Platform: "telegram", ExternalID: "111", ChatID: "111"}, now)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.Register(ctx, queries.Registration{Code: "TG1", Platform: "telegram", ExternalID: "222", ChatID: "222"}, now); !errors.Is(err, queries.ErrInviteUnusable) {
			t.Fatalf("second use of a code: %v", err)
		}
		if _, err := s.Register(ctx, queries.Registration{Code: "OLD", Platform: "telegram", ExternalID: "333", ChatID: "333"}, now); !errors.Is(err, queries.ErrInviteUnusable) {
			t.Fatalf("expired code: %v", err)
		}
		zl, err := s.Register(ctx, queries.Registration{Code: "ZL1", Platform: "zalo", ExternalID: "z-9", ChatID: "z-9"}, now)
		if err != nil {
			t.Fatal(err)
		}
		if tg.PersonID != zl.PersonID || tg.Role != "clerk" || zl.UnitCode != "443" {
			t.Fatalf("telegram %+v, zalo %+v: want one person with two accounts", tg, zl)
		}
		if _, err := s.AccountByExternalID(ctx, "telegram", "222"); !errors.Is(err, queries.ErrNotFound) {
			t.Fatalf("refused registration left an account: %v", err)
		}
	})
}
