package queries

import (
	"bufio"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"reflect"
	"sort"
	"strings"

	"github.com/jmoiron/sqlx"
)

//go:embed sql/*.sql sql/postgres/*.sql sql/sqlite/*.sql
var sqlFiles embed.FS

// Queries holds every statement, prepared. Each field names its query in
// sql/*.sql; a missing or broken query fails Prepare, so the program stops
// at boot rather than at the first question that needs it.
type Queries struct {
	// units.sql
	UpsertUnit           *sqlx.Stmt `query:"upsert-unit"`
	InsertUnit           *sqlx.Stmt `query:"insert-unit"`
	UpdateUnit           *sqlx.Stmt `query:"update-unit"`
	InsertUnitAlias      *sqlx.Stmt `query:"insert-unit-alias"`
	ListUnitsByCode      *sqlx.Stmt `query:"list-units-by-code"`
	GetUnitByCodeOn      *sqlx.Stmt `query:"get-unit-by-code-on"`
	ListUnits            *sqlx.Stmt `query:"list-units"`
	ListAllUnits         *sqlx.Stmt `query:"list-all-units"`
	ListUnitAliases      *sqlx.Stmt `query:"list-unit-aliases"`
	ListAllUnitAliases   *sqlx.Stmt `query:"list-all-unit-aliases"`
	DeleteUnitSuccessors *sqlx.Stmt `query:"delete-unit-successors"`
	InsertUnitSuccessor  *sqlx.Stmt `query:"insert-unit-successor"`
	ListUnitSuccessors   *sqlx.Stmt `query:"list-unit-successors"`
	ListLevels           *sqlx.Stmt `query:"list-levels"`
	ListLevelAliases     *sqlx.Stmt `query:"list-level-aliases"`

	// indicators.sql
	UpsertIndicator      *sqlx.Stmt `query:"upsert-indicator"`
	InsertIndicatorAlias *sqlx.Stmt `query:"insert-indicator-alias"`
	ListIndicators       *sqlx.Stmt `query:"list-indicators"`
	ListIndicatorAliases *sqlx.Stmt `query:"list-indicator-aliases"`
	UpsertSource         *sqlx.Stmt `query:"upsert-source"`
	ListSources          *sqlx.Stmt `query:"list-sources"`

	// passages.sql
	DeleteSourcePassages *sqlx.Stmt `query:"delete-source-passages"`
	InsertSourcePassage  *sqlx.Stmt `query:"insert-source-passage"`
	ListSourcePassages   *sqlx.Stmt `query:"list-source-passages"`

	// values.sql
	GetCurrentValue      *sqlx.Stmt `query:"get-current-value"`
	MarkValueSuperseded  *sqlx.Stmt `query:"mark-value-superseded"`
	LinkValueSuccessor   *sqlx.Stmt `query:"link-value-successor"`
	InsertValue          *sqlx.Stmt `query:"insert-value"`
	ListUnitAllValues    *sqlx.Stmt `query:"list-unit-all-values"`
	ListValueHistory     *sqlx.Stmt `query:"list-value-history"`
	ListSubmittedValues  *sqlx.Stmt `query:"list-submitted-values"`
	ListSubmittedPeriods *sqlx.Stmt `query:"list-submitted-periods"`
	ListIndicatorUnits   *sqlx.Stmt `query:"list-indicator-units"`
	ListCurrentValues    *sqlx.Stmt `query:"list-current-values"`
	GetValuesVersion     *sqlx.Stmt `query:"get-values-version"`

	// sqlite/values.sql, postgres/values.sql: an import's values in bulk
	SupersedeValuesBulk      *sqlx.Stmt `query:"supersede-values-bulk"`
	InsertValuesBulk         *sqlx.Stmt `query:"insert-values-bulk"`
	LinkSupersededValuesBulk *sqlx.Stmt `query:"link-superseded-values-bulk"`

	// targets.sql
	InsertTarget      *sqlx.Stmt `query:"insert-target"`
	UpdateTarget      *sqlx.Stmt `query:"update-target"`
	ListTargets       *sqlx.Stmt `query:"list-targets"`
	ListAllTargets    *sqlx.Stmt `query:"list-all-targets"`
	ListStoredTargets *sqlx.Stmt `query:"list-stored-targets"`

	// projects.sql
	UpsertProject        *sqlx.Stmt `query:"upsert-project"`
	DeleteProjectFunding *sqlx.Stmt `query:"delete-project-funding"`
	DeleteProjectLeads   *sqlx.Stmt `query:"delete-project-leads"`
	InsertProjectLead    *sqlx.Stmt `query:"insert-project-lead"`
	InsertFundingLine    *sqlx.Stmt `query:"insert-funding-line"`
	ListProjects         *sqlx.Stmt `query:"list-projects"`
	ListProjectLeads     *sqlx.Stmt `query:"list-project-leads"`
	ListFundingLines     *sqlx.Stmt `query:"list-funding-lines"`
	DeleteProjectAliases *sqlx.Stmt `query:"delete-project-aliases"`
	InsertProjectAlias   *sqlx.Stmt `query:"insert-project-alias"`
	ListProjectAliases   *sqlx.Stmt `query:"list-project-aliases"`

	// forms.sql
	GetForm                  *sqlx.Stmt `query:"get-form"`
	GetFormByID              *sqlx.Stmt `query:"get-form-by-id"`
	ListForms                *sqlx.Stmt `query:"list-forms"`
	UpsertForm               *sqlx.Stmt `query:"upsert-form"`
	ListFormFields           *sqlx.Stmt `query:"list-form-fields"`
	ListAllFormFields        *sqlx.Stmt `query:"list-all-form-fields"`
	UpsertFormField          *sqlx.Stmt `query:"upsert-form-field"`
	InsertFormUnit           *sqlx.Stmt `query:"insert-form-unit"`
	ListAllFormUnits         *sqlx.Stmt `query:"list-all-form-units"`
	ListFormStatus           *sqlx.Stmt `query:"list-form-status"`
	ListPeriodStatus         *sqlx.Stmt `query:"list-period-status"`
	GetCurrentSubmission     *sqlx.Stmt `query:"get-current-submission"`
	MarkSubmissionSuperseded *sqlx.Stmt `query:"mark-submission-superseded"`
	InsertSubmission         *sqlx.Stmt `query:"insert-submission"`
	InsertAudit              *sqlx.Stmt `query:"insert-audit"`

	// accounts.sql
	GetAccount          *sqlx.Stmt `query:"get-account"`
	ClaimInvite         *sqlx.Stmt `query:"claim-invite"`
	LinkInviteAccount   *sqlx.Stmt `query:"link-invite-account"`
	InsertAccount       *sqlx.Stmt `query:"insert-account"`
	TouchAccount        *sqlx.Stmt `query:"touch-account"`
	MarkUpdateProcessed *sqlx.Stmt `query:"mark-update-processed"`
	IsUpdateProcessed   *sqlx.Stmt `query:"is-update-processed"`
	GetPlatformTokens   *sqlx.Stmt `query:"get-platform-tokens"`
	SavePlatformTokens  *sqlx.Stmt `query:"save-platform-tokens"`
	DeleteChatChoices   *sqlx.Stmt `query:"delete-chat-choices"`
	InsertChatChoice    *sqlx.Stmt `query:"insert-chat-choice"`
	GetChatChoice       *sqlx.Stmt `query:"get-chat-choice"`

	// conversations.sql
	GetConversation    *sqlx.Stmt `query:"get-conversation"`
	SaveConversation   *sqlx.Stmt `query:"save-conversation"`
	DeleteConversation *sqlx.Stmt `query:"delete-conversation"`

	// search.sql (rebuild-search-index and search-docs-* per dialect)
	SearchFingerprint    *sqlx.Stmt `query:"search-fingerprint"`
	GetSearchFingerprint *sqlx.Stmt `query:"get-search-fingerprint"`
	SetSearchFingerprint *sqlx.Stmt `query:"set-search-fingerprint"`
	ListStatedValues     *sqlx.Stmt `query:"list-stated-values"`
	ListStatedQuotes     *sqlx.Stmt `query:"list-stated-quotes"`
	DeleteSearchDocs     *sqlx.Stmt `query:"delete-search-docs"`
	InsertSearchDoc      *sqlx.Stmt `query:"insert-search-doc"`
	RebuildSearchIndex   *sqlx.Stmt `query:"rebuild-search-index"`
	SearchDocsAll        *sqlx.Stmt `query:"search-docs-all"`
	SearchDocsAny        *sqlx.Stmt `query:"search-docs-any"`
	ListSearchTexts      *sqlx.Stmt `query:"list-search-texts"`

	// outbox.sql
	ClaimDueOutbox     *sqlx.Stmt `query:"claim-due-outbox"`
	EnqueueOutbox      *sqlx.Stmt `query:"enqueue-outbox"`
	ListDueOutbox      *sqlx.Stmt `query:"list-due-outbox"`
	MarkOutboxSent     *sqlx.Stmt `query:"mark-outbox-sent"`
	RetryOutbox        *sqlx.Stmt `query:"retry-outbox"`
	DeadOutbox         *sqlx.Stmt `query:"dead-outbox"`
	ReleaseStaleOutbox *sqlx.Stmt `query:"release-stale-outbox"`
	CountOutbox        *sqlx.Stmt `query:"count-outbox"`
	UnclaimOutbox      *sqlx.Stmt `query:"unclaim-outbox"`
	ReleaseSending     *sqlx.Stmt `query:"release-sending-outbox"`
	OutboxBacklog      *sqlx.Stmt `query:"outbox-backlog"`
	MarkChatInactive   *sqlx.Stmt `query:"mark-chat-inactive"`

	// leases.sql
	AcquireLease *sqlx.Stmt `query:"acquire-lease"`
	ReleaseLease *sqlx.Stmt `query:"release-lease"`

	// submissions.sql
	InsertPending         *sqlx.Stmt `query:"insert-pending"`
	CancelOpenPending     *sqlx.Stmt `query:"cancel-open-pending"`
	GetOpenPending        *sqlx.Stmt `query:"get-open-pending"`
	GetPending            *sqlx.Stmt `query:"get-pending"`
	UpdatePendingValues   *sqlx.Stmt `query:"update-pending-values"`
	ConfirmPending        *sqlx.Stmt `query:"confirm-pending"`
	LinkPendingSubmission *sqlx.Stmt `query:"link-pending-submission"`
	CancelPending         *sqlx.Stmt `query:"cancel-pending"`

	// reminders.sql
	ListReminderStages   *sqlx.Stmt `query:"list-reminder-stages"`
	ListReminderSettings *sqlx.Stmt `query:"list-reminder-settings"`
	ListHolidays         *sqlx.Stmt `query:"list-holidays"`
	ListLateRecipients   *sqlx.Stmt `query:"list-late-recipients"`
	ListDigestRecipients *sqlx.Stmt `query:"list-digest-recipients"`
	InsertReminderLogs   *sqlx.Stmt `query:"insert-reminder-logs"` // per dialect
	EnqueueOutboxBulk    *sqlx.Stmt `query:"enqueue-outbox-bulk"`  // per dialect
	UpsertReminderStage  *sqlx.Stmt `query:"upsert-reminder-stage"`

	// people.sql
	InsertPerson *sqlx.Stmt `query:"insert-person"`
	FindPerson   *sqlx.Stmt `query:"find-person"`
	GetOperator  *sqlx.Stmt `query:"get-operator"`
	GetTopUnit   *sqlx.Stmt `query:"get-top-unit"`
	InsertInvite *sqlx.Stmt `query:"insert-invite"`
	SetPhone     *sqlx.Stmt `query:"set-person-phone"`
	ListPeople   *sqlx.Stmt `query:"list-people"`
	ListAccounts *sqlx.Stmt `query:"list-people-accounts"`
	Deactivate   *sqlx.Stmt `query:"deactivate-person"`

	// uploads.sql
	InsertUpload      *sqlx.Stmt `query:"insert-upload"`
	PurgeUploads      *sqlx.Stmt `query:"purge-uploads"`
	GetUpload         *sqlx.Stmt `query:"get-upload"`
	ClaimUpload       *sqlx.Stmt `query:"claim-upload"`
	ClearUploadData   *sqlx.Stmt `query:"clear-upload-data"`
	CancelUpload      *sqlx.Stmt `query:"cancel-upload"`
	CancelChatUploads *sqlx.Stmt `query:"cancel-chat-uploads"`

	// history.sql
	ListUnitSubmissions      *sqlx.Stmt `query:"list-unit-submissions"`
	ListUnitSubmissionValues *sqlx.Stmt `query:"list-unit-submission-values"`
	ListUnitRecordedValues   *sqlx.Stmt `query:"list-unit-recorded-values"`
}

