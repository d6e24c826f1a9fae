package admin

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/hatinh-stttt/chatbot/bot"
	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
)

// uploadTTL is how long a file waits for «Xác nhận».
const uploadTTL = 24 * time.Hour

// summaryLines is how many additions and changes per sheet a chat reply
// lists (the counts always come in full).
const summaryLines = 8

// Button data of the confirmation buttons ("nap:ok:17").
const (
	confirmPrefix = "nap:ok:"
	cancelPrefix  = "nap:huy:"
)

// Upload answers a workbook an admin sent: its dry run (what it would
// add, change and leave as it is, sheet by sheet) with «Xác nhận» and
// «Huỷ»; the file is kept in the database until then. A file with wrong
// rows gets them, named in Vietnamese, and is not kept: nothing is written.
func (d *Desk) Upload(ctx context.Context, m bot.Message, who queries.Account, wb *dataset.Workbook) ([]bot.Reply, error) {
	if who.Role != "admin" {
		return reply(msgAdminOnly), nil
	}
	if d.datasets == nil {
		return reply(msgUploadUnavailable), nil
	}
	name := m.Document.Name
	rep, err := d.datasets.Import(ctx, wb, dataset.Options{DryRun: true, Now: d.cfg.Now(), ActorID: who.PersonID, Label: name})
	var probs dataset.Problems
	if errors.As(err, &probs) {
		return reply(probs.Error()), nil
	}
	if err != nil {
		return nil, fmt.Errorf("admin: dry run of %s: %w", name, err)
	}
	if !rep.HasChanges() {
		return reply(rep.Summary(0)), nil
	}
	id, err := d.data.SaveUpload(ctx, queries.Upload{Platform: m.Platform, ChatID: m.ChatID, PersonID: who.PersonID, FileName: name},
		m.Document.Data, d.cfg.Now(), uploadTTL)
	if err != nil {
		return nil, fmt.Errorf("admin: keep upload: %w", err)
	}
	key := strconv.FormatInt(id, 10)
	return []bot.Reply{{Text: fmt.Sprintf(msgUploadPreview, name, rep.Summary(summaryLines)),
		Options: []bot.Option{{Label: msgConfirmLabel, Data: confirmPrefix + key}, {Label: msgCancelLabel, Data: cancelPrefix + key}}}}, nil
}

// Button handles the buttons of an upload's dry run; ok is false for
// other data.
func (d *Desk) Button(ctx context.Context, who queries.Account, data string) ([]bot.Reply, bool, error) {
	for prefix, act := range map[string]func(context.Context, queries.Account, int64) ([]bot.Reply, error){
		confirmPrefix: d.confirmUpload,
		cancelPrefix:  d.cancelUpload,
	} {
		if rest, found := strings.CutPrefix(data, prefix); found {
			id, err := strconv.ParseInt(rest, 10, 64)
			if err != nil {
				return reply(msgUploadGone), true, nil
			}
			out, err := act(ctx, who, id)
			return out, true, err
		}
	}
	return nil, false, nil
}

// confirmUpload imports a kept file once, then has the catalog reread, so
// a new indicator, unit or alias is understood in the next message.
func (d *Desk) confirmUpload(ctx context.Context, who queries.Account, id int64) ([]bot.Reply, error) {
	if who.Role != "admin" || d.datasets == nil {
		return reply(msgAdminOnly), nil
	}
	up, err := d.data.UploadByID(ctx, id)
	if errors.Is(err, queries.ErrNotFound) {
		return reply(msgUploadGone), nil
	}
	if err != nil {
		return nil, fmt.Errorf("admin: upload %d: %w", id, err)
	}
	if up.PersonID != who.PersonID {
		return reply(msgUploadNotYours), nil
	}
	rep, err := d.datasets.ImportUpload(ctx, id, dataset.Options{Now: d.cfg.Now(), ActorID: who.PersonID, Label: up.FileName})
	var probs dataset.Problems
	switch {
	case errors.Is(err, queries.ErrUploadClosed):
		return reply(msgUploadClosed), nil
	case errors.As(err, &probs):
		// The database changed since the dry run (another import).
		return reply(probs.Error()), nil
	case err != nil:
		return nil, fmt.Errorf("admin: import %s: %w", up.FileName, err)
	}
	if err := d.cfg.Reload(ctx); err != nil {
		return nil, fmt.Errorf("admin: reload after import: %w", err)
	}
	return reply(fmt.Sprintf(msgUploadApplied, up.FileName, rep.Summary(summaryLines))), nil
}

func (d *Desk) cancelUpload(ctx context.Context, who queries.Account, id int64) ([]bot.Reply, error) {
	up, err := d.data.UploadByID(ctx, id)
	if errors.Is(err, queries.ErrNotFound) || (err == nil && up.PersonID != who.PersonID) {
		return reply(msgUploadGone), nil
	}
	if err != nil {
		return nil, fmt.Errorf("admin: upload %d: %w", id, err)
	}
	ok, err := d.data.CancelUpload(ctx, id, d.cfg.Now())
	if err != nil {
		return nil, fmt.Errorf("admin: cancel upload: %w", err)
	}
	if !ok {
		return reply(msgUploadClosed), nil
	}
	return reply(msgUploadCancelled), nil
}

// CancelChat drops the files a chat sent that wait for «Xác nhận» (/huy):
// a file the sender walked away from is not imported by a later press.
func (d *Desk) CancelChat(ctx context.Context, platform, chatID string) error {
	if _, err := d.data.CancelChatUploads(ctx, platform, chatID, d.cfg.Now()); err != nil {
		return fmt.Errorf("admin: cancel uploads of chat: %w", err)
	}
	return nil
}

// Template answers /mau with the workbook to fill: the catalog as stored,
// drop-down lists of today's codes, and how to fill it in.
func (d *Desk) Template(ctx context.Context, who queries.Account) ([]bot.Reply, error) {
	if d.datasets == nil {
		return reply(msgUploadUnavailable), nil
	}
	var buf bytes.Buffer
	if err := d.datasets.Template(ctx, &buf, d.today()); err != nil {
		return nil, fmt.Errorf("admin: template: %w", err)
	}
	text := msgTemplateAdmin
	if who.Role == "clerk" {
		text = fmt.Sprintf(msgTemplateClerk, who.UnitCode)
	}
	return []bot.Reply{{Text: text, Document: &bot.File{Name: templateName, Data: buf.Bytes()}}}, nil
}

// templateName is the file name /mau sends.
const templateName = "mau-nap-so-lieu.xlsx"

func reply(text string) []bot.Reply { return []bot.Reply{{Text: text}} }
