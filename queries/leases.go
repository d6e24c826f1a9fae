package queries

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// AcquireLease takes the named lease for holder until expires, or renews
// it; it reports false while another holder's lease has not expired at now.
func (s *Store) AcquireLease(ctx context.Context, name, holder string, now, expires time.Time) (bool, error) {
	var got string
	err := s.stmt(ctx, s.q.AcquireLease).GetContext(ctx, &got, name, holder, ts(expires), ts(now))
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("queries: acquire lease %s: %w", name, err)
	}
	return got == holder, nil
}

// ReleaseLease gives the lease up, so another process takes over at once.
func (s *Store) ReleaseLease(ctx context.Context, name, holder string) error {
	if _, err := s.stmt(ctx, s.q.ReleaseLease).ExecContext(ctx, name, holder); err != nil {
		return fmt.Errorf("queries: release lease %s: %w", name, err)
	}
	return nil
}
