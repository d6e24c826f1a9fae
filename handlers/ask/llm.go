package ask

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// LLMConfig configures the language-model fallback.
type LLMConfig struct {
	APIKey      string
	BaseURL     string // OpenAI-compatible server (Ollama, vLLM, llama.cpp); empty for OpenAI
	Model       string
	Timeout     time.Duration // per question; default 5 s
	Concurrency int           // calls at once; default 4
	CacheSize   int           // questions remembered; default 1000
	Log         *slog.Logger
}

// LLMStats are the fallback's counters, for /metrics.
type LLMStats struct {
	Calls, Failures, Understood, CacheHits int64
	Latency                                time.Duration // summed over calls
}

// Fallback asks a language model to map a question the rules did not
// understand to one intent and its slots, offered as strict tools generated
// from nlu.Intents whose indicators, projects and levels are enums of the
// catalog's codes. The model never writes SQL or figures: its choice is
// checked against the schema it was offered and validated like a
// rule-based parse, then the same named query answers.
type Fallback struct {
	client *openai.Client
	cfg    LLMConfig
	sem    chan struct{}
	// tools are built for the catalog in force and rebuilt when a reload
	// replaces it (catalog.Live swaps the pointer).
	tools atomic.Pointer[toolSet]

	calls, failures, understood, hits, latency atomic.Int64
}

type cached struct {
	parse nlu.Parse
	ok    bool
}

// NewFallback returns nil without an API key: then no network call is ever made.
func NewFallback(cfg LLMConfig) *Fallback {
	if cfg.APIKey == "" {
		return nil
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	if cfg.Concurrency == 0 {
		cfg.Concurrency = 4
	}
	if cfg.CacheSize == 0 {
		cfg.CacheSize = 1000
	}
	if cfg.Model == "" {
		cfg.Model = openai.GPT4oMini
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = cfg.BaseURL
	}
	return &Fallback{client: openai.NewClientWithConfig(oc), cfg: cfg, sem: make(chan struct{}, cfg.Concurrency)}
}

// Stats reads the counters.
func (f *Fallback) Stats() LLMStats {
	return LLMStats{Calls: f.calls.Load(), Failures: f.failures.Load(), Understood: f.understood.Load(),
		CacheHits: f.hits.Load(), Latency: time.Duration(f.latency.Load())}
}

// toolsFor is the tool set of a catalog, built once per catalog: a build
// costs about 0,3 ms and a reload is rare (BENCHMARKS.md), and the answers
// remembered belong to the lists they were checked against.
func (f *Fallback) toolsFor(c *catalog.Catalog) *toolSet {
	if ts := f.tools.Load(); ts != nil && ts.cat == c {
		return ts
	}
	ts := newToolSet(c, nlu.Intents)
	f.tools.Store(ts)
	return ts
}

// Understand asks the model; ok is false when it chose no tool, or one
// whose slots do not validate, or the call failed.
//
// previous is the reading of the chat's last question, if any: the model
// sees it, so "còn năm 2018?" can be completed from it.
func (f *Fallback) Understand(ctx context.Context, c *catalog.Catalog, question, previous string, ref time.Time) (nlu.Parse, bool) {
	ts := f.toolsFor(c)
	key := nlu.Normalize(previous).Folded + "\x00" + nlu.Normalize(question).Folded
	if hit, found := ts.recall(key); found {
		f.hits.Add(1)
		return hit.parse, hit.ok
	}

	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	select {
	case f.sem <- struct{}{}:
		defer func() { <-f.sem }()
	case <-ctx.Done():
		f.failures.Add(1)
		return nlu.Parse{}, false
	}
	start := time.Now()
	f.calls.Add(1)
	resp, err := f.client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model:      f.cfg.Model,
		Messages:   messages(c, question, previous, ref),
		Tools:      ts.tools,
		ToolChoice: "auto",
		// Strict schemas hold for one call at a time, and one is all a
		// question is answered with.
		ParallelToolCalls: false,
		Temperature:       0,
	})
	f.latency.Add(int64(time.Since(start)))
	if err != nil {
		f.failures.Add(1)
		f.cfg.Log.Warn("llm: call failed", "err", err)
		return nlu.Parse{}, false
	}
	p, err := parseToolCall(ts, resp, ref)
	if err != nil {
		f.cfg.Log.Info("llm: no valid intent", "reason", err)
	}
	ok := err == nil
	if ok {
		f.understood.Add(1)
	}
	ts.remember(key, cached{parse: p, ok: ok}, f.cfg.CacheSize)
	return p, ok
}

// messages are the system prompt, the previous reading when there is one,
// and the question.
func messages(c *catalog.Catalog, question, previous string, ref time.Time) []openai.ChatCompletionMessage {
	out := []openai.ChatCompletionMessage{{Role: openai.ChatMessageRoleSystem, Content: systemPrompt(c, ref)}}
	if previous != "" {
		out = append(out, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleSystem, Content: fmt.Sprintf(promptPrevious, previous)})
	}
	return append(out, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleUser, Content: question})
}

func (ts *toolSet) recall(key string) (cached, bool) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	v, found := ts.cache[key]
	return v, found
}

