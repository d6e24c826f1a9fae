package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Upload is a file sent to the bot and kept until it is confirmed,
// cancelled or expires (its bytes are not loaded with it).
type Upload struct {
	ID          int64        `db:"id"`
	Platform    string       `db:"platform"`
	ChatID      string       `db:"chat_id"`
	PersonID    int64        `db:"person_id"`
	FileName    string       `db:"file_name"`
	CreatedAt   time.Time    `db:"created_at"`
	ExpiresAt   time.Time    `db:"expires_at"`
	ConfirmedAt sql.NullTime `db:"confirmed_at"`
	CancelledAt sql.NullTime `db:"cancelled_at"`
}

// ErrUploadClosed means an upload was already confirmed, cancelled or
// expired.
var ErrUploadClosed = errors.New("queries: upload confirmed, cancelled or expired")

// SaveUpload keeps a file for ttl and returns its id; uploads whose time
// is over are forgotten on the way.
func (s *Store) SaveUpload(ctx context.Context, u Upload, data []byte, at time.Time, ttl time.Duration) (int64, error) {
	var id int64
	err := s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.stmt(ctx, tx.q.PurgeUploads).ExecContext(ctx, ts(at)); err != nil {
			return fmt.Errorf("queries: purge uploads: %w", err)
		}
		err := tx.stmt(ctx, tx.q.InsertUpload).GetContext(ctx, &id, u.Platform, u.ChatID, u.PersonID, u.FileName, data,
			ts(at), ts(at.Add(ttl)))
		if err != nil {
			return fmt.Errorf("queries: save upload: %w", err)
		}
		return nil
	})
	return id, err
}

// UploadByID reads an upload's record; ErrNotFound when it is gone.
func (s *Store) UploadByID(ctx context.Context, id int64) (Upload, error) {
	var u Upload
	err := s.stmt(ctx, s.q.GetUpload).GetContext(ctx, &u, id)
	if errors.Is(err, sql.ErrNoRows) {
		return u, fmt.Errorf("queries: upload %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return u, fmt.Errorf("queries: upload %d: %w", id, err)
	}
	return u, nil
}

// ConfirmUpload marks an upload confirmed and hands its file to apply, in
// one transaction: when apply fails nothing is confirmed (a later press
// tries again); when it succeeds the file's bytes are dropped. A second
// confirmation, concurrent or later, gets ErrUploadClosed and applies
// nothing.
func (s *Store) ConfirmUpload(ctx context.Context, id int64, at time.Time, apply func(tx *Store, name string, data []byte) error) error {
	return s.Tx(ctx, func(tx *Store) error {
		var f struct {
			Name string `db:"file_name"`
			Data []byte `db:"data"`
		}
		err := tx.stmt(ctx, tx.q.ClaimUpload).GetContext(ctx, &f, ts(at), id, ts(at))
		if errors.Is(err, sql.ErrNoRows) {
			return ErrUploadClosed
		}
		if err != nil {
			return fmt.Errorf("queries: claim upload: %w", err)
		}
		if err := apply(tx, f.Name, f.Data); err != nil {
			return err
		}
		if _, err := tx.stmt(ctx, tx.q.ClearUploadData).ExecContext(ctx, []byte{}, id); err != nil {
			return fmt.Errorf("queries: clear upload: %w", err)
		}
		return nil
	})
}

// CancelUpload drops an open upload; false when it was not open.
func (s *Store) CancelUpload(ctx context.Context, id int64, at time.Time) (bool, error) {
	var got int64
	err := s.stmt(ctx, s.q.CancelUpload).GetContext(ctx, &got, ts(at), []byte{}, id)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queries: cancel upload: %w", err)
	}
	return true, nil
}

// CancelChatUploads drops every open upload of a chat (/huy) and says how
// many there were.
func (s *Store) CancelChatUploads(ctx context.Context, platform, chatID string, at time.Time) (int64, error) {
	res, err := s.stmt(ctx, s.q.CancelChatUploads).ExecContext(ctx, ts(at), []byte{}, platform, chatID, ts(at))
	if err != nil {
		return 0, fmt.Errorf("queries: cancel uploads of chat: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("queries: cancel uploads of chat: %w", err)
	}
	return n, nil
}
