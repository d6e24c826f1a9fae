package migrations_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// legacyUp is what the runner before goose did, kept minimal: a version
// table, then each file's SQL (today its Up section) in one transaction
// with its row, up to version upTo.
func legacyUp(t *testing.T, db *sqlx.DB, d queries.Dialect, upTo int) {
	t.Helper()
	if _, err := db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, err := migrations.Names(string(d))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range names {
		v, _ := strconv.Atoi(name[:4])
		if v > upTo {
			break
		}
		text, err := migrations.Source(string(d), name)
		if err != nil {
			t.Fatal(err)
		}
		up, _ := upDown(text)
		tx := db.MustBegin()
		if _, err := tx.Exec(up); err != nil {
			t.Fatalf("legacy %s: %v", name, err)
		}
		tx.MustExec(tx.Rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
			v, strings.TrimSuffix(name, ".sql"), time.Now().UTC().Format(time.RFC3339))
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestAdoptLegacyDatabase: a database the old runner migrated, fully or
// partly, and filled with data, is adopted by goose at the same version,
// gets only the steps it lacks, and keeps its data and its old history.
func TestAdoptLegacyDatabase(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		for _, upTo := range []int{6, 4} {
			t.Run("at version "+strconv.Itoa(upTo), func(t *testing.T) {
				ctx := context.Background()
				db := openEmpty(t, d)
				legacyUp(t, db, d, upTo)
				exec := func(q string, args ...any) {
					t.Helper()
					if _, err := db.Exec(db.Rebind(q), args...); err != nil {
						t.Fatalf("%s: %v", q, err)
					}
				}
				now := time.Date(2019, 7, 16, 9, 0, 0, 0, time.UTC)
				exec(`INSERT INTO units (id, code, level_code, name, short_name, kind) VALUES (1, '443', 'district', 'Huyện Can Lộc', 'Can Lộc', 'Huyện')`)
				exec(`INSERT INTO people (id, full_name, unit_id, role, created_at) VALUES (1, 'Nguyễn Văn A', 1, 'clerk', ?)`, now)
				exec(`INSERT INTO chat_accounts (id, person_id, platform, external_id, chat_id, created_at) VALUES (1, 1, 'telegram', '42', '42', ?)`, now)
				exec(`INSERT INTO outbox (idempotency_key, platform, chat_id, person_id, body, not_before, created_at, payload)
				      VALUES ('k1', 'telegram', '42', 1, 'Nhắc nộp báo cáo quý 2/2019', ?, ?, '{"buttons":[]}')`, now, now)
				exec(`INSERT INTO pending_submissions (platform, chat_id, person_id, form_id, unit_id, period_start, period_end, period_label, values_json, created_at, expires_at)
				      SELECT 'telegram', '42', 1, id, 1, '2019-04-01', '2019-06-30', 'quý 2/2019', '{"dvc3":45}', ?, ? FROM report_forms WHERE code = 'dvc-quy'`, now, now)
				var history int
				if err := db.Get(&history, `SELECT COUNT(*) FROM schema_migrations`); err != nil || history != upTo {
					t.Fatalf("legacy history: %d rows (err %v), want %d", history, err, upTo)
				}

				m := migrator(t, db, d)
				n, err := m.Up(ctx)
				if err != nil {
					t.Fatalf("migrate a legacy database: %v", err)
				}
				if n != len(versions(t, m))-upTo {
					t.Fatalf("applied %d steps on a database at %d, want %d", n, upTo, len(versions(t, m))-upTo)
				}
				steps, err := m.Status(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for _, s := range steps {
					if !s.Applied {
						t.Errorf("step %s not applied", s.Name)
					}
				}
				var got struct {
					Name, Body, Payload, Vals string
				}
				if err := db.Get(&got, `SELECT p.full_name AS name, o.body, o.payload, s.values_json AS vals
					FROM people p JOIN outbox o ON o.person_id = p.id JOIN pending_submissions s ON s.person_id = p.id`); err != nil {
					t.Fatalf("data after adoption: %v", err)
				}
				if got.Name != "Nguyễn Văn A" || got.Body != "Nhắc nộp báo cáo quý 2/2019" || got.Payload != `{"buttons":[]}` || got.Vals != `{"dvc3":45}` {
					t.Fatalf("data after adoption: %+v", got)
				}
				// The old history stays, with a marker that makes an old
				// binary (whose check is MAX(version) > its count) refuse.
				var rows, top int
				if err := db.Get(&rows, db.Rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version <= ?`), upTo); err != nil || rows != upTo {
					t.Fatalf("old history: %d rows (err %v)", rows, err)
				}
				if err := db.Get(&top, `SELECT MAX(version) FROM schema_migrations`); err != nil || int64(top) <= m.Latest() {
					t.Fatalf("old table tops at %d (err %v): an old binary would not refuse", top, err)
				}
				// Adoption happens once: a second run changes nothing.
				if n, err := migrations.Up(ctx, db.DB, string(d)); err != nil || n != 0 {
					t.Fatalf("second run: %d, %v", n, err)
				}
				// And the adopted versions undo like any other.
				if v, err := m.Down(ctx); err != nil || v != m.Latest() {
					t.Fatalf("down after adoption: %d, %v", v, err)
				}
			})
		}
	})
}

// TestAdoptRefusesNewerLegacy: a database the old runner of a newer binary
// migrated is refused and left untouched.
func TestAdoptRefusesNewerLegacy(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d queries.Dialect) {
		ctx := context.Background()
		db := openEmpty(t, d)
		legacyUp(t, db, d, 6)
		db.MustExec(db.Rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'x')`), 99)
		if _, err := migrator(t, db, d).Up(ctx); !errors.Is(err, migrations.ErrSchemaNewer) {
			t.Fatalf("err = %v, want ErrSchemaNewer", err)
		}
		var n int
		q := `SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'goose_db_version'`
		if d == queries.SQLite {
			q = `SELECT COUNT(*) FROM sqlite_master WHERE name = 'goose_db_version'`
		}
		if err := db.Get(&n, q); err != nil || n != 0 {
			t.Fatalf("goose_db_version created on a refused database (%d, %v)", n, err)
		}
	})
}