// Load reads the named statements of sql/*.sql and of the dialect's own
// directory (sql/postgres, sql/sqlite: the few statements that differ,
// under the same names in both), rebound for the dialect.
func Load(d Dialect) (map[string]string, error) {
	names, err := fs.Glob(sqlFiles, "sql/*.sql")
	if err != nil {
		return nil, fmt.Errorf("queries: list files: %w", err)
	}
	own, err := fs.Glob(sqlFiles, "sql/"+string(d)+"/*.sql")
	if err != nil {
		return nil, fmt.Errorf("queries: list files: %w", err)
	}
	sort.Strings(names)
	sort.Strings(own)
	names = append(names, own...)
	out := map[string]string{}
	for _, file := range names {
		body, err := sqlFiles.ReadFile(file)
		if err != nil {
			return nil, fmt.Errorf("queries: read %s: %w", file, err)
		}
		if err := parseFile(file, string(body), out); err != nil {
			return nil, err
		}
	}
	if d == Postgres {
		for k, q := range out {
			out[k] = sqlx.Rebind(sqlx.DOLLAR, q)
		}
	}
	return out, nil
}

// parseFile splits a file into statements headed "-- name: x".
func parseFile(file, body string, out map[string]string) error {
	var name string
	var b strings.Builder
	flush := func() error {
		if name == "" {
			return nil
		}
		q := strings.TrimSpace(b.String())
		q = strings.TrimSuffix(q, ";")
		if q == "" {
			return fmt.Errorf("queries: %s: query %q is empty", file, name)
		}
		if _, dup := out[name]; dup {
			return fmt.Errorf("queries: %s: query %q defined twice", file, name)
		}
		out[name] = q
		b.Reset()
		return nil
	}
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if n, ok := strings.CutPrefix(strings.TrimSpace(line), "-- name:"); ok {
			if err := flush(); err != nil {
				return err
			}
			name = strings.TrimSpace(n)
			continue
		}
		if name == "" || strings.HasPrefix(strings.TrimSpace(line), "--") {
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return flush()
}

// Prepare prepares every query named by the fields of Queries and fails on
// the first missing, unused or broken one.
func Prepare(ctx context.Context, db *sqlx.DB, d Dialect) (*Queries, error) {
	src, err := Load(d)
	if err != nil {
		return nil, err
	}
	q := &Queries{}
	v := reflect.ValueOf(q).Elem()
	t := v.Type()
	used := map[string]bool{}
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Tag.Get("query")
		text, ok := src[name]
		if !ok {
			return nil, fmt.Errorf("queries: query %q (field %s) not found in sql/*.sql", name, t.Field(i).Name)
		}
		stmt, err := db.PreparexContext(ctx, text)
		if err != nil {
			return nil, fmt.Errorf("queries: prepare %q: %w", name, err)
		}
		v.Field(i).Set(reflect.ValueOf(stmt))
		used[name] = true
	}
	for name := range src {
		if !used[name] {
			return nil, fmt.Errorf("queries: query %q in sql/*.sql has no field in Queries", name)
		}
	}
	return q, nil
}

// Close releases every prepared statement.
func (q *Queries) Close() {
	v := reflect.ValueOf(q).Elem()
	for i := 0; i < v.NumField(); i++ {
		if s, ok := v.Field(i).Interface().(*sqlx.Stmt); ok && s != nil {
			s.Close()
		}
	}
}