func (ts *toolSet) remember(key string, v cached, size int) {
	ts.mu.Lock()
	defer ts.mu.Unlock()
	if _, found := ts.cache[key]; !found {
		ts.order = append(ts.order, key)
	}
	ts.cache[key] = v
	for len(ts.order) > size {
		delete(ts.cache, ts.order[0])
		ts.order = ts.order[1:]
	}
}

// systemPrompt tells the model its job, the vocabulary and today's date, in Vietnamese.
func systemPrompt(c *catalog.Catalog, ref time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, promptIntro, ref.Format("02/01/2006"))
	b.WriteString(promptIndicators)
	for _, code := range sortedKeys(c.Indicators) {
		fmt.Fprintf(&b, "- %s: %s\n", code, c.Indicators[code].Name)
	}
	b.WriteString(promptUnits)
	var names []string
	for _, u := range c.Units {
		if u.Level == "district" || u.Level == "agency" || u.Level == "sector" {
			names = append(names, u.Name)
		}
	}
	slices.Sort(names)
	b.WriteString(strings.Join(names, "; "))
	b.WriteString("\n")
	b.WriteString(promptProjects)
	for _, seq := range sortedKeys(c.Projects) {
		fmt.Fprintf(&b, "- %s: %s\n", seq, c.Projects[seq].ShortName)
	}
	b.WriteString(promptRules)
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b string) int {
		ai, err1 := strconv.Atoi(a)
		bi, err2 := strconv.Atoi(b)
		if err1 == nil && err2 == nil {
			return ai - bi
		}
		return strings.Compare(a, b)
	})
	return out
}

// toolArgs is every slot a tool call may carry.
type toolArgs struct {
	Indicators []string `json:"indicators"`
	Units      []string `json:"units"`
	Level      string   `json:"level"`
	Periods    []string `json:"periods"`
	Measure    string   `json:"measure"`
	Order      string   `json:"order"`
	Top        int      `json:"top"`
	Missing    bool     `json:"missing"`
	Projects   []string `json:"projects"`
	Funding    string   `json:"funding"`
	Status     string   `json:"status"`
	Count      bool     `json:"count"`
}

var errNoTool = errors.New("the model called no tool")

// parseToolCall validates the model's choice exactly like a rule-based
// parse: a tool that was offered, its arguments within the schema offered
// (codes from the catalog's lists, nothing else), units the rules'
// resolver knows, periods the rules can read.
func parseToolCall(ts *toolSet, resp openai.ChatCompletionResponse, ref time.Time) (nlu.Parse, error) {
	if len(resp.Choices) == 0 || len(resp.Choices[0].Message.ToolCalls) == 0 {
		return nlu.Parse{}, errNoTool
	}
	call := resp.Choices[0].Message.ToolCalls[0].Function
	params, ok := ts.params[call.Name]
	spec, known := nlu.IntentByName(call.Name)
	if !ok || !known {
		return nlu.Parse{}, fmt.Errorf("unknown tool %q", call.Name)
	}
	args, err := decodeArgs(params, call.Arguments)
	if err != nil {
		return nlu.Parse{}, fmt.Errorf("%s: %w", call.Name, err)
	}
	for _, s := range spec.Slots {
		if s.Required && !present(args, s.Name) {
			return nlu.Parse{}, fmt.Errorf("%s: slot %s empty", spec.Name, s.Name)
		}
	}
	c := ts.cat
	p := nlu.Parse{Intent: spec.Name, Level: args.Level, Measure: args.Measure, Order: args.Order, Top: args.Top,
		Missing: args.Missing, Funding: args.Funding, Status: args.Status, Count: args.Count,
		Indicators: args.Indicators, Projects: args.Projects}
	for _, name := range args.Units {
		if _, ok := c.Units[name]; ok {
			p.Units = append(p.Units, []string{name})
			continue
		}
		codes := c.Vocab.ResolveUnit(name)
		if len(codes) == 0 {
			return nlu.Parse{}, fmt.Errorf("unknown unit %q", name)
		}
		p.Units = append(p.Units, codes)
	}
	if p.Level == "province" {
		// As the rules read it: the province is a unit, not a level to list.
		p.Level = ""
		if len(p.Units) == 0 {
			p.Units = [][]string{{nlu.ProvinceCode}}
		}
	}
	for _, text := range args.Periods {
		per, _, _, ok := nlu.FindPeriod(nlu.Normalize(text).Tokens, ref)
		if !ok {
			return nlu.Parse{}, fmt.Errorf("unreadable period %q", text)
		}
		p.Periods = append(p.Periods, per)
	}
	if p.Intent == nlu.IntentCompare && len(p.Periods) == 0 {
		return nlu.Parse{}, errors.New("compare without periods")
	}
	if p.Order != "" && p.Top == 0 {
		p.Top = 1
	}
	p.Words = nlu.Normalize(strings.Join(args.Periods, " ")).Tokens
	return p, nil
}

func present(a toolArgs, slot string) bool {
	switch slot {
	case "indicators":
		return len(a.Indicators) > 0
	case "periods":
		return len(a.Periods) > 0
	case "projects":
		return len(a.Projects) > 0
	}
	return true
}
