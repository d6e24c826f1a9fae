package ask

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
	"github.com/hatinh-stttt/chatbot/queries/dbtest"
)

// An empty list leaves nothing to choose: a tool that needs a code from it
// is not offered, an optional slot can only be null.
func TestToolsWithEmptyCatalogLists(t *testing.T) {
	c := &catalog.Catalog{Indicators: map[string]queries.Indicator{"hstt": {Code: "hstt", Name: "số hồ sơ nộp trực tuyến"}},
		Projects: map[string]queries.Project{}, Levels: map[string]queries.Level{}}
	ts := newToolSet(c, nlu.Intents)
	if _, ok := ts.params[nlu.IntentProject]; ok {
		t.Error("project_funding offered without projects")
	}
	if _, ok := ts.params[nlu.IntentFunding]; !ok {
		t.Error("funding_total not offered: its indicators are optional")
	} else if got := ts.params[nlu.IntentFunding].Properties["indicators"].Type; len(got) != 1 || got[0] != "null" {
		t.Errorf("funding_total.indicators typed %v with none of its codes in the catalog", got)
	}
	value := ts.params[nlu.IntentValue]
	if got := value.Properties["level"].Type; len(got) != 1 || got[0] != "null" {
		t.Errorf("level typed %v without levels", got)
	}
	if _, err := decodeArgs(value, `{"indicators":["hstt"],"units":null,"level":"district","periods":null}`); err == nil {
		t.Error("a level accepted although none is offered")
	}
	if _, err := decodeArgs(value, `{"indicators":["hstt"],"units":null,"level":null,"periods":null}`); err != nil {
		t.Error(err)
	}
}

func demoCatalog(b *testing.B) *catalog.Catalog {
	s := dbtest.Open(b, queries.SQLite)
	ref := time.Date(2019, 7, 20, 10, 0, 0, 0, time.UTC)
	ctx := context.Background()
	if _, err := migrations.SeedDemo(ctx, s, func(s string) string { return nlu.Normalize(s).Folded }, ref); err != nil {
		b.Fatal(err)
	}
	c, err := catalog.Load(ctx, s, ref.Format("2006-01-02"))
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkToolSet is the cost of building the tools for a catalog (once
// per reload) and the size of what every request carries.
func BenchmarkToolSet(b *testing.B) {
	c := demoCatalog(b)
	body, err := json.Marshal(newToolSet(c, nlu.Intents).tools)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		newToolSet(c, nlu.Intents)
	}
	b.ReportMetric(float64(len(body)), "tool-bytes")
}

// BenchmarkToolsFor is what a question pays for its tools once they are
// built: a pointer comparison.
func BenchmarkToolsFor(b *testing.B) {
	c := demoCatalog(b)
	f := NewFallback(LLMConfig{APIKey: "bench"})
	f.toolsFor(c)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f.toolsFor(c)
	}
}

// BenchmarkToolsEncode is the JSON encoding of the tools that go-openai
// does for every request, cached or not.
func BenchmarkToolsEncode(b *testing.B) {
	tools := newToolSet(demoCatalog(b), nlu.Intents).tools
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := json.Marshal(tools); err != nil {
			b.Fatal(err)
		}
	}
}
