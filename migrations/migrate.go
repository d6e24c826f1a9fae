// Package migrations holds the schema of the indicator database: ordered,
// embedded SQL migrations for SQLite and PostgreSQL, applied with
// github.com/pressly/goose/v3. It imports nothing of the project.
//
// Files. Each migration is NNNN_name.sql with a `-- +goose Up` and a
// `-- +goose Down` section; NNNN is the schema version. Where both dialects
// run the same SQL, the file lives once in common/; where they differ
// (identity columns, TIMESTAMPTZ), each dialect has its own copy in sqlite/
// or postgres/ under the same number. [dialectFS] shows goose common/ and one
// dialect's directory as a single flat directory, so a version exists once
// per dialect and both dialects have the same list of versions (a test
// checks it).
//
// Locking. Two processes starting together migrate once: on PostgreSQL
// through goose's session-level advisory lock (one lock per database and
// schema), on SQLite through a lease row in goose_lock, SQLite having no
// advisory locks.
//
// Adoption. Databases migrated before goose carry their version in the
// table schema_migrations (version, name, applied_at), one row per applied
// file, with the same numbers as the files here. The first goose run on
// such a database copies those versions into goose_db_version, under the
// migration lock and in one transaction, and then applies only what is
// newer. schema_migrations stays as history, with one more row, version
// [adoptedMarker], so that an older binary finds a schema "newer than this
// program" and refuses it instead of re-running its own migrations.
//
// A database whose version is above the newest migration here was migrated
// by a newer binary: every operation refuses it with [ErrSchemaNewer].
package migrations

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"path"
	"strings"
	"time"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// ErrSchemaNewer means the database was migrated by a newer binary.
var ErrSchemaNewer = errors.New("migrations: database schema is newer than this program")

// ErrNothingToUndo means Down found no applied migration.
var ErrNothingToUndo = errors.New("migrations: no migration to undo")

// Migrator applies the migrations of one dialect to one database.
type Migrator struct {
	db       *sql.DB
	dialect  string
	provider *goose.Provider
	locker   lock.SessionLocker
	names    map[int64]string
	latest   int64
}

// New prepares a migrator for db, whose dialect is "sqlite" or "postgres".
// log receives goose's progress lines; nil keeps it quiet.
func New(ctx context.Context, db *sql.DB, dialect string, log *slog.Logger) (*Migrator, error) {
	fsys, err := newDialectFS(dialect)
	if err != nil {
		return nil, err
	}
	locker, err := newLocker(ctx, db, dialect)
	if err != nil {
		return nil, err
	}
	opts := []goose.ProviderOption{
		goose.WithSessionLocker(locker),
		goose.WithDisableGlobalRegistry(true),
		goose.WithVerbose(log != nil),
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	opts = append(opts, goose.WithSlog(slog.New(statementsAtDebug{log.Handler()})))
	p, err := goose.NewProvider(gooseDialect(dialect), db, fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrations: %s: %w", dialect, err)
	}
	m := &Migrator{db: db, dialect: dialect, provider: p, locker: locker, names: map[int64]string{}}
	for _, s := range p.ListSources() {
		m.names[s.Version] = strings.TrimSuffix(path.Base(s.Path), ".sql")
		m.latest = max(m.latest, s.Version)
	}
	return m, nil
}

// Up migrates db to the newest version: the convenience of New + Up for
// callers that need nothing else.
func Up(ctx context.Context, db *sql.DB, dialect string) (int, error) {
	m, err := New(ctx, db, dialect, nil)
	if err != nil {
		return 0, err
	}
	return m.Up(ctx)
}

// Latest is the newest schema version this binary knows.
func (m *Migrator) Latest() int64 { return m.latest }

// Up adopts a database of the previous runner, refuses a newer one, and
// applies every pending migration, each in its own transaction together
// with its version row. It returns how many it applied.
func (m *Migrator) Up(ctx context.Context) (int, error) {
	if _, err := m.current(ctx); err != nil {
		return 0, err
	}
	res, err := m.provider.Up(ctx)
	if err != nil {
		var partial *goose.PartialError
		if errors.As(err, &partial) {
			return len(partial.Applied), fmt.Errorf("migrations: %s: %w", m.names[partial.Failed.Source.Version], partial.Err)
		}
		return 0, fmt.Errorf("migrations: up: %w", err)
	}
	return len(res), nil
}

// Down undoes the newest applied migration and returns its version.
func (m *Migrator) Down(ctx context.Context) (int64, error) {
	v, err := m.current(ctx)
	if err != nil {
		return 0, err
	}
	if v == 0 {
		return 0, ErrNothingToUndo
	}
	res, err := m.provider.Down(ctx)
	switch {
	case errors.Is(err, goose.ErrNoNextVersion):
		return 0, ErrNothingToUndo
	case err != nil:
		return 0, fmt.Errorf("migrations: down %s: %w", m.names[v], err)
	}
	return res.Source.Version, nil
}

// Version is the schema version of the database (0 when empty).
func (m *Migrator) Version(ctx context.Context) (int64, error) {
	return m.current(ctx)
}

// Check fails unless the database is exactly at this binary's version.
func (m *Migrator) Check(ctx context.Context) error {
	v, err := m.current(ctx)
	if err != nil {
		return err
	}
	if v < m.latest {
		return fmt.Errorf("migrations: database is at version %d, %d pending: run `chatbot migrate`", v, m.latest-v)
	}
	return nil
}

// Step is one migration as `chatbot migrate status` shows it.
type Step struct {
	Version   int64
	Name      string
	Applied   bool
	AppliedAt time.Time // zero when pending
}

// Status lists every migration this binary knows, in order, with whether
// the database has it.
func (m *Migrator) Status(ctx context.Context) ([]Step, error) {
	if _, err := m.current(ctx); err != nil {
		return nil, err
	}
	st, err := m.provider.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrations: status: %w", err)
	}
	out := make([]Step, len(st))
	for i, s := range st {
		out[i] = Step{Version: s.Source.Version, Name: m.names[s.Source.Version],
			Applied: s.State == goose.StateApplied, AppliedAt: s.AppliedAt}
	}
	return out, nil
}

// current adopts a database of the previous runner and returns the schema
// version, refusing one newer than this binary.
func (m *Migrator) current(ctx context.Context) (int64, error) {
	if err := m.adopt(ctx); err != nil {
		return 0, err
	}
	v, err := m.provider.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrations: read version: %w", err)
	}
	if v > m.latest {
		return v, m.newer(v)
	}
	return v, nil
}

func (m *Migrator) newer(v int64) error {
	return fmt.Errorf("%w: database is at version %d, this program knows %d", ErrSchemaNewer, v, m.latest)
}

func gooseDialect(dialect string) goose.Dialect {
	if dialect == "sqlite" {
		return goose.DialectSQLite3
	}
	return goose.DialectPostgres
}

// statementsAtDebug lowers goose's line per SQL statement to debug, keeping
// one info line per migration.
type statementsAtDebug struct{ slog.Handler }

func (h statementsAtDebug) Handle(ctx context.Context, r slog.Record) error {
	if r.Message == "executing statement" {
		if !h.Handler.Enabled(ctx, slog.LevelDebug) {
			return nil
		}
		r.Level = slog.LevelDebug
	}
	return h.Handler.Handle(ctx, r)
}

func (h statementsAtDebug) WithAttrs(attrs []slog.Attr) slog.Handler {
	return statementsAtDebug{h.Handler.WithAttrs(attrs)}
}

func (h statementsAtDebug) WithGroup(name string) slog.Handler {
	return statementsAtDebug{h.Handler.WithGroup(name)}
}
