package dataset

import (
	"context"
	"fmt"
	"sort"

	"github.com/hatinh-stttt/chatbot/queries"
)

// maxPassageSeq bounds stt: a document of a hundred thousand sentences is
// a mistake, not a report.
const maxPassageSeq = 100000

type passageKey struct {
	source string
	seq    int
}

// planPassages reads van_ban: the rows of a source in the file replace the
// source's stored text, as kinh_phi's rows replace a project's funding.
// The counts are of rows: all of a source's rows are added (it had no
// text), changed (its text differs anywhere) or unchanged.
func (imp *importer) planPassages() {
	bySource := map[*source][]queries.Passage{}
	firstLine := map[*source]int{}
	lines := map[passageKey]int{}
	var order []*source
	imp.rows(sheetPassages, func(r *row) {
		src := imp.source(r, "nguon")
		seq, seqOK := r.integer("stt", 1, maxPassageSeq)
		if r.text("stt") == "" {
			r.problem("stt", msgRequired)
		}
		text := r.required("noi_dung")
		if r.bad || src == nil || !seqOK {
			return
		}
		key := passageKey{src.Code, seq}
		if first, dup := lines[key]; dup {
			r.problem("stt", msgDuplicatePassage, first)
			return
		}
		lines[key] = r.line
		if _, ok := firstLine[src]; !ok {
			firstLine[src] = r.line
			order = append(order, src)
		}
		bySource[src] = append(bySource[src], queries.Passage{Seq: seq, Text: text})
	})
	if imp.sheets[sheetPassages] == nil {
		return
	}
	rep := imp.rep.sheet(sheetPassages)
	for _, src := range order {
		now := bySource[src]
		sort.Slice(now, func(i, j int) bool { return now[i].Seq < now[j].Seq })
		added, changed, removed := passageChanges(src.passages, now)
		switch {
		case added+changed+removed == 0:
			rep.Unchanged += len(now)
			continue
		case len(src.passages) == 0:
			rep.Added += len(now) - 1
			rep.added(firstLine[src], src.Code, fmt.Sprintf(msgPassageCount, len(now)))
		default:
			rep.Changed += len(now) - 1
			rep.changed(firstLine[src], src.Code, diff{before: []string{fmt.Sprintf(msgPassageCount, len(src.passages))},
				after: []string{fmt.Sprintf(msgPassageChanges, len(now), added, changed, removed)}})
		}
		src.passages, src.passagesDirty = now, true
	}
}

// passageChanges compares a source's stored passages with the file's, by
// place (stt): places new, places whose text differs, places gone.
func passageChanges(was, now []queries.Passage) (added, changed, removed int) {
	old := make(map[int]string, len(was))
	for _, p := range was {
		old[p.Seq] = p.Text
	}
	for _, p := range now {
		text, ok := old[p.Seq]
		switch {
		case !ok:
			added++
		case text != p.Text:
			changed++
		}
		delete(old, p.Seq)
	}
	return added, changed, len(old)
}

// loadPassages reads every source's stored text (for an import with a
// van_ban sheet, and for an export).
func (st *state) loadPassages(ctx context.Context, s *queries.Store) error {
	ps, err := s.SourcePassages(ctx)
	if err != nil {
		return err
	}
	for _, p := range ps {
		if src := st.sources[p.SourceCode]; src != nil {
			src.passages = append(src.passages, p)
		}
	}
	return nil
}

func (imp *importer) applyPassages(ctx context.Context) error {
	for _, code := range sortedKeys(imp.st.sources) {
		src := imp.st.sources[code]
		if !src.passagesDirty {
			continue
		}
		if err := imp.s.ReplaceSourcePassages(ctx, src.ID, src.passages); err != nil {
			return err
		}
	}
	return nil
}

func (st *state) exportPassages(e *exportSheet) {
	for _, code := range sortedKeys(st.sources) {
		for _, p := range st.sources[code].passages {
			c := e.row()
			e.text(c, "nguon", code)
			e.number(c, "stt", float64(p.Seq))
			e.text(c, "noi_dung", p.Text)
		}
	}
}
