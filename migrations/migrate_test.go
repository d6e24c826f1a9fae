package migrations_test

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/jmoiron/sqlx"

	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

func open(t *testing.T, url string) *sqlx.DB {
	t.Helper()
	db, _, err := queries.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func openEmpty(t *testing.T, d queries.Dialect) *sqlx.DB {
	t.Helper()
	return open(t, dbtest.URL(t, d))
}

func migrator(t *testing.T, db *sqlx.DB, d queries.Dialect) *migrations.Migrator {
	t.Helper()
	m, err := migrations.New(context.Background(), db.DB, string(d), nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestUpFromEmptyThenNoop(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		m := migrator(t, db, d)
		if err := m.Check(ctx); err == nil {
			t.Fatal("Check passed on an empty database")
		}
		n, err := m.Up(ctx)
		if err != nil {
			t.Fatalf("first run: %v", err)
		}
		if n != len(versions(t, m)) || m.Latest() < 6 {
			t.Fatalf("first run applied %d migrations, want %d", n, len(versions(t, m)))
		}
		n, err = m.Up(ctx)
		if err != nil || n != 0 {
			t.Fatalf("second run applied %d (err %v), want 0", n, err)
		}
		if err := m.Check(ctx); err != nil {
			t.Fatalf("check after up: %v", err)
		}
		if v, err := m.Version(ctx); err != nil || v != m.Latest() {
			t.Fatalf("version %d (err %v), want %d", v, err, m.Latest())
		}
		steps, err := m.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(steps) < 6 || steps[len(steps)-1].Version != m.Latest() {
			t.Fatalf("status has %d steps, the last %+v, want the last at %d", len(steps), steps[len(steps)-1], m.Latest())
		}
		for i, s := range steps {
			if !s.Applied || s.AppliedAt.IsZero() || (i > 0 && s.Version <= steps[i-1].Version) || !strings.HasPrefix(s.Name, fmt.Sprintf("%04d_", s.Version)) {
				t.Errorf("step %d: %+v", i, s)
			}
		}
	})
}

func TestNewerSchemaRefused(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		m := migrator(t, db, d)
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(db.Rebind(`INSERT INTO goose_db_version (version_id, is_applied) VALUES (?, ?)`), 999, true); err != nil {
			t.Fatal(err)
		}
		if _, err := m.Up(ctx); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Up on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
		if _, err := m.Down(ctx); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Down on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
		if _, err := m.Status(ctx); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Status on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
		if err := m.Check(ctx); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("Check on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
		if _, err := migrations.Up(ctx, db.DB, string(d)); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("migrations.Up on a newer schema: err = %v, want ErrSchemaNewer", err)
		}
	})
}

