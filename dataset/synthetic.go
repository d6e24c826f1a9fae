package dataset

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"time"

	"github.com/hatinh-stttt/chatbot/queries"
)

// SyntheticParent is the code of the parent of the synthetic units.
const SyntheticParent = "SYN"

// SeedSynthetic creates scale-test data, separate from the demo: n
// reporting units under one parent ("SYN-00001"…), each required to send
// the quarterly form, each with one registered clerk whose Telegram chat
// id and user id are baseID+i (i = 1..n), and no submissions. It is the
// contract of `chatbot seed synthetic --units N [--telegram-base-id B]`.
//
// It writes through queries directly rather than through Import: the
// units get no aliases, so ten thousand of them do not swell the
// vocabulary questions are matched against, and people and chat
// accounts have no place in the import format.
func SeedSynthetic(ctx context.Context, s *queries.Store, n int, baseID int64, now time.Time) error {
	if n < 1 {
		return fmt.Errorf("dataset: synthetic: --units must be at least 1")
	}
	return s.Tx(ctx, func(tx *queries.Store) error {
		form, err := tx.FormByCode(ctx, QuarterlyFormCode)
		if err != nil {
			return err
		}
		parent, err := tx.UpsertUnit(ctx, queries.Unit{Code: SyntheticParent, Level: "province", Name: "Đơn vị giả lập (thử tải)",
			ShortName: "giả lập", Kind: "Giả lập"}, defaultValidFrom)
		if err != nil {
			return err
		}
		for i := 1; i <= n; i++ {
			code := fmt.Sprintf("%s-%05d", SyntheticParent, i)
			unit, err := tx.UpsertUnit(ctx, queries.Unit{Code: code, Level: "district", ParentID: sql.NullInt64{Int64: parent, Valid: true},
				Name: "Đơn vị giả lập " + strconv.Itoa(i), ShortName: code, Kind: "Giả lập"}, defaultValidFrom)
			if err != nil {
				return err
			}
			if err := tx.RequireForm(ctx, form.ID, unit); err != nil {
				return err
			}
			person, err := tx.AddPerson(ctx, "Cán bộ "+code, unit, "clerk", now)
			if err != nil {
				return err
			}
			id := strconv.FormatInt(baseID+int64(i), 10)
			if _, err := tx.AddAccount(ctx, person, "telegram", id, id, "Cán bộ "+code, now); err != nil {
				return err
			}
		}
		return nil
	})
}
