// Package migrations holds the embedded, ordered schema migrations of the
// indicator database for both dialects and the runner that applies them.
// It holds the schema only and imports nothing of the project: datasets
// (the demo, scale-test data, imports) load through package dataset.
//
// A small runner instead of a migration library: the project needs ordered
// files per dialect plus a shared directory, one transaction per migration,
// a version table, a lock against two processes migrating at once, and a
// refusal to run against a schema newer than the binary. That is a hundred
// lines; a library would add dependencies and still need the last two.
package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
)

//go:embed common/*.sql sqlite/*.sql postgres/*.sql
var files embed.FS

// Migration is one numbered schema step.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// ErrSchemaNewer means the database was migrated by a newer binary.
var ErrSchemaNewer = errors.New("migrations: database schema is newer than this program")

// List returns the migrations of a dialect ("sqlite" or "postgres") in
// order: the shared ones and the dialect's own, merged by version. Versions
// may leave gaps: numbers are reserved for work that lands later (0007 for
// the conversation tables while 0008 already exists).
func List(dialect string) ([]Migration, error) {
	if dialect != "sqlite" && dialect != "postgres" {
		return nil, fmt.Errorf("migrations: unknown dialect %q", dialect)
	}
	var out []Migration
	seen := map[int]string{}
	for _, dir := range []string{"common", dialect} {
		entries, err := fs.ReadDir(files, dir)
		if err != nil {
			return nil, fmt.Errorf("migrations: read %s: %w", dir, err)
		}
		for _, e := range entries {
			name := e.Name()
			num, _, ok := strings.Cut(name, "_")
			v, err := strconv.Atoi(num)
			if !ok || err != nil || !strings.HasSuffix(name, ".sql") {
				return nil, fmt.Errorf("migrations: bad file name %s/%s", dir, name)
			}
			if prev, dup := seen[v]; dup {
				return nil, fmt.Errorf("migrations: version %d twice (%s and %s/%s)", v, prev, dir, name)
			}
			seen[v] = dir + "/" + name
			body, err := files.ReadFile(path.Join(dir, name))
			if err != nil {
				return nil, fmt.Errorf("migrations: read %s: %w", name, err)
			}
			out = append(out, Migration{Version: v, Name: strings.TrimSuffix(name, ".sql"), SQL: string(body)})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	if len(out) == 0 || out[0].Version != 1 {
		return nil, fmt.Errorf("migrations: %s has no version 1", dialect)
	}
	return out, nil
}

// Latest is the newest schema version this binary knows.
func Latest(dialect string) (int, error) {
	ms, err := List(dialect)
	if err != nil {
		return 0, err
	}
	return ms[len(ms)-1].Version, nil
}

// Up applies every pending migration, each in its own transaction together
// with its row in schema_migrations, and returns how many it applied.
func Up(ctx context.Context, db *sql.DB, dialect string) (int, error) {
	ms, err := List(dialect)
	if err != nil {
		return 0, err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return 0, fmt.Errorf("migrations: create version table: %w", err)
	}
	current, err := Version(ctx, db)
	if err != nil {
		return 0, err
	}
	latest := ms[len(ms)-1].Version
	if current > latest {
		return 0, fmt.Errorf("%w: database is at version %d, this program knows %d", ErrSchemaNewer, current, latest)
	}
	done, err := appliedVersions(ctx, db)
	if err != nil {
		return 0, err
	}
	applied := 0
	for _, m := range ms {
		if done[m.Version] {
			continue
		}
		ok, err := apply(ctx, db, dialect, m)
		if err != nil {
			return applied, err
		}
		if ok {
			applied++
		}
	}
	return applied, nil
}

// apply runs one migration unless another process applied it meanwhile.
func apply(ctx context.Context, db *sql.DB, dialect string, m Migration) (bool, error) {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return false, fmt.Errorf("migrations: begin %s: %w", m.Name, err)
	}
	defer tx.Rollback()
	if dialect == "postgres" {
		// Serialises concurrent migrators; SQLite transactions are already
		// exclusive (the driver opens them with BEGIN IMMEDIATE).
		if _, err := tx.ExecContext(ctx, `LOCK TABLE schema_migrations IN EXCLUSIVE MODE`); err != nil {
			return false, fmt.Errorf("migrations: lock: %w", err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, rebind(dialect, `SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.Version).Scan(&n); err != nil {
		return false, fmt.Errorf("migrations: check %s: %w", m.Name, err)
	}
	if n > 0 {
		return false, nil
	}
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return false, fmt.Errorf("migrations: apply %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, rebind(dialect, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return false, fmt.Errorf("migrations: record %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migrations: commit %s: %w", m.Name, err)
	}
	return true, nil
}

// appliedVersions lists the versions recorded in the database: a version
// filled into a gap later is applied even when newer ones already are.
func appliedVersions(ctx context.Context, db *sql.DB) (map[int]bool, error) {
	rows, err := db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("migrations: read versions: %w", err)
	}
	defer rows.Close()
	out := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("migrations: read versions: %w", err)
		}
		out[v] = true
	}
	return out, rows.Err()
}

// Version is the schema version recorded in the database (0 when empty).
func Version(ctx context.Context, db *sql.DB) (int, error) {
	var v sql.NullInt64
	if err := db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		return 0, fmt.Errorf("migrations: read version: %w", err)
	}
	return int(v.Int64), nil
}

// Check fails unless the database is exactly at this binary's version.
func Check(ctx context.Context, db *sql.DB, dialect string) error {
	ms, err := List(dialect)
	if err != nil {
		return err
	}
	want := ms[len(ms)-1].Version
	got, err := Version(ctx, db)
	if err != nil {
		return err
	}
	if got > want {
		return fmt.Errorf("%w: database is at version %d, this program knows %d", ErrSchemaNewer, got, want)
	}
	done, err := appliedVersions(ctx, db)
	if err != nil {
		return err
	}
	pending := 0
	for _, m := range ms {
		if !done[m.Version] {
			pending++
		}
	}
	if pending > 0 {
		return fmt.Errorf("migrations: database is at version %d, %d pending: run `chatbot migrate`", got, pending)
	}
	return nil
}

func rebind(dialect, q string) string {
	if dialect == "postgres" {
		return sqlx.Rebind(sqlx.DOLLAR, q)
	}
	return q
}
