package ask

import (
	"context"
	"sync"

	"github.com/hatinh-stttt/chatbot/queries"
)

// figureCache keeps what answers read of the figures for as long as no
// figure is recorded, submitted or corrected: each question asks the
// database one thing first, the newest value's id, and reads again only
// what changed since. Entries are read-only once stored.
type figureCache struct {
	mu        sync.Mutex
	version   int64
	units     map[int64][]queries.Value
	indUnits  map[int64][]int64
	submitted map[[3]string][]queries.SubmittedValue
	periods   map[string][]queries.SubmittedPeriod
}

// at empties the cache when the data has moved on to version v.
func (c *figureCache) at(v int64) {
	if c.units != nil && c.version == v {
		return
	}
	c.version = v
	c.units = map[int64][]queries.Value{}
	c.indUnits = map[int64][]int64{}
	c.submitted = map[[3]string][]queries.SubmittedValue{}
	c.periods = map[string][]queries.SubmittedPeriod{}
}

// cachedRead returns the entry of a map under the cache's lock, or loads it.
func cachedRead[K comparable, V any](ctx context.Context, r *reader, m func(*figureCache) map[K]V, key K, load func() (V, error)) (V, error) {
	c := r.cache
	if err := r.version(ctx); err != nil {
		var zero V
		return zero, err
	}
	c.mu.Lock()
	c.at(r.seen)
	v, ok := m(c)[key]
	c.mu.Unlock()
	if ok {
		return v, nil
	}
	v, err := load()
	if err != nil {
		return v, err
	}
	c.mu.Lock()
	if c.version == r.seen {
		m(c)[key] = v
	}
	c.mu.Unlock()
	return v, nil
}

// version reads the data's version once per question.
func (r *reader) version(ctx context.Context) error {
	if r.seen >= 0 {
		return nil
	}
	v, err := r.data.ValuesVersion(ctx)
	if err != nil {
		return err
	}
	r.seen = v
	return nil
}

func (r *reader) allValues(ctx context.Context, unitID int64) ([]queries.Value, error) {
	return cachedRead(ctx, r, func(c *figureCache) map[int64][]queries.Value { return c.units }, unitID,
		func() ([]queries.Value, error) { return r.data.UnitAllValues(ctx, unitID) })
}

func (r *reader) indicatorUnits(ctx context.Context, indicatorID int64) ([]int64, error) {
	return cachedRead(ctx, r, func(c *figureCache) map[int64][]int64 { return c.indUnits }, indicatorID,
		func() ([]int64, error) { return r.data.IndicatorUnits(ctx, indicatorID) })
}

func (r *reader) submittedValues(ctx context.Context, start, end, level string) ([]queries.SubmittedValue, error) {
	return cachedRead(ctx, r, func(c *figureCache) map[[3]string][]queries.SubmittedValue { return c.submitted }, [3]string{start, end, level},
		func() ([]queries.SubmittedValue, error) { return r.data.SubmittedValues(ctx, start, end, level) })
}

func (r *reader) submittedPeriods(ctx context.Context, code string) ([]queries.SubmittedPeriod, error) {
	return cachedRead(ctx, r, func(c *figureCache) map[string][]queries.SubmittedPeriod { return c.periods }, code,
		func() ([]queries.SubmittedPeriod, error) { return r.data.SubmittedPeriods(ctx, code) })
}