// columns maps each table of the project to its sorted column names.
func columns(t *testing.T, db *sqlx.DB, d queries.Dialect) map[string][]string {
	t.Helper()
	q := `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`
	if d == queries.SQLite {
		q = `SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
		     WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
	}
	out := map[string][]string{}
	for _, r := range query(t, db, q) {
		if r[0] != "goose_lock" {
			out[r[0]] = append(out[r[0]], r[1])
		}
	}
	for _, cols := range out {
		sort.Strings(cols)
	}
	return out
}

func query(t *testing.T, db *sqlx.DB, q string) [][2]string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][2]string
	for rows.Next() {
		var a, b string
		if err := rows.Scan(&a, &b); err != nil {
			t.Fatal(err)
		}
		out = append(out, [2]string{a, b})
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
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
	// Full-text search is built from each engine's own parts, on purpose:
	// SQLite's FTS5 table (and its shadow tables) and PostgreSQL's
	// generated tsvector column, both over the same folded text.
	for table := range lite {
		if strings.HasPrefix(table, "search_index") {
			delete(lite, table)
		}
	}
	if cols, ok := pg["search_docs"]; ok {
		pg["search_docs"] = slices.DeleteFunc(slices.Clone(cols), func(c string) bool { return c == "tsv" })
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

// TestFilesPerDialect: both dialects have the same versions, each file once,
// each with an Up and a non-empty Down section.
func TestFilesPerDialect(t *testing.T) {
	versions := map[string][]string{}
	for _, d := range []string{"sqlite", "postgres"} {
		names, err := migrations.Names(d)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range names {
			num, _, ok := strings.Cut(name, "_")
			if !ok || len(num) != 4 || !strings.HasSuffix(name, ".sql") {
				t.Errorf("%s: bad file name %s", d, name)
			}
			versions[d] = append(versions[d], num)
			text, err := migrations.Source(d, name)
			if err != nil {
				t.Fatal(err)
			}
			up, down := upDown(text)
			if up == "" || strings.TrimSpace(stripComments(down)) == "" {
				t.Errorf("%s/%s: needs a `-- +goose Up` and a non-empty `-- +goose Down` section", d, name)
			}
		}
	}
	if !reflect.DeepEqual(versions["sqlite"], versions["postgres"]) {
		t.Fatalf("versions differ: sqlite %v, postgres %v", versions["sqlite"], versions["postgres"])
	}
	if _, err := migrations.New(context.Background(), nil, "mysql", nil); err == nil {
		t.Fatal("unknown dialect accepted")
	}
}

// upDown splits a goose file into its Up and Down sections.
func upDown(text string) (up, down string) {
	_, rest, ok := strings.Cut(text, "-- +goose Up\n")
	if !ok {
		return "", ""
	}
	up, down, _ = strings.Cut(rest, "-- +goose Down\n")
	return up, down
}

func stripComments(sql string) string {
	var b strings.Builder
	for _, line := range strings.Split(sql, "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "--") {
			b.WriteString(line + "\n")
		}
	}
	return b.String()
}

// snapshot describes the schema and how many rows each table has.
func snapshot(t *testing.T, db *sqlx.DB, d queries.Dialect) []string {
	t.Helper()
	var out []string
	cols := `SELECT table_name, column_name || ' ' || data_type FROM information_schema.columns WHERE table_schema = current_schema()`
	idx := `SELECT tablename, indexname FROM pg_indexes WHERE schemaname = current_schema()`
	if d == queries.SQLite {
		cols = `SELECT m.name, p.name || ' ' || p.type FROM sqlite_master m JOIN pragma_table_info(m.name) p
		        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`
		idx = `SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`
	}
	tables := map[string]bool{}
	for _, r := range query(t, db, cols) {
		if !strings.HasPrefix(r[0], "goose_") {
			out = append(out, "column "+r[0]+"."+r[1])
			tables[r[0]] = true
		}
	}
	for _, r := range query(t, db, idx) {
		if !strings.HasPrefix(r[0], "goose_") {
			out = append(out, "index "+r[0]+"."+r[1])
		}
	}
	for table := range tables {
		var n int
		if err := db.Get(&n, "SELECT COUNT(*) FROM "+table); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprintf("rows %s %d", table, n))
	}
	sort.Strings(out)
	return out
}

// TestDownStepByStep: each Down undoes exactly its Up, down to an empty
// database, and Up then rebuilds the same schema.
func TestDownStepByStep(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		m := migrator(t, db, d)
		at := [][]string{snapshot(t, db, d)}
		if len(at[0]) != 0 {
			t.Fatalf("fresh database is not empty: %v", at[0])
		}
		vs := versions(t, m)
		for i, v := range vs {
			if err := m.UpByOne(ctx); err != nil {
				t.Fatalf("up to %d: %v", v, err)
			}
			at = append(at, snapshot(t, db, d))
			if reflect.DeepEqual(at[i+1], at[i]) {
				t.Fatalf("migration %d changed nothing", v)
			}
		}
		for i := len(vs) - 1; i >= 0; i-- {
			v := vs[i]
			undone, err := m.Down(ctx)
			if err != nil || undone != v {
				t.Fatalf("down from %d: undid %d, err %v", v, undone, err)
			}
			if got := snapshot(t, db, d); !reflect.DeepEqual(got, at[i]) {
				t.Fatalf("after undoing %d the schema differs from the one before it:\n%s", v, diff(got, at[i]))
			}
		}
		if _, err := m.Down(ctx); !errors.Is(err, migrations.ErrNothingToUndo) {
			t.Fatalf("down at version 0: %v, want ErrNothingToUndo", err)
		}
		if _, err := m.Up(ctx); err != nil {
			t.Fatal(err)
		}
		if got := snapshot(t, db, d); !reflect.DeepEqual(got, at[len(vs)]) {
			t.Fatalf("up after down differs:\n%s", diff(got, at[len(vs)]))
		}
	})
}

func diff(got, want []string) string {
	in := func(xs []string) map[string]bool {
		m := map[string]bool{}
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	g, w := in(got), in(want)
	var b strings.Builder
	for _, x := range got {
		if !w[x] {
			b.WriteString("+ " + x + "\n")
		}
	}
	for _, x := range want {
		if !g[x] {
			b.WriteString("- " + x + "\n")
		}
	}
	return b.String()
}

// TestConcurrentMigrators: two processes (two connection pools) starting
// together on one fresh database migrate it once.
func TestConcurrentMigrators(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		url := dbtest.URL(t, d)
		dbs := []*sqlx.DB{open(t, url), open(t, url)}
		ms := []*migrations.Migrator{migrator(t, dbs[0], d), migrator(t, dbs[1], d)}
		// Both create or find goose's table first, so that the race is on
		// the migrations themselves, not on creating that table (which
		// goose retries on its own).
		for _, m := range ms {
			if v, err := m.Version(ctx); err != nil || v != 0 {
				t.Fatalf("fresh database at version %d (err %v)", v, err)
			}
		}
		var wg sync.WaitGroup
		applied := make([]int, 2)
		errs := make([]error, 2)
		start := make(chan struct{})
		for i := range ms {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				applied[i], errs[i] = ms[i].Up(ctx)
			}()
		}
		close(start)
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("migrator %d: %v", i, err)
			}
		}
		if applied[0]+applied[1] != len(versions(t, ms[0])) {
			t.Fatalf("applied %d and %d migrations, want %d in all", applied[0], applied[1], len(versions(t, ms[0])))
		}
		rows := query(t, dbs[0], `SELECT CAST(version_id AS TEXT), CAST(COUNT(*) AS TEXT) FROM goose_db_version GROUP BY version_id`)
		if len(rows) != len(versions(t, ms[0]))+1 {
			t.Fatalf("version rows %v", rows)
		}
		for _, r := range rows {
			if r[1] != "1" {
				t.Errorf("version %s recorded %s times", r[0], r[1])
			}
		}
		if err := ms[1].Check(ctx); err != nil {
			t.Fatal(err)
		}
	})
}

// versions are the migrations' versions in order; they may have gaps (a
// number reserved for work that has not landed yet).
func versions(t *testing.T, m *migrations.Migrator) []int64 {
	t.Helper()
	steps, err := m.Status(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	out := make([]int64, len(steps))
	for i, s := range steps {
		out[i] = s.Version
	}
	return out
}

// TestUnitsOverTimeMigration: migration 0008 on a database with data
// keeps every unit (same ids, "since ever" as 1900-01-01) and every row
// that refers to one, moves replaced_by_id into unit_successors, and then
// lets a code be reused from a later date, but not twice from one date.
func TestUnitsOverTimeMigration(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		m := migrator(t, db, d)
		for {
			v, err := m.Version(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if v >= 7 {
				break
			}
			if err := m.UpByOne(ctx); err != nil {
				t.Fatal(err)
			}
		}
		exec := func(q string, args ...any) {
			t.Helper()
			if _, err := db.Exec(db.Rebind(q), args...); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
		exec(`INSERT INTO units (id, code, level_code, name, short_name, kind, valid_from) VALUES (1, '42', 'province', 'Tỉnh Hà Tĩnh', 'Hà Tĩnh', 'Tỉnh', '2000-01-01')`)
		exec(`INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from, valid_to) VALUES (2, '443', 'district', 1, 'Huyện Can Lộc', 'Can Lộc', 'Huyện', '2000-01-01', '2025-06-30')`)
		exec(`INSERT INTO units (id, code, level_code, parent_id, name, short_name, kind, valid_from) VALUES (3, '18406', 'commune', 1, 'Xã Can Lộc', 'Can Lộc', 'Xã', '2025-07-01')`)
		exec(`UPDATE units SET replaced_by_id = 3 WHERE id = 2`)
		exec(`INSERT INTO unit_aliases (unit_id, alias, folded) VALUES (2, 'Can Lộc', 'can loc')`)
		exec(`INSERT INTO people (id, full_name, unit_id, role, created_at) VALUES (1, 'An', 2, 'clerk', CURRENT_TIMESTAMP)`)
		exec(`INSERT INTO form_units (form_id, unit_id) SELECT id, 2 FROM report_forms`)
		if _, err := m.Up(ctx); err != nil {
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
