package queries

import (
	"context"
	"fmt"
)

// Passage is a piece of a source document's own text (a sentence or a
// short paragraph) with its place in the document.
type Passage struct {
	ID             int64  `db:"id"`
	SourceID       int64  `db:"source_id"`
	Seq            int    `db:"seq"`
	Text           string `db:"text"`
	SourceCode     string `db:"source_code"`
	SourceIssuedOn string `db:"source_issued_on"`
}

// ReplaceSourcePassages replaces the stored text of a source by passages
// (their Seq and Text; Seq unique, from 1), in one transaction.
func (s *Store) ReplaceSourcePassages(ctx context.Context, sourceID int64, passages []Passage) error {
	err := s.Tx(ctx, func(tx *Store) error {
		if _, err := tx.stmt(ctx, tx.q.DeleteSourcePassages).ExecContext(ctx, sourceID); err != nil {
			return err
		}
		ins := tx.stmt(ctx, tx.q.InsertSourcePassage)
		for _, p := range passages {
			if _, err := ins.ExecContext(ctx, sourceID, p.Seq, p.Text); err != nil {
				return fmt.Errorf("passage %d: %w", p.Seq, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("queries: replace passages of source %d: %w", sourceID, err)
	}
	return nil
}

// SourcePassages lists every stored passage, each source's in order.
func (s *Store) SourcePassages(ctx context.Context) ([]Passage, error) {
	var out []Passage
	if err := s.stmt(ctx, s.q.ListSourcePassages).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list passages: %w", err)
	}
	return out, nil
}
