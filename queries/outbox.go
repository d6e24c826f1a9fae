package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"time"
)

// OutboxMessage is a message to deliver.
type OutboxMessage struct {
	ID             int64     `db:"id"`
	IdempotencyKey string    `db:"idempotency_key"`
	Platform       string    `db:"platform"`
	ChatID         string    `db:"chat_id"`
	Body           string    `db:"body"`
	Payload        string    `db:"payload"` // JSON: buttons, files
	Attempts       int       `db:"attempts"`
	PersonID       int64     `db:"-"`
	NotBefore      time.Time `db:"not_before"`
	// Parts are the further messages of a text too long for one (each its
	// own row and key), queued with it (RecordReminders).
	Parts []OutboxMessage `db:"-"`
}

// Enqueue adds a message to the outbox unless one with the same
// idempotency key exists; it reports whether it added one.
func (s *Store) Enqueue(ctx context.Context, m OutboxMessage, at time.Time) (bool, error) {
	notBefore := m.NotBefore
	if notBefore.IsZero() {
		notBefore = at
	}
	var id int64
	err := s.stmt(ctx, s.q.EnqueueOutbox).GetContext(ctx, &id, m.IdempotencyKey, m.Platform, m.ChatID, nullInt(m.PersonID),
		m.Body, m.Payload, ts(notBefore), ts(at))
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queries: enqueue: %w", err)
	}
	return true, nil
}

// DueOutbox lists pending messages due at now, oldest first.
func (s *Store) DueOutbox(ctx context.Context, now time.Time, limit int) ([]OutboxMessage, error) {
	var out []OutboxMessage
	if err := s.stmt(ctx, s.q.ListDueOutbox).SelectContext(ctx, &out, ts(now), ts(now), limit); err != nil {
		return nil, fmt.Errorf("queries: due outbox: %w", err)
	}
	return out, nil
}

// MarkOutboxSent records a delivery.
func (s *Store) MarkOutboxSent(ctx context.Context, id int64, now time.Time) error {
	if _, err := s.stmt(ctx, s.q.MarkOutboxSent).ExecContext(ctx, ts(now), id); err != nil {
		return fmt.Errorf("queries: mark sent: %w", err)
	}
	return nil
}

// RetryOutbox puts a message back for another attempt after a delay.
func (s *Store) RetryOutbox(ctx context.Context, id int64, next time.Time, reason string) error {
	if _, err := s.stmt(ctx, s.q.RetryOutbox).ExecContext(ctx, ts(next), reason, id); err != nil {
		return fmt.Errorf("queries: retry outbox: %w", err)
	}
	return nil
}

// DeadOutbox gives up on a message; admins see it.
func (s *Store) DeadOutbox(ctx context.Context, id int64, reason string) error {
	if _, err := s.stmt(ctx, s.q.DeadOutbox).ExecContext(ctx, reason, id); err != nil {
		return fmt.Errorf("queries: dead outbox: %w", err)
	}
	return nil
}

