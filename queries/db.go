// Package queries is the whitelist: every SQL statement the program can run,
// named and grouped by domain in sql/*.sql, prepared at start-up. It is the
// only package that talks SQL (besides the migration runner).
package queries

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq"  // PostgreSQL driver
	_ "modernc.org/sqlite" // pure-Go SQLite driver
)

// Dialect names the database engine behind a Store.
type Dialect string

const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// DefaultSQLitePath is where the embedded database lives when DATABASE_URL is empty.
const DefaultSQLitePath = "chatbot.db"

// Location is a parsed DATABASE_URL.
type Location struct {
	Dialect Dialect
	DSN     string // what the driver receives
	Display string // safe to log: no password
}

// ParseURL understands postgres:// and postgresql:// URLs, sqlite:PATH,
// sqlite://PATH, file:PATH and a bare file path; empty means DefaultSQLitePath.
func ParseURL(raw string) (Location, error) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		raw = DefaultSQLitePath
	}
	lower := strings.ToLower(raw)
	switch {
	case strings.HasPrefix(lower, "postgres://"), strings.HasPrefix(lower, "postgresql://"):
		u, err := url.Parse(raw)
		if err != nil {
			return Location{}, fmt.Errorf("queries: DATABASE_URL is not a valid PostgreSQL URL: %w", errors.Unwrap(err))
		}
		if u.Host == "" {
			return Location{}, errors.New("queries: DATABASE_URL has no host (expected postgres://user@host:5432/dbname)")
		}
		return Location{Dialect: Postgres, DSN: raw, Display: u.Redacted()}, nil
	case strings.HasPrefix(lower, "sqlite://"):
		return sqliteTarget(raw[len("sqlite://"):])
	case strings.HasPrefix(lower, "sqlite:"):
		return sqliteTarget(raw[len("sqlite:"):])
	case strings.HasPrefix(lower, "file:"):
		return sqliteTarget(raw[len("file:"):])
	case strings.Contains(raw, "://"):
		scheme, _, _ := strings.Cut(raw, "://")
		return Location{}, fmt.Errorf("queries: DATABASE_URL scheme %q is not supported (use postgres://... or an SQLite file path)", scheme)
	}
	return sqliteTarget(raw)
}

func sqliteTarget(path string) (Location, error) {
	path, _, _ = strings.Cut(path, "?")
	if path == "" {
		return Location{}, errors.New("queries: DATABASE_URL names no SQLite file")
	}
	q := url.Values{}
	// Immediate transactions take the write lock at BEGIN, so two writers
	// wait for each other instead of failing to upgrade a read lock.
	q.Set("_txlock", "immediate")
	// Instants as "2006-01-02 15:04:05-07:00" (UTC, whole seconds: see ts),
	// which sorts in time order and which PostgreSQL also reads, so bulk
	// statements can carry them as text.
	q.Set("_time_format", "sqlite")
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous(NORMAL)")
	q.Add("_pragma", "cache_size(-32000)")
	return Location{Dialect: SQLite, DSN: "file:" + path + "?" + q.Encode(), Display: "sqlite:" + path}, nil
}

// Open connects and pings the database named by raw (a DATABASE_URL).
func Open(ctx context.Context, raw string) (*sqlx.DB, Dialect, error) {
	t, err := ParseURL(raw)
	if err != nil {
		return nil, "", err
	}
	driver := "postgres"
	if t.Dialect == SQLite {
		driver = "sqlite"
		if dir := filepath.Dir(strings.TrimPrefix(strings.SplitN(t.DSN, "?", 2)[0], "file:")); dir != "." {
			if _, err := os.Stat(dir); err != nil {
				return nil, "", fmt.Errorf("queries: SQLite directory %s: %w", dir, err)
			}
		}
	}
	db, err := sqlx.Open(driver, t.DSN)
	if err != nil {
		return nil, "", fmt.Errorf("queries: open %s: %w", t.Display, err)
	}
	if t.Dialect == SQLite {
		// One writer at a time is what SQLite allows; a small pool keeps
		// readers concurrent under WAL.
		db.SetMaxOpenConns(4)
	} else {
		db.SetMaxOpenConns(20)
		db.SetConnMaxIdleTime(5 * time.Minute)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, "", fmt.Errorf("queries: cannot reach database %s: %w", t.Display, err)
	}
	return db, t.Dialect, nil
}
