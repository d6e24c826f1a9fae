package queries

import (
	"context"
	"database/sql"
	"fmt"
)

// Project is a funded project with its funding summed by source (in đồng).
type Project struct {
	ID             int64           `db:"id"`
	Seq            int             `db:"seq"`
	Name           string          `db:"name"`
	ShortName      string          `db:"short_name"`
	LeadAgency     string          `db:"lead_agency"`
	Status         string          `db:"status"`
	StatusGroup    string          `db:"status_group"`
	PeriodText     string          `db:"period_text"`
	StartYear      int             `db:"start_year"`
	EndYear        int             `db:"end_year"`
	Proposed       sql.NullFloat64 `db:"proposed_amount"`
	NQ22Amount     float64         `db:"nq22_amount"`
	OtherAmount    float64         `db:"other_amount"`
	SourceCode     string          `db:"source_code"`
	SourceIssuedOn string          `db:"source_issued_on"`
}

// ProjectLead links a project to a lead unit or to a whole level.
type ProjectLead struct {
	ProjectID int64  `db:"project_id"`
	UnitID    int64  `db:"unit_id"`
	UnitCode  string `db:"unit_code"`
	Level     string `db:"level_code"`
}

// FundingLine is an amount given to a project from one source in one year.
type FundingLine struct {
	ProjectID int64         `db:"project_id"`
	Source    string        `db:"source_kind"` // nq22, other
	Year      sql.NullInt64 `db:"year"`
	Amount    float64       `db:"amount"`
	Recipient string        `db:"recipient"`
}

// NewProject is a project to record with its leads and funding.
type NewProject struct {
	SourceID    int64
	Project     Project
	LeadUnitIDs []int64
	LeadLevels  []string
	Funding     []FundingLine
	Aliases     [][2]string // display form and folded form
}

// SaveProject creates or replaces a project (by source and sequence number)
// with its leads and funding lines. Call it inside Tx.
func (s *Store) SaveProject(ctx context.Context, np NewProject) (int64, error) {
	p := np.Project
	var id int64
	err := s.stmt(ctx, s.q.UpsertProject).GetContext(ctx, &id, np.SourceID, p.Seq, p.Name, p.ShortName, p.LeadAgency,
		p.Status, p.StatusGroup, p.PeriodText, p.StartYear, p.EndYear, p.Proposed)
	if err != nil {
		return 0, fmt.Errorf("queries: upsert project %d: %w", p.Seq, err)
	}
	for _, st := range []*sqlStmt{{s.q.DeleteProjectFunding, "funding"}, {s.q.DeleteProjectLeads, "leads"}, {s.q.DeleteProjectAliases, "aliases"}} {
		if _, err := s.stmt(ctx, st.stmt).ExecContext(ctx, id); err != nil {
			return 0, fmt.Errorf("queries: clear project %d %s: %w", p.Seq, st.what, err)
		}
	}
	for _, u := range np.LeadUnitIDs {
		if _, err := s.stmt(ctx, s.q.InsertProjectLead).ExecContext(ctx, id, u, nil); err != nil {
			return 0, fmt.Errorf("queries: project %d lead: %w", p.Seq, err)
		}
	}
	for _, l := range np.LeadLevels {
		if _, err := s.stmt(ctx, s.q.InsertProjectLead).ExecContext(ctx, id, nil, l); err != nil {
			return 0, fmt.Errorf("queries: project %d lead level: %w", p.Seq, err)
		}
	}
	for _, a := range np.Aliases {
		if _, err := s.stmt(ctx, s.q.InsertProjectAlias).ExecContext(ctx, id, a[0], a[1]); err != nil {
			return 0, fmt.Errorf("queries: project %d alias: %w", p.Seq, err)
		}
	}
	for _, f := range np.Funding {
		if _, err := s.stmt(ctx, s.q.InsertFundingLine).ExecContext(ctx, id, f.Source, f.Year, f.Amount, f.Recipient); err != nil {
			return 0, fmt.Errorf("queries: project %d funding: %w", p.Seq, err)
		}
	}
	return id, nil
}

// Projects lists every project with its funding sums.
func (s *Store) Projects(ctx context.Context) ([]Project, error) {
	var out []Project
	if err := s.stmt(ctx, s.q.ListProjects).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list projects: %w", err)
	}
	return out, nil
}

// ProjectLeads lists the lead units and levels of every project.
func (s *Store) ProjectLeads(ctx context.Context) ([]ProjectLead, error) {
	var out []ProjectLead
	if err := s.stmt(ctx, s.q.ListProjectLeads).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list project leads: %w", err)
	}
	return out, nil
}

// FundingLines lists every funding line.
func (s *Store) FundingLines(ctx context.Context) ([]FundingLine, error) {
	var out []FundingLine
	if err := s.stmt(ctx, s.q.ListFundingLines).SelectContext(ctx, &out); err != nil {
		return nil, fmt.Errorf("queries: list funding lines: %w", err)
	}
	return out, nil
}

// ProjectAliases lists the ways people name each project.
func (s *Store) ProjectAliases(ctx context.Context) ([]Alias, error) {
	return s.aliases(ctx, s.q.ListProjectAliases)
}
