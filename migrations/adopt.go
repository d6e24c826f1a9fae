package migrations

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/database"
)

// legacyTable is the version table of the runner goose replaced.
const legacyTable = "schema_migrations"

// adoptedMarker is the version adoption records in legacyTable: above any
// version the old runner knew, so an old binary refuses the database.
const adoptedMarker = 1_000_000

// adopt copies the versions of a database migrated by the previous runner
// into goose's table, once. It does nothing when goose's table exists or
// the old one does not.
func (m *Migrator) adopt(ctx context.Context) (err error) {
	conn, err := m.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrations: adopt: %w", err)
	}
	defer conn.Close()
	if err := m.locker.SessionLock(ctx, conn); err != nil {
		return err
	}
	defer func() { err = errors.Join(err, m.locker.SessionUnlock(context.WithoutCancel(ctx), conn)) }()

	if ok, err := m.tableExists(ctx, conn, goose.DefaultTablename); err != nil || ok {
		return err
	}
	if ok, err := m.tableExists(ctx, conn, legacyTable); err != nil || !ok {
		return err
	}
	versions, err := legacyVersions(ctx, conn)
	if err != nil {
		return err
	}
	for _, v := range versions {
		if v > m.latest {
			return m.newer(v)
		}
		if _, ok := m.names[v]; !ok {
			return fmt.Errorf("migrations: adopt: %s has version %d, which this program does not know", legacyTable, v)
		}
	}
	store, err := database.NewStore(gooseDialect(m.dialect), goose.DefaultTablename)
	if err != nil {
		return fmt.Errorf("migrations: adopt: %w", err)
	}
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migrations: adopt: %w", err)
	}
	defer tx.Rollback()
	if err := store.CreateVersionTable(ctx, tx); err != nil {
		return fmt.Errorf("migrations: adopt: %w", err)
	}
	// Version 0 is goose's mark of an initialised table.
	for _, v := range append([]int64{0}, versions...) {
		if err := store.Insert(ctx, tx, database.InsertRequest{Version: v}); err != nil {
			return fmt.Errorf("migrations: adopt: %w", err)
		}
	}
	mark := `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`
	if m.dialect == "postgres" {
		mark = `INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)`
	}
	if _, err := tx.ExecContext(ctx, mark,
		adoptedMarker, "adopted by goose: see "+goose.DefaultTablename, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("migrations: adopt: mark %s: %w", legacyTable, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migrations: adopt: %w", err)
	}
	return nil
}

// legacyVersions reads the old runner's versions in ascending order.
func legacyVersions(ctx context.Context, conn *sql.Conn) ([]int64, error) {
	rows, err := conn.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		return nil, fmt.Errorf("migrations: adopt: read %s: %w", legacyTable, err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var v int64
		if err := rows.Scan(&v); err != nil {
			return nil, fmt.Errorf("migrations: adopt: read %s: %w", legacyTable, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("migrations: adopt: read %s: %w", legacyTable, err)
	}
	return out, nil
}

// tableExists looks for a table in the current schema.
func (m *Migrator) tableExists(ctx context.Context, conn *sql.Conn, table string) (bool, error) {
	q := `SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = $1`
	if m.dialect == "sqlite" {
		q = `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?`
	}
	var n int
	if err := conn.QueryRowContext(ctx, q, table).Scan(&n); err != nil {
		return false, fmt.Errorf("migrations: look for %s: %w", table, err)
	}
	return n > 0, nil
}
