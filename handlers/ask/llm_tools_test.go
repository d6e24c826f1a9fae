package ask

import (
	"context"
	"encoding/json"
	"slices"
	"testing"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
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

func demoCatalog(b testing.TB) *catalog.Catalog {
	s := dbtest.Open(b, queries.SQLite)
	ref := time.Date(2019, 7, 20, 10, 0, 0, 0, time.UTC)
	ctx := context.Background()
	if _, err := dataset.SeedDemo(ctx, s, ref); err != nil {
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

// FuzzToolCall: whatever a model (or a server pretending to be one) sends
// as a call, it is refused or it names only what the catalog holds.
func FuzzToolCall(f *testing.F) {
	for _, seed := range []struct{ tool, args string }{
		{"indicator_value", `{"indicators":["hstt"],"units":null,"level":null,"periods":["năm 2018"]}`},
		{"indicator_value", `{"indicators":["hstt"],"units":["Can Lộc"],"level":"province","periods":null}`},
		{"compare_periods", `{"indicators":["pci_rank"],"units":null,"level":null,"periods":["2017","2018"]}`},
		{"unit_ranking", `{"indicators":["hstt_share"],"level":"district","periods":["quý 2/2019"],"order":"desc","top":3}`},
		{"unit_ranking", `{"indicators":["hstt_share"],"level":null,"periods":null,"order":null,"top":1e300}`},
		{"project_funding", `{"projects":["7"],"funding":"proposed"}`},
		{"project_funding", `{"projects":[7],"funding":null}`},
		{"project_list", `{"status":"done","units":null,"funding":null,"order":null,"top":null,"count":true}`},
		{"funding_total", `{"indicators":null}`},
		{"reporting_status", `{"level":"commune","periods":["quý 1/2019"],"missing":"yes"}`},
		{"indicator_value", `{"indicators":[["hstt"]],"units":{},"level":[],"periods":[null]}`},
		{"run_sql", `{"sql":"DROP TABLE units"}`},
		{"indicator_value", `null`},
	} {
		f.Add(seed.tool, seed.args)
	}
	c := demoCatalog(f)
	ts := newToolSet(c, nlu.Intents)
	ref := time.Date(2019, 7, 20, 10, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, tool, args string) {
		resp := openai.ChatCompletionResponse{Choices: []openai.ChatCompletionChoice{{Message: openai.ChatCompletionMessage{
			ToolCalls: []openai.ToolCall{{Type: openai.ToolTypeFunction, Function: openai.FunctionCall{Name: tool, Arguments: args}}}}}}}
		p, err := parseToolCall(ts, resp, ref)
		if err != nil {
			return
		}
		if p.Intent != tool {
			t.Fatalf("intent %q from tool %q", p.Intent, tool)
		}
		for _, code := range p.Indicators {
			if _, ok := c.Indicators[code]; !ok {
				t.Fatalf("indicator %q accepted", code)
			}
		}
		for _, seq := range p.Projects {
			if _, ok := c.Projects[seq]; !ok {
				t.Fatalf("project %q accepted", seq)
			}
		}
		if _, ok := c.Levels[p.Level]; p.Level != "" && (!ok || p.Level == "province") {
			t.Fatalf("level %q accepted", p.Level)
		}
		for _, codes := range p.Units {
			if len(codes) == 0 || slices.ContainsFunc(codes, func(code string) bool { _, ok := c.Units[code]; return !ok }) {
				t.Fatalf("units %v accepted", codes)
			}
		}
	})
}
