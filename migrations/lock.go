package migrations

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"time"

	"github.com/pressly/goose/v3/lock"
)

// lockWait is how long a migrator waits for another one to finish.
const lockWait = 10 * time.Minute

// newLocker returns the session lock that serialises migrators of one
// database.
func newLocker(ctx context.Context, db *sql.DB, dialect string) (lock.SessionLocker, error) {
	if dialect == "sqlite" {
		return newSQLiteLocker()
	}
	// Advisory locks are per database, but the version table is per schema:
	// one lock id per schema keeps deployments (and tests) that share a
	// database in separate schemas from waiting for each other.
	var where string
	if err := db.QueryRowContext(ctx, `SELECT current_database() || '.' || COALESCE(current_schema(), '')`).Scan(&where); err != nil {
		return nil, fmt.Errorf("migrations: current schema: %w", err)
	}
	h := fnv.New64a()
	h.Write([]byte("chatbot migrations " + where))
	l, err := lock.NewPostgresSessionLocker(
		lock.WithLockID(int64(h.Sum64())),
		// Probe every second rather than goose's default five.
		lock.WithLockTimeout(1, uint64(lockWait/time.Second)),
	)
	if err != nil {
		return nil, fmt.Errorf("migrations: lock: %w", err)
	}
	return l, nil
}

// sqliteLocker is a lease on the single row of goose_lock. SQLite has no
// advisory lock, and a transaction held around goose's would block goose's
// own writes. A holder that died frees the row when its lease runs out.
type sqliteLocker struct {
	owner string
	lease time.Duration
	poll  time.Duration
}

func newSQLiteLocker() (*sqliteLocker, error) {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		return nil, fmt.Errorf("migrations: lock owner: %w", err)
	}
	return &sqliteLocker{owner: hex.EncodeToString(b[:]), lease: 5 * time.Minute, poll: 50 * time.Millisecond}, nil
}

// SessionLock takes the row, or waits for it up to lockWait.
func (l *sqliteLocker) SessionLock(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS goose_lock (
		id INTEGER PRIMARY KEY CHECK (id = 1), owner TEXT NOT NULL, since INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("migrations: lock table: %w", err)
	}
	deadline := time.Now().Add(lockWait)
	for {
		now := time.Now()
		res, err := conn.ExecContext(ctx, `INSERT INTO goose_lock (id, owner, since) VALUES (1, ?, ?)
			ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, since = excluded.since
			WHERE goose_lock.since < ?`, l.owner, now.Unix(), now.Add(-l.lease).Unix())
		if err != nil {
			return fmt.Errorf("migrations: lock: %w", err)
		}
		if n, _ := res.RowsAffected(); n == 1 {
			return nil
		}
		if now.After(deadline) {
			return fmt.Errorf("migrations: another process has been migrating for more than %s", lockWait)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrations: lock: %w", ctx.Err())
		case <-time.After(l.poll):
		}
	}
}

// SessionUnlock frees the row if this locker still holds it.
func (l *sqliteLocker) SessionUnlock(ctx context.Context, conn *sql.Conn) error {
	if _, err := conn.ExecContext(ctx, `DELETE FROM goose_lock WHERE id = 1 AND owner = ?`, l.owner); err != nil {
		return fmt.Errorf("migrations: unlock: %w", err)
	}
	return nil
}
