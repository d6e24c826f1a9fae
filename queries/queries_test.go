package queries_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// TestEveryQueryPrepares prepares the whole whitelist on both dialects:
// dbtest.Open fails if any named query is missing, unused or broken.
func TestEveryQueryPrepares(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		dbtest.Open(t, d)
	})
	src, err := queries.Load(queries.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	if n := reflect.TypeOf(queries.Queries{}).NumField(); n != len(src) {
		t.Fatalf("%d fields for %d queries", n, len(src))
	}
}

func TestParseURL(t *testing.T) {
	tests := []struct {
		in      string
		dialect queries.Dialect
		wantErr bool
	}{
		{"", queries.SQLite, false},
		{"data/bot.db", queries.SQLite, false},
		{"sqlite:/tmp/x.db", queries.SQLite, false},
		{"sqlite:///tmp/x.db", queries.SQLite, false},
		{"file:x.db", queries.SQLite, false},
		{"postgres://u:secret@127.0.0.1:5432/db?sslmode=disable", queries.Postgres, false},
		{"postgresql://127.0.0.1/db", queries.Postgres, false},
		{"postgres://%zz", "", true},
		{"postgres:///nohost", "", true},
		{"mysql://root@localhost/x", "", true},
		{"sqlite:", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			loc, err := queries.ParseURL(tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err == nil && loc.Dialect != tt.dialect {
				t.Fatalf("dialect %s, want %s", loc.Dialect, tt.dialect)
			}
			if err == nil && tt.dialect == queries.Postgres && strings.Contains(loc.Display, "secret") {
				t.Fatalf("display leaks the password: %s", loc.Display)
			}
		})
	}
}

// TestDialectQueriesMatch: a statement that differs by dialect exists, by
// the same name, in both dialects' directories.
func TestDialectQueriesMatch(t *testing.T) {
	lite, err := queries.Load(queries.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	pg, err := queries.Load(queries.Postgres)
	if err != nil {
		t.Fatal(err)
	}
	if len(lite) != len(pg) {
		t.Fatalf("%d statements for SQLite, %d for PostgreSQL", len(lite), len(pg))
	}
	for name := range lite {
		if _, ok := pg[name]; !ok {
			t.Errorf("%s only for SQLite", name)
		}
	}
	if !strings.Contains(pg["enqueue-outbox-bulk"], "json_to_recordset") || !strings.Contains(lite["enqueue-outbox-bulk"], "json_each") {
		t.Error("enqueue-outbox-bulk: each dialect reads the JSON batch its own way")
	}
}
