package ask_test

// A model held to the catalog: tools whose enums are the catalog's codes, a
// fake model that fills them the way a schema-constrained model must.

import (
	"context"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/internal/handlertest"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/queries"
)

// schemaCases are questions written from the report in words the rules do
// not know (checked), each with the figure the report gives.
var schemaCases = []schemaCase{
	{question: "bên sàn mua bán online của tỉnh có mấy gian", tool: "indicator_value", want: []string{"202 gian hàng"}},
	{question: "mấy gian trên sàn", tool: "indicator_value", want: []string{"202 gian hàng"}},
	{question: "mấy doanh nghiệp vào làm thành viên", tool: "indicator_value", want: []string{"498 doanh nghiệp"}},
	{question: "thứ hạng cạnh tranh của tỉnh năm 2018", tool: "indicator_value",
		text: map[string][]string{"periods": {"năm 2018"}}, want: []string{"hạng 23"}},
	{question: "vị trí cạnh tranh cấp tỉnh năm 2018", tool: "indicator_value",
		text: map[string][]string{"periods": {"năm 2018"}}, want: []string{"hạng 23"}},
	{question: "xếp thứ bao nhiêu về sức cạnh tranh năm 2017", tool: "indicator_value",
		text: map[string][]string{"periods": {"năm 2017"}}, want: []string{"hạng 33"}},
	{question: "năm 2017 tỉnh đứng thứ mấy về cạnh tranh", tool: "indicator_value",
		text: map[string][]string{"periods": {"năm 2017"}}, want: []string{"hạng 33"}},
	{question: "thứ bậc cạnh tranh của tỉnh ta năm 2018", tool: "indicator_value",
		text: map[string][]string{"periods": {"năm 2018"}}, want: []string{"hạng 23"}},
	{question: "tăng giảm hạng cạnh tranh giữa 2017 và 2018", tool: "compare_periods",
		text: map[string][]string{"periods": {"2017", "2018"}}, want: []string{"33", "23"}},
	{question: "người dân Can Lộc góp mặt bao nhiêu", tool: "indicator_value",
		text: map[string][]string{"units": {"Can Lộc"}}, want: []string{"2.450 người"}},
	{question: "cẩm nang điện tử chỉ cách giao dịch tốn bao nhiêu", tool: "project_funding", want: []string{"110 triệu"}},
	{question: "chuyên trách CNTT bồi dưỡng ngốn mấy đồng", tool: "project_funding", want: []string{"630 triệu"}},
	{question: "phiên bản tiếng Anh cổng tỉnh tốn kém bao nhiêu", tool: "project_funding", want: []string{"1.777 triệu"}},
	{question: "tư vấn hỗ trợ pháp lý doanh nghiệp hỏi cơ quan nhà nước trả lời ngốn mấy đồng", tool: "project_funding",
		want: []string{"Tư vấn hỗ trợ pháp lý", "300 triệu"}},
	{question: "phần mềm trích lọc xin thêm bao nhiêu cho chặng sau", tool: "project_funding", want: []string{"1.500 triệu"}},
}

func TestLLMHeldToTheCatalogAnswersWhatTheRulesMiss(t *testing.T) {
	f := newFakeOpenAI(t)
	f.script(schemaModel(t, schemaCases))
	a, _ := llmAnswerer(t, f, 5*time.Second)
	for _, sc := range schemaCases {
		t.Run(sc.question, func(t *testing.T) {
			if p := a.Understand(sc.question); p.Understood() {
				t.Fatalf("the rules understood %q (%s %v): pick another question", sc.question, p.Intent, p.Indicators)
			}
			ans, err := a.Answer(context.Background(), sc.question)
			if err != nil {
				t.Fatal(err)
			}
			if ans.Path != "llm" || ans.Parse.Intent != sc.tool {
				t.Fatalf("path %s intent %s kind %s: %s", ans.Path, ans.Parse.Intent, ans.Kind, ans.Text)
			}
			for _, w := range sc.want {
				if !strings.Contains(ans.Text, w) {
					t.Errorf("reply lacks %q: %s (slots %v)", w, ans.Text, ask.Slots(ans.Parse))
				}
			}
			t.Logf("%s -> %v: %s", sc.question, ask.Slots(ans.Parse), ans.Text)
		})
	}
}