// ReleaseStaleOutbox returns to pending the rows a dead sender left claimed.
func (s *Store) ReleaseStaleOutbox(ctx context.Context, before time.Time) (int64, error) {
	res, err := s.stmt(ctx, s.q.ReleaseStaleOutbox).ExecContext(ctx, ts(before))
	if err != nil {
		return 0, fmt.Errorf("queries: release outbox: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// OutboxDepth counts outbox rows by status.
func (s *Store) OutboxDepth(ctx context.Context) (map[string]int, error) {
	var rows []struct {
		Status string `db:"status"`
		N      int    `db:"n"`
	}
	if err := s.stmt(ctx, s.q.CountOutbox).SelectContext(ctx, &rows); err != nil {
		return nil, fmt.Errorf("queries: outbox depth: %w", err)
	}
	out := map[string]int{}
	for _, r := range rows {
		out[r.Status] = r.N
	}
	return out, nil
}

// CommitUpdate records an incoming update as handled and queues its replies
// in one transaction. It reports false, and queues nothing, when the update
// had been committed before (a redelivery handled twice at once).
func (s *Store) CommitUpdate(ctx context.Context, platform, updateID string, replies []OutboxMessage, at time.Time) (bool, error) {
	fresh := false
	err := s.Tx(ctx, func(tx *Store) error {
		var err error
		if fresh, err = tx.MarkUpdateProcessed(ctx, platform, updateID, at); err != nil || !fresh {
			return err
		}
		for _, m := range replies {
			if _, err := tx.Enqueue(ctx, m, at); err != nil {
				return err
			}
		}
		return nil
	})
	return fresh, err
}

// ClaimDueOutbox takes up to limit due messages of a platform for sending,
// oldest first, at most perChat of one chat out at once, and none of a chat
// behind a row that waits for a retry.
func (s *Store) ClaimDueOutbox(ctx context.Context, platform string, now time.Time, perChat, limit int) ([]OutboxMessage, error) {
	var out []OutboxMessage
	if err := s.stmt(ctx, s.q.ClaimDueOutbox).SelectContext(ctx, &out, ts(now), ts(now), platform, ts(now), perChat, limit); err != nil {
		return nil, fmt.Errorf("queries: claim outbox: %w", err)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].NotBefore.Equal(out[j].NotBefore) {
			return out[i].NotBefore.Before(out[j].NotBefore)
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

// UnclaimOutbox puts a claimed row back, due at next, without counting the
// claim as an attempt.
func (s *Store) UnclaimOutbox(ctx context.Context, id int64, next time.Time) error {
	if _, err := s.stmt(ctx, s.q.UnclaimOutbox).ExecContext(ctx, ts(next), id); err != nil {
		return fmt.Errorf("queries: unclaim outbox: %w", err)
	}
	return nil
}

// ReleaseSendingOutbox returns every claimed row to pending; the new lease
// holder calls it, since only the holder claims.
func (s *Store) ReleaseSendingOutbox(ctx context.Context) (int64, error) {
	res, err := s.stmt(ctx, s.q.ReleaseSending).ExecContext(ctx)
	if err != nil {
		return 0, fmt.Errorf("queries: release claimed outbox: %w", err)
	}
	n, _ := res.RowsAffected()
	return n, nil
}

// OutboxBacklog is one platform's waiting messages.
type OutboxBacklog struct {
	Platform  string  `db:"platform"`
	Waiting   int     `db:"waiting"`
	OldestDue anyTime `db:"oldest_due"`
}

// OldestDueAge is how long the oldest due message has waited (0 if none).
func (b OutboxBacklog) OldestDueAge(now time.Time) time.Duration {
	if !b.OldestDue.Valid || now.Before(b.OldestDue.Time) {
		return 0
	}
	return now.Sub(b.OldestDue.Time)
}

// OutboxBacklog lists, per platform, the rows waiting and the oldest due.
func (s *Store) OutboxBacklog(ctx context.Context, now time.Time) ([]OutboxBacklog, error) {
	var out []OutboxBacklog
	if err := s.stmt(ctx, s.q.OutboxBacklog).SelectContext(ctx, &out, ts(now)); err != nil {
		return nil, fmt.Errorf("queries: outbox backlog: %w", err)
	}
	return out, nil
}

// MarkChatInactive records that a chat can no longer be reached (the person
// blocked the bot); reminders then avoid the account until they write again.
func (s *Store) MarkChatInactive(ctx context.Context, platform, chatID, reason string, at time.Time) error {
	if _, err := s.stmt(ctx, s.q.MarkChatInactive).ExecContext(ctx, ts(at), reason, platform, chatID); err != nil {
		return fmt.Errorf("queries: mark chat inactive: %w", err)
	}
	return nil
}

// anyTime scans an instant that SQLite may return as text (an aggregate
// such as MIN loses the column's declared type) or PostgreSQL as a time.
type anyTime struct {
	Time  time.Time
	Valid bool
}

func (t *anyTime) Scan(src any) error {
	switch v := src.(type) {
	case nil:
		*t = anyTime{}
		return nil
	case time.Time:
		*t = anyTime{Time: v, Valid: true}
		return nil
	case []byte:
		return t.parse(string(v))
	case string:
		return t.parse(v)
	}
	return fmt.Errorf("queries: cannot read %T as a time", src)
}

func (t *anyTime) parse(s string) error {
	for _, layout := range []string{"2006-01-02 15:04:05.999999999-07:00", "2006-01-02 15:04:05-07:00", time.RFC3339Nano, "2006-01-02 15:04:05"} {
		if v, err := time.Parse(layout, s); err == nil {
			*t = anyTime{Time: v, Valid: true}
			return nil
		}
	}
	return fmt.Errorf("queries: cannot read %q as a time", s)
}
