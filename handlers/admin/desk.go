// Package admin is the administration by chat: registration with an
// invite code (/dangky), invites (/moi), the list of people (/nguoidung),
// revoking someone (/thuhoi), a unit's history of figures (/lichsu), the
// template workbook (/mau) and files an admin sends to be imported, with
// their dry run and «Xác nhận». Every change is written to the audit log
// with who made it and when. It imports bot's neutral types, queries'
// types, nlu, vi and the dataset package's reader and report; never
// another job.
package admin

import (
	"context"
	"io"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Data is what the administration reads and writes; *queries.Store has it.
type Data interface {
	Register(ctx context.Context, r queries.Registration, at time.Time) (queries.Account, error)
	AddInvite(ctx context.Context, in queries.Invite) error
	People(ctx context.Context, unitID int64) ([]queries.Person, error)
	DeactivatePerson(ctx context.Context, id int64, e queries.AuditEntry) (bool, error)
	UnitHistory(ctx context.Context, unitID int64, start, end string) ([]queries.SubmissionRecord, []queries.RecordedValue, error)
	UnitByCodeOn(ctx context.Context, code, on string) (queries.Unit, error)
	AllUnits(ctx context.Context) ([]queries.Unit, error)
	AllUnitAliases(ctx context.Context) ([]queries.UnitAlias, error)
	SaveUpload(ctx context.Context, u queries.Upload, data []byte, at time.Time, ttl time.Duration) (int64, error)
	UploadByID(ctx context.Context, id int64) (queries.Upload, error)
	CancelUpload(ctx context.Context, id int64, at time.Time) (bool, error)
	CancelChatUploads(ctx context.Context, platform, chatID string, at time.Time) (int64, error)
}

// Datasets loads and writes workbooks in the import format (the dataset
// package over the store: the caller wires it).
type Datasets interface {
	// Import plans a workbook and writes it (not with opt.DryRun); a wrong
	// row makes it dataset.Problems and writes nothing.
	Import(ctx context.Context, wb *dataset.Workbook, opt dataset.Options) (dataset.Report, error)
	// ImportUpload imports a kept upload and marks it confirmed, both in
	// one transaction: once, whoever presses «Xác nhận» how often.
	// queries.ErrUploadClosed when it was confirmed, cancelled or expired.
	ImportUpload(ctx context.Context, id int64, opt dataset.Options) (dataset.Report, error)
	// Template writes the workbook to fill, with the units valid on today.
	Template(ctx context.Context, w io.Writer, today string) error
}

// Config is what the administration needs beyond its data.
type Config struct {
	// Owner is who runs the bot, as its messages name it
	// ("Sở Khoa học và Công nghệ Hà Tĩnh"): CHATBOT_OWNER.
	Owner string
	Now   func() time.Time
	// Reload rereads the catalog (units, indicators, aliases) after an
	// import, so the bot answers about what it added at once.
	Reload func(ctx context.Context) error
}

// Desk handles the administration commands of every channel.
type Desk struct {
	data     Data
	datasets Datasets
	cfg      Config
}

// NewDesk makes the administration; datasets may be nil (no imports by chat).
func NewDesk(data Data, datasets Datasets, cfg Config) *Desk {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Reload == nil {
		cfg.Reload = func(context.Context) error { return nil }
	}
	return &Desk{data: data, datasets: datasets, cfg: cfg}
}

func (d *Desk) today() string { return d.cfg.Now().Format("2006-01-02") }
