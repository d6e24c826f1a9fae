package migrations

import "context"

// Exported for the tests of package migrations_test only.
var (
	Source = source
	Names  = names
)

// UpByOne applies the next pending migration, so that tests can see the
// schema at every version.
func (m *Migrator) UpByOne(ctx context.Context) error {
	if _, err := m.current(ctx); err != nil {
		return err
	}
	_, err := m.provider.UpByOne(ctx)
	return err
}
