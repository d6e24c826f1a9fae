package ask

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"
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
// understand to one intent and its slots, offered as tools generated from
// nlu.Intents. The model never writes SQL or figures: its choice is
// validated like a rule-based parse, then the same named query answers.
type Fallback struct {
	client *openai.Client
	cfg    LLMConfig
	tools  []openai.Tool
	sem    chan struct{}

	mu    sync.Mutex
	cache map[string]cached
	order []string

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
	return &Fallback{client: openai.NewClientWithConfig(oc), cfg: cfg, tools: toolsOf(nlu.Intents),
		sem: make(chan struct{}, cfg.Concurrency), cache: map[string]cached{}}
}

// Stats reads the counters.
func (f *Fallback) Stats() LLMStats {
	return LLMStats{Calls: f.calls.Load(), Failures: f.failures.Load(), Understood: f.understood.Load(),
		CacheHits: f.hits.Load(), Latency: time.Duration(f.latency.Load())}
}

// toolsOf turns the intent registry into function tools.
func toolsOf(intents []nlu.IntentSpec) []openai.Tool {
	var out []openai.Tool
	for _, in := range intents {
		props := map[string]any{}
		var required []string
		for _, s := range in.Slots {
			p := map[string]any{"type": s.Type, "description": s.Description}
			if s.Type == "array" {
				item := map[string]any{"type": "string"}
				if len(s.Enum) > 0 {
					item["enum"] = s.Enum
				}
				p["items"] = item
			} else if len(s.Enum) > 0 {
				p["enum"] = s.Enum
			}
			props[s.Name] = p
			if s.Required {
				required = append(required, s.Name)
			}
		}
		schema := map[string]any{"type": "object", "properties": props}
		if len(required) > 0 {
			schema["required"] = required
		}
		out = append(out, openai.Tool{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
			Name: in.Name, Description: in.Description, Parameters: schema}})
	}
	return out
}

// Understand asks the model; ok is false when it chose no tool, or one
// whose slots do not validate, or the call failed.
//
// previous is the reading of the chat's last question, if any: the model
// sees it, so "còn năm 2018?" can be completed from it.
func (f *Fallback) Understand(ctx context.Context, c *catalog.Catalog, question, previous string, ref time.Time) (nlu.Parse, bool) {
	key := nlu.Normalize(previous).Folded + "\x00" + nlu.Normalize(question).Folded
	f.mu.Lock()
	if hit, found := f.cache[key]; found {
		f.mu.Unlock()
		f.hits.Add(1)
		return hit.parse, hit.ok
	}
	f.mu.Unlock()

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
		Model:       f.cfg.Model,
		Messages:    messages(c, question, previous, ref),
		Tools:       f.tools,
		ToolChoice:  "auto",
		Temperature: 0,
	})
	f.latency.Add(int64(time.Since(start)))
	if err != nil {
		f.failures.Add(1)
		f.cfg.Log.Warn("llm: call failed", "err", err)
		return nlu.Parse{}, false
	}
	p, err := parseToolCall(c, resp, ref)
	if err != nil {
		f.cfg.Log.Info("llm: no valid intent", "reason", err)
	}
	ok := err == nil
	if ok {
		f.understood.Add(1)
	}
	f.remember(key, cached{parse: p, ok: ok})
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

func (f *Fallback) remember(key string, v cached) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, found := f.cache[key]; !found {
		f.order = append(f.order, key)
	}
	f.cache[key] = v
	for len(f.order) > f.cfg.CacheSize {
		delete(f.cache, f.order[0])
		f.order = f.order[1:]
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
// parse: a known intent, known indicators, units, projects, valid periods.
func parseToolCall(c *catalog.Catalog, resp openai.ChatCompletionResponse, ref time.Time) (nlu.Parse, error) {
	if len(resp.Choices) == 0 || len(resp.Choices[0].Message.ToolCalls) == 0 {
		return nlu.Parse{}, errNoTool
	}
	call := resp.Choices[0].Message.ToolCalls[0].Function
	spec, ok := nlu.IntentByName(call.Name)
	if !ok {
		return nlu.Parse{}, fmt.Errorf("unknown tool %q", call.Name)
	}
	var args toolArgs
	if err := json.Unmarshal([]byte(call.Arguments), &args); err != nil {
		return nlu.Parse{}, fmt.Errorf("tool arguments: %w", err)
	}
	p := nlu.Parse{Intent: spec.Name, Level: args.Level, Measure: args.Measure, Order: args.Order, Top: args.Top,
		Missing: args.Missing, Funding: args.Funding, Status: args.Status, Count: args.Count}
	for _, s := range spec.Slots {
		if s.Required && !present(args, s.Name) {
			return nlu.Parse{}, fmt.Errorf("%s: slot %s missing", spec.Name, s.Name)
		}
		if err := checkEnum(args, s); err != nil {
			return nlu.Parse{}, err
		}
	}
	for _, code := range args.Indicators {
		if _, ok := c.Indicators[code]; !ok {
			return nlu.Parse{}, fmt.Errorf("unknown indicator %q", code)
		}
		p.Indicators = append(p.Indicators, code)
	}
	for _, name := range args.Units {
		if u, ok := c.Units[name]; ok {
			p.Units = append(p.Units, []string{u.Code})
			continue
		}
		codes := c.Vocab.ResolveUnit(name)
		if len(codes) == 0 {
			return nlu.Parse{}, fmt.Errorf("unknown unit %q", name)
		}
		p.Units = append(p.Units, codes)
	}
	for _, text := range args.Periods {
		per, _, _, ok := nlu.FindPeriod(nlu.Normalize(text).Tokens, ref)
		if !ok {
			return nlu.Parse{}, fmt.Errorf("unreadable period %q", text)
		}
		p.Periods = append(p.Periods, per)
	}
	for _, ref := range args.Projects {
		if _, ok := c.Projects[ref]; ok {
			p.Projects = append(p.Projects, ref)
			continue
		}
		seqs := projectsNamed(c, nlu.Normalize(ref).Tokens)
		if len(seqs) == 0 {
			return nlu.Parse{}, fmt.Errorf("unknown project %q", ref)
		}
		p.Projects = append(p.Projects, seqs...)
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

func checkEnum(a toolArgs, s nlu.SlotSpec) error {
	if len(s.Enum) == 0 || s.Type == "array" {
		return nil
	}
	var v string
	switch s.Name {
	case "level":
		v = a.Level
	case "order":
		v = a.Order
	case "measure":
		v = a.Measure
	case "funding":
		v = a.Funding
	case "status":
		v = a.Status
	}
	if v != "" && !slices.Contains(s.Enum, v) {
		return fmt.Errorf("slot %s: %q not allowed", s.Name, v)
	}
	return nil
}
