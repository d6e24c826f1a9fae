package handlers

import (
	"bytes"
	"context"
	"io"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Datasets is the dataset package over a store, as the administration
// uses it for files sent by chat (admin.Datasets).
type Datasets struct{ s *queries.Store }

// NewDatasets makes the imports and templates over a store.
func NewDatasets(s *queries.Store) Datasets { return Datasets{s: s} }

// Import is dataset.Import.
func (d Datasets) Import(ctx context.Context, wb *dataset.Workbook, opt dataset.Options) (dataset.Report, error) {
	return dataset.Import(ctx, d.s, wb, opt)
}

// ImportUpload imports a kept upload inside the transaction that marks it
// confirmed: a file with wrong rows (the data changed since its dry run)
// confirms nothing, and two presses import once.
func (d Datasets) ImportUpload(ctx context.Context, id int64, opt dataset.Options) (dataset.Report, error) {
	var rep dataset.Report
	err := d.s.ConfirmUpload(ctx, id, opt.Now, func(tx *queries.Store, name string, data []byte) error {
		wb, err := dataset.ReadFile(name, bytes.NewReader(data), dataset.ReadOptions{MaxRows: MaxUploadRows})
		if err != nil {
			return err
		}
		rep, err = dataset.Import(ctx, tx, wb, opt)
		return err
	})
	return rep, err
}

// Template is dataset.Template.
func (d Datasets) Template(ctx context.Context, w io.Writer, today string) error {
	return dataset.Template(ctx, d.s, w, today)
}
