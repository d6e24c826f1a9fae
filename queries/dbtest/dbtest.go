// Package dbtest opens real, migrated, empty databases for tests: a fresh
// SQLite file, or a fresh schema in the PostgreSQL database named by
// TEST_DATABASE_URL. Without that variable PostgreSQL tests are skipped,
// except under CI=true, where they fail.
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Dialects lists the engines every database test runs on.
var Dialects = []queries.Dialect{queries.SQLite, queries.Postgres}

// URL returns a DATABASE_URL for a fresh, empty database of the dialect.
func URL(t testing.TB, d queries.Dialect) string {
	t.Helper()
	if d == queries.SQLite {
		return "sqlite:" + filepath.Join(t.TempDir(), "test.db")
	}
	base := os.Getenv("TEST_DATABASE_URL")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("dbtest: TEST_DATABASE_URL is not set on CI: PostgreSQL tests must run")
		}
		t.Skip("dbtest: TEST_DATABASE_URL not set; skipping PostgreSQL")
	}
	db, _, err := queries.Open(context.Background(), base)
	if err != nil {
		t.Fatalf("dbtest: PostgreSQL unreachable: %v", err)
	}
	defer db.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	if _, err := db.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("dbtest: create schema: %v", err)
	}
	t.Cleanup(func() {
		db, _, err := queries.Open(context.Background(), base)
		if err == nil {
			db.Exec("DROP SCHEMA " + schema + " CASCADE")
			db.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("dbtest: TEST_DATABASE_URL: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	if q.Get("sslmode") == "" {
		q.Set("sslmode", "disable")
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// Open returns a migrated, empty store of the dialect, closed at cleanup.
func Open(t testing.TB, d queries.Dialect) *queries.Store {
	t.Helper()
	ctx := context.Background()
	db, dialect, err := queries.Open(ctx, URL(t, d))
	if err != nil {
		t.Fatalf("dbtest: open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	if _, err := migrations.Up(ctx, db.DB, string(dialect)); err != nil {
		t.Fatalf("dbtest: migrate: %v", err)
	}
	s, err := queries.New(ctx, db, dialect)
	if err != nil {
		t.Fatalf("dbtest: prepare: %v", err)
	}
	t.Cleanup(s.Close)
	return s
}

// Each runs f as a subtest on every dialect.
func Each(t *testing.T, f func(t *testing.T, d queries.Dialect)) {
	for _, d := range Dialects {
		t.Run(string(d), func(t *testing.T) { f(t, d) })
	}
}
