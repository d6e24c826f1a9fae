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

// TestUnitsOverTimeMigration: migration 0008 on a database with data
// keeps every unit (same ids, "since ever" as 1900-01-01) and every row
// that refers to one, moves replaced_by_id into unit_successors, and then
// lets a code be reused from a later date, but not twice from one date.
func TestUnitsOverTimeMigration(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		ms, err := migrations.List(string(d))
		if err != nil {
			t.Fatal(err)
		}
		exec := func(q string, args ...any) {
			t.Helper()
			if _, err := db.Exec(db.Rebind(q), args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`)
		for _, m := range ms {
			if m.Version >= 8 {
				break
			}
			exec(m.SQL)
			exec(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, 'x')`, m.Version, m.Name)
		}
		exec(`INSERT INTO units (id, code, level_code, name, short_name, kind, valid_from) VALUES (1, '42', 'province', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Tỉnh', '2000-01-01')`)
		exec(`INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from, valid_to) VALUES (2, '443', 'district', 1, 'Huyện Can Lộc', 'Can Lộc', 'Huyện', '2000-01-01', '2025-06-30')`)
		exec(`INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from) VALUES (3, '18406', 'commune', 1, 'Xã Can Lộc', 'Can Lộc', 'Xã', '2025-07-01')`)
		exec(`UPDATE units SET replaced_by_id = 3 WHERE id = 2`)
		exec(`INSERT INTO unit_aliases (unit_id, alias, folded) VALUES (2, 'Can Lộc', 'can loc')`)
		exec(`INSERT INTO people (id, full_name, unit_id, role, created_at) VALUES (1, 'An', 2, 'clerk', CURRENT_TIMESTAMP)`)
		exec(`INSERT INTO form_units (form_id, unit_id) SELECT id, 2 FROM report_forms`)
		if _, err := migrations.Up(ctx, db.DB, string(d)); err != nil {
			t.Fatal(err)
		}
		var units []struct {
			ID        int64  `db:"id"`
			Code      string `db:"code"`
			ValidFrom string `db:"valid_from"`
		}
		if err := db.Select(&units, `SELECT id, code, valid_from FROM units ORDER BY id`); err != nil {
			t.Fatal(err)
		}
		if len(units) != 3 || units[1].ID != 2 || units[1].ValidFrom != "1900-01-01" || units[2].ValidFrom != "2025-07-01" {
			t.Fatalf("units after 0008: %+v", units)
		}
		var n int
		for q, want := range map[string]int{
			`SELECT COUNT(*) FROM unit_successors WHERE unit_id = 2 AND successor_id = 3`: 1,
			`SELECT COUNT(*) FROM people WHERE unit_id = 2`:                               1,
			`SELECT COUNT(*) FROM unit_aliases WHERE unit_id = 2`:                         1,
			`SELECT COUNT(*) FROM form_units WHERE unit_id = 2`:                           1,
		} {
			if err := db.Get(&n, q); err != nil || n != want {
				t.Errorf("%s = %d (%v), want %d", q, n, err, want)
			}
		}
		exec(`INSERT INTO units (id, code, level_code, name, short_name, kind, valid_from) VALUES (4, '443', 'commune', 'Xã Mới', 'Mới', 'Xã', '2025-07-01')`)
		if _, err := db.Exec(db.Rebind(`INSERT INTO units (id, code, level_code, name, short_name, kind, valid_from) VALUES (5, '443', 'commune', 'Xã Khác', 'Khác', 'Xã', '2025-07-01')`)); err == nil {
			t.Error("a code twice from one date was accepted")
		}
		if _, err := db.Exec(`INSERT INTO people (full_name, unit_id, role, created_at) VALUES ('B', 999, 'clerk', CURRENT_TIMESTAMP)`); err == nil {
			t.Error("foreign keys to units are not enforced after the rebuild")
		}
	})
}
