package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// Conversation reads what a chat last understood (an opaque state written
// by the question answering); ok is false when there is none or it expired.
func (s *Store) Conversation(ctx context.Context, platform, chatID string, now time.Time) (state string, ok bool, err error) {
	err = s.stmt(ctx, s.q.GetConversation).GetContext(ctx, &state, platform, chatID, ts(now))
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("queries: conversation: %w", err)
	}
	return state, true, nil
}

// SaveConversation replaces a chat's state, to be read until expires.
func (s *Store) SaveConversation(ctx context.Context, platform, chatID, state string, now, expires time.Time) error {
	if _, err := s.stmt(ctx, s.q.SaveConversation).ExecContext(ctx, platform, chatID, state, ts(now), ts(expires)); err != nil {
		return fmt.Errorf("queries: save conversation: %w", err)
	}
	return nil
}

// ForgetConversation drops a chat's state (/huy).
func (s *Store) ForgetConversation(ctx context.Context, platform, chatID string) error {
	if _, err := s.stmt(ctx, s.q.DeleteConversation).ExecContext(ctx, platform, chatID); err != nil {
		return fmt.Errorf("queries: forget conversation: %w", err)
	}
	return nil
}