func TestLLMToolsAreStrictAndListTheCatalog(t *testing.T) {
	f := newFakeOpenAI(t)
	f.script(schemaModel(t, schemaCases))
	a, s := llmAnswerer(t, f, 5*time.Second)
	ctx := context.Background()
	if ans, err := a.Answer(ctx, schemaCases[0].question); err != nil || ans.Path != "llm" {
		t.Fatalf("%v: %+v", err, ans)
	}
	f.mu.Lock()
	req := f.last
	f.mu.Unlock()
	if req.ParallelToolCalls != false {
		t.Errorf("parallel_tool_calls %v, want false (strict schemas hold for one call)", req.ParallelToolCalls)
	}

	// The catalog as the database holds it: code -> Vietnamese name.
	lists := map[string]map[string]string{"indicators": {}, "projects": {}, "level": {}}
	inds, err := s.Indicators(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range inds {
		lists["indicators"][in.Code] = in.Name
	}
	projects, err := s.Projects(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range projects {
		lists["projects"][strconv.Itoa(p.Seq)] = p.ShortName
	}
	levels, err := s.Levels(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range levels {
		lists["level"][l.Code] = l.Name
	}
	funding := []string{"funding_missing", "funding_nq22", "funding_other"}

	seen := map[string]int{}
	for _, tl := range req.Tools {
		fn := tl.Function
		spec, ok := nlu.IntentByName(fn.Name)
		if !ok {
			t.Fatalf("tool %s is no intent", fn.Name)
		}
		if !fn.Strict {
			t.Errorf("%s: not strict", fn.Name)
		}
		params := fn.Parameters.(map[string]any)
		if params["type"] != "object" || params["additionalProperties"] != false {
			t.Errorf("%s: type %v additionalProperties %v", fn.Name, params["type"], params["additionalProperties"])
		}
		props := params["properties"].(map[string]any)
		var required []string
		for _, r := range params["required"].([]any) {
			required = append(required, r.(string))
		}
		if !slices.Equal(slices.Sorted(maps.Keys(props)), slices.Sorted(slices.Values(required))) {
			t.Errorf("%s: required %v, properties %v", fn.Name, required, slices.Sorted(maps.Keys(props)))
		}
		for _, slot := range spec.Slots {
			prop := props[slot.Name].(map[string]any)
			types := jsonTypes(prop["type"])
			enum, _ := prop["enum"].([]any)
			if items, ok := prop["items"].(map[string]any); ok {
				if types[0] != "array" {
					t.Errorf("%s.%s: items on %v", fn.Name, slot.Name, types)
				}
				enum, _ = items["enum"].([]any)
			}
			switch {
			case slot.Required && len(types) != 1:
				t.Errorf("%s.%s: required slot typed %v", fn.Name, slot.Name, types)
			case !slot.Required && (len(types) != 2 || types[1] != "null"):
				t.Errorf("%s.%s: optional slot typed %v, want [%s null]", fn.Name, slot.Name, types, slot.Type)
			case !slot.Required && prop["enum"] != nil && !slices.Contains(enum, any(nil)):
				t.Errorf("%s.%s: optional enum %v lacks null", fn.Name, slot.Name, enum)
			}
			list, held := lists[slot.Name]
			if !held {
				continue
			}
			seen[slot.Name]++
			got := slices.Sorted(slices.Values(enumStrings(enum)))
			want := slices.Sorted(maps.Keys(list))
			if fn.Name == "funding_total" {
				want = funding
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s.%s: enum %v, want the catalog's %v", fn.Name, slot.Name, got, want)
			}
			desc := prop["description"].(string)
			for _, code := range want {
				if !strings.Contains(desc, code+" = "+list[code]) {
					t.Errorf("%s.%s: description lacks %q", fn.Name, slot.Name, code+" = "+list[code])
				}
			}
		}
	}
	if seen["indicators"] < 5 || seen["projects"] < 1 || seen["level"] < 4 {
		t.Errorf("catalog lists offered in %v tools", seen)
	}
}

func TestLLMToolsFollowTheCatalog(t *testing.T) {
	const q = "có bao nhiêu trạm wifi miễn phí"
	f := newFakeOpenAI(t)
	f.script(schemaModel(t, []schemaCase{{question: q, tool: "indicator_value"}}))
	s := demoStore(t, queries.SQLite)
	b := handlertest.Wire(t, s, corpusRef, handlers.RouterConfig{})
	a := b.Jobs.Ask
	a.SetFallback(ask.NewFallback(ask.LLMConfig{APIKey: "test-key", BaseURL: f.srv.URL + "/v1", Model: "test", Timeout: 5 * time.Second}))
	ctx := context.Background()
	offered := func() []string {
		f.mu.Lock()
		defer f.mu.Unlock()
		for _, tl := range f.last.Tools {
			if tl.Function.Name == "indicator_value" {
				items := tl.Function.Parameters.(map[string]any)["properties"].(map[string]any)["indicators"].(map[string]any)["items"]
				return enumStrings(items.(map[string]any)["enum"])
			}
		}
		return nil
	}

	// No listed indicator is about wifi: the model calls no tool.
	if a.Understand(q).Understood() {
		t.Fatalf("the rules understood %q", q)
	}
	ans, err := a.Answer(ctx, q)
	if err != nil || ans.Kind != ask.KindNotUnderstood {
		t.Fatalf("%v: %s %s", err, ans.Kind, ans.Text)
	}
	if slices.Contains(offered(), "wifi_points") {
		t.Fatal("wifi_points offered before it exists")
	}

	// An admin adds the indicator and its first figure; the catalog reloads.
	id, err := s.UpsertIndicator(ctx, queries.Indicator{Code: "wifi_points", Name: "số trạm wifi công cộng miễn phí",
		Kind: "count", UnitLabel: "trạm", Topic: "wifi", UnitAgg: "sum", PeriodAgg: "last", HigherIsBetter: true})
	if err != nil {
		t.Fatal(err)
	}
	province, err := s.UnitByCode(ctx, "42")
	if err != nil {
		t.Fatal(err)
	}
	src, err := s.UpsertSource(ctx, queries.Source{Code: "47/BC-STTTT"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.RecordValue(ctx, queries.NewValue{IndicatorID: id, UnitID: province.ID, PeriodKind: "year",
		PeriodStart: "2018-01-01", PeriodEnd: "2018-12-31", PeriodLabel: "năm 2018", Value: 120, SourceID: src}, corpusRef); err != nil {
		t.Fatal(err)
	}
	if err := b.Catalog.Reload(ctx); err != nil {
		t.Fatal(err)
	}

	// The same question is asked again (what was refused with the old
	// lists is not remembered), the new code is offered and chosen.
	ans, err = a.Answer(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	if n := f.calls.Load(); n != 2 {
		t.Fatalf("%d calls, want 2", n)
	}
	if got := offered(); !slices.Contains(got, "wifi_points") || len(got) != 37 {
		t.Fatalf("indicators offered after the reload: %v", got)
	}
	if ans.Path != "llm" || !slices.Equal(ans.Parse.Indicators, []string{"wifi_points"}) || !strings.Contains(ans.Text, "120 trạm") {
		t.Fatalf("path %s %v: %s", ans.Path, ans.Parse.Indicators, ans.Text)
	}
}
