package zalo

import (
	"context"
	"time"
)

// Tokens is the OA credential pair. The refresh token is single-use: once
// exchanged, only the pair that came back is worth anything.
type Tokens struct {
	AccessToken  string
	RefreshToken string
	ExpiresAt    time.Time // zero: unknown, the API will tell us when it has expired
}

// expiresWithin reports whether the access token expires before now+margin.
// An unknown expiry never does: the API's -216 answer covers that case.
func (t Tokens) expiresWithin(now time.Time, margin time.Duration) bool {
	return !t.ExpiresAt.IsZero() && !now.Add(margin).Before(t.ExpiresAt)
}

// TokenStore persists tokens. SaveTokens must be atomic (one database
// transaction in production): a half-saved pair would lose the only valid
// refresh token.
//
// The client refreshes at most once at a time within one process; replicas
// sharing a store must also serialise refreshes among themselves (for
// example with a database lock held around Refresh), or two of them may
// spend the same single-use refresh token.
type TokenStore interface {
	// LoadTokens returns the saved pair; ok is false when none was saved.
	LoadTokens(ctx context.Context) (t Tokens, ok bool, err error)
	SaveTokens(ctx context.Context, t Tokens) error
}
