package queries

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/jmoiron/sqlx"
)

// Store runs the named queries. A Store made by Tx runs them inside one
// transaction; otherwise each call stands alone.
type Store struct {
	db      *sqlx.DB
	q       *Queries
	dialect Dialect
	tx      *sqlx.Tx
}

// New prepares every query; the schema must already be migrated.
func New(ctx context.Context, db *sqlx.DB, d Dialect) (*Store, error) {
	q, err := Prepare(ctx, db, d)
	if err != nil {
		return nil, err
	}
	return &Store{db: db, q: q, dialect: d}, nil
}

// Dialect reports the engine behind the store.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB exposes the pool for the migration runner and health checks.
func (s *Store) DB() *sqlx.DB { return s.db }

// Close releases the prepared statements (not the pool).
func (s *Store) Close() { s.q.Close() }

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("queries: ping: %w", err)
	}
	return nil
}

// Tx runs fn inside one transaction: committed when fn returns nil,
// rolled back otherwise.
func (s *Store) Tx(ctx context.Context, fn func(tx *Store) error) error {
	if s.tx != nil {
		return fn(s)
	}
	tx, err := s.db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("queries: begin: %w", err)
	}
	inner := *s
	inner.tx = tx
	if err := fn(&inner); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("queries: commit: %w", err)
	}
	return nil
}

// stmt binds a prepared statement to the store's transaction, if any.
func (s *Store) stmt(ctx context.Context, st *sqlx.Stmt) *sqlx.Stmt {
	if s.tx == nil {
		return st
	}
	return s.tx.StmtxContext(ctx, st)
}

// ts is how instants are stored: UTC, whole seconds, so that SQLite's text
// timestamps compare in time order.
func ts(t time.Time) time.Time { return t.UTC().Truncate(time.Second) }

// nullInt turns 0 into NULL for optional foreign keys.
func nullInt(id int64) sql.NullInt64 { return sql.NullInt64{Int64: id, Valid: id != 0} }

// nullStr turns "" into NULL for optional text columns.
func nullStr(s string) sql.NullString { return sql.NullString{String: s, Valid: s != ""} }

// sqlStmt names a statement for error messages in loops.
type sqlStmt struct {
	stmt *sqlx.Stmt
	what string
}
