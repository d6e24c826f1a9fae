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
	txStmts map[*sqlx.Stmt]*sqlx.Stmt // statements bound to tx, prepared once each
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
	inner.txStmts = map[*sqlx.Stmt]*sqlx.Stmt{}
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
	bound, ok := s.txStmts[st]
	if !ok {
		bound = s.tx.StmtxContext(ctx, st)
		s.txStmts[st] = bound
	}
	return bound
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

// aliases runs a query whose rows are (owner id, alias, folded).
func (s *Store) aliases(ctx context.Context, st *sqlx.Stmt, args ...any) ([]Alias, error) {
	rows, err := s.stmt(ctx, st).QueryxContext(ctx, args...)
	if err != nil {
		return nil, fmt.Errorf("queries: list aliases: %w", err)
	}
	defer rows.Close()
	var out []Alias
	for rows.Next() {
		var a Alias
		if err := rows.Scan(&a.OwnerID, &a.Alias, &a.Folded); err != nil {
			return nil, fmt.Errorf("queries: scan alias: %w", err)
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// flag stores a boolean as 0/1: both dialects keep flags in INTEGER columns.
func flag(b bool) int {
	if b {
		return 1
	}
	return 0
}
