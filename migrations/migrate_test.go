package migrations_test

import (
	"context"
	"errors"
	"reflect"
	"sort"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

func openEmpty(t *testing.T, d queries.Dialect) *sqlx.DB {
	t.Helper()
	db, _, err := queries.Open(context.Background(), dbtest.URL(t, d))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestUpFromEmptyThenNoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		ms, err := migrations.List(string(d))
		if err != nil {
			t.Fatal(err)
		}
		want := len(ms)
		n, err := migrations.Up(ctx, db.DB, string(d))
		if err != nil {
			t.Fatalf("first run: %v", err)
		}
		if n != want {
			t.Fatalf("first run applied %d migrations, want %d", n, want)
		}
		n, err = migrations.Up(ctx, db.DB, string(d))
		if err != nil || n != 0 {
			t.Fatalf("second run applied %d (err %v), want 0", n, err)
		}
		if err := migrations.Check(ctx, db.DB, string(d)); err != nil {
			t.Fatalf("check after up: %v", err)
		}
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		if _, err := migrations.Up(ctx, db.DB, string(d)); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(db.Rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')`), 999); err != nil {
			t.Fatal(err)
		}
		if _, err := migrations.Up(ctx, db.DB, string(d)); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Up on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
		if err := migrations.Check(ctx, db.DB, string(d)); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Check on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
	})
}

// columns maps each table to its sorted column names.
func columns(t *testing.T, db *sqlx.DB, d queries.Dialect) map[string][]string {
	t.Helper()
	q := `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`
	if d == queries.SQLite {
		q = `SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
		     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
	}
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string][]string{}
	for rows.Next() {
		var table, col string
		if err := rows.Scan(&table, &col); err != nil {
			t.Fatal(err)
		}
		out[table] = append(out[table], col)
	}
	for _, cols := range out {
		sort.Strings(cols)
	}
	return out
}

func TestSchemasEquivalent(t *testing.T) {
	schemas := map[queries.Dialect]map[string][]string{}
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		db := openEmpty(t, d)
		if _, err := migrations.Up(context.Background(), db.DB, string(d)); err != nil {
			t.Fatal(err)
		}
		schemas[d] = columns(t, db, d)
	})
	lite, pg := schemas[queries.SQLite], schemas[queries.Postgres]
	if pg == nil {
		t.Skip("PostgreSQL not available")
	}
	if len(lite) < 20 {
		t.Fatalf("SQLite has only %d tables", len(lite))
	}
	if !reflect.DeepEqual(lite, pg) {
		for table, cols := range lite {
			if !reflect.DeepEqual(cols, pg[table]) {
				t.Errorf("table %s: sqlite %v, postgres %v", table, cols, pg[table])
			}
		}
		for table := range pg {
			if _, ok := lite[table]; !ok {
				t.Errorf("table %s only in postgres", table)
			}
		}
	}
}

// TestListIsOrdered: versions rise, start at 1 and end at Latest; gaps are
// numbers reserved for work landing later.
func TestListIsOrdered(t *testing.T) {
	for _, d := range []string{"sqlite", "postgres"} {
		ms, err := migrations.List(d)
		if err != nil {
			t.Fatal(err)
		}
		latest, err := migrations.Latest(d)
		if err != nil {
			t.Fatal(err)
		}
		for i, m := range ms {
			if m.SQL == "" || (i == 0 && m.Version != 1) || (i > 0 && m.Version <= ms[i-1].Version) {
				t.Fatalf("%s: migration %d is %+v", d, i, m.Name)
			}
		}
		if ms[len(ms)-1].Version != latest {
			t.Fatalf("%s: latest %d, last listed %d", d, latest, ms[len(ms)-1].Version)
		}
	}
	if _, err := migrations.List("mysql"); err == nil {
		t.Fatal("unknown dialect accepted")
	}
}
