// Package reporting runs the reporting cycle: the quarterly form and its
// rules, submissions by chat (/nop, the guided form, confirmation and
// corrections), who has reported (/baocao), reminders with their calendar
// and the admins' preview (/nhacnho), and the workbook of a quarter
// (/xuat). It reads and writes the database only through the interfaces
// declared here and imports catalog, nlu, report, vi, bot's neutral types
// and queries' types; never another job.
package reporting

import (
	"context"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Data is what the reporting commands read and write; *queries.Store has it.
type Data interface {
	FormFields(ctx context.Context, formID int64) ([]queries.FormField, error)
	StartPending(ctx context.Context, p queries.Pending, at time.Time, ttl time.Duration) (int64, error)
	OpenPending(ctx context.Context, platform, chatID string, now time.Time) (queries.Pending, bool, error)
	PendingByID(ctx context.Context, id int64) (queries.Pending, error)
	UpdatePending(ctx context.Context, id int64, values map[string]float64, awaiting string) error
	ConfirmPending(ctx context.Context, id int64, at time.Time) (queries.Pending, queries.SubmissionOutcome, error)
	CancelPending(ctx context.Context, id int64, at time.Time) (bool, error)
	CancelOpenPending(ctx context.Context, platform, chatID string, at time.Time) error
	UnitAllValues(ctx context.Context, unitID int64) ([]queries.Value, error)
	PeriodStatus(ctx context.Context, periodType, periodStart string) ([]queries.FormStatus, error)
	SubmittedValues(ctx context.Context, start, end, level string) ([]queries.SubmittedValue, error)
	Projects(ctx context.Context) ([]queries.Project, error)
	OutboxDepth(ctx context.Context) (map[string]int, error)
}

// Desk handles the reporting commands of every channel.
type Desk struct {
	data      Data
	cat       *catalog.Live
	reminders *Reminders
	now       func() time.Time
}

// NewDesk makes the reporting commands.
func NewDesk(data Data, cat *catalog.Live, reminders *Reminders, now func() time.Time) *Desk {
	return &Desk{data: data, cat: cat, reminders: reminders, now: now}
}

// CancelFlow drops the chat's pending submission (/huy).
func (d *Desk) CancelFlow(ctx context.Context, platform, chatID string) error {
	return d.data.CancelOpenPending(ctx, platform, chatID, d.now())
}
