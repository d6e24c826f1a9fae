package ask

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"

	openai "github.com/sashabaranov/go-openai"

	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
)

// toolSet is what the model is offered with one catalog: a strict function
// per intent whose indicators, projects and levels are enums of the
// catalog's codes, and the schemas its calls are checked against, so the
// enum offered is the enum enforced.
type toolSet struct {
	cat    *catalog.Catalog
	tools  []openai.Tool
	params map[string]*schema // by tool name

	// Understandings are remembered per catalog: after a reload a question
	// the old lists refused may have an answer.
	mu    sync.Mutex
	cache map[string]cached
	order []string
}

// schema is the part of JSON Schema that OpenAI's strict function
// definitions take. go-openai's jsonschema.Definition has one type and
// string enums, so it cannot say "type": ["string", "null"] with null in the
// enum, which an optional slot with listed values needs in strict mode
// (anyOf would do, but OpenAI-compatible servers such as Ollama drop it).
type schema struct {
	Type                 schemaType         `json:"type"`
	Description          string             `json:"description,omitempty"`
	Enum                 []any              `json:"enum,omitempty"`
	Items                *schema            `json:"items,omitempty"`
	Properties           map[string]*schema `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
}

// schemaType is one JSON type, or several (a type and "null").
type schemaType []string

func (t schemaType) MarshalJSON() ([]byte, error) {
	if len(t) == 1 {
		return json.Marshal(t[0])
	}
	return json.Marshal([]string(t))
}

// enumIntro precedes the codes a slot may take, each with its name, in the
// slot's description (the model reads Vietnamese names, writes codes).
const enumIntro = " Chỉ chọn trong các mã sau: "

// newToolSet builds the tools of the intents with the catalog's codes.
func newToolSet(c *catalog.Catalog, intents []nlu.IntentSpec) *toolSet {
	ts := &toolSet{cat: c, params: map[string]*schema{}, cache: map[string]cached{}}
	lists := map[nlu.CodeList][]codeName{
		nlu.IndicatorCodes: indicatorCodes(c),
		nlu.ProjectCodes:   projectCodes(c),
		nlu.LevelCodes:     levelCodes(c),
	}
	closed := false
intents:
	for _, in := range intents {
		params := &schema{Type: schemaType{"object"}, Properties: map[string]*schema{}, AdditionalProperties: &closed}
		for _, s := range in.Slots {
			p, ok := slotSchema(s, lists)
			if !ok {
				// A required slot with no value to choose: no call of this
				// tool could be answered.
				continue intents
			}
			params.Properties[s.Name] = p
			params.Required = append(params.Required, s.Name) // strict: every property, null where optional
		}
		ts.params[in.Name] = params
		ts.tools = append(ts.tools, openai.Tool{Type: openai.ToolTypeFunction, Function: &openai.FunctionDefinition{
			Name: in.Name, Description: in.Description, Strict: true, Parameters: params}})
	}
	return ts
}

type codeName struct{ code, name string }

func indicatorCodes(c *catalog.Catalog) []codeName {
	var out []codeName
	for _, code := range sortedKeys(c.Indicators) {
		out = append(out, codeName{code, c.Indicators[code].Name})
	}
	return out
}

func projectCodes(c *catalog.Catalog) []codeName {
	var out []codeName
	for _, seq := range sortedKeys(c.Projects) {
		p := c.Projects[seq]
		name := p.ShortName
		if name == "" {
			name = p.Name
		}
		out = append(out, codeName{seq, name})
	}
	return out
}

func levelCodes(c *catalog.Catalog) []codeName {
	var out []codeName
	for _, l := range c.Levels {
		out = append(out, codeName{l.Code, l.Name})
	}
	slices.SortFunc(out, func(a, b codeName) int { return c.Levels[a.code].Rank - c.Levels[b.code].Rank })
	return out
}

// slotSchema is one slot's property; ok is false for a required slot whose
// catalog list is empty.
func slotSchema(s nlu.SlotSpec, lists map[nlu.CodeList][]codeName) (*schema, bool) {
	desc := s.Description
	var enum []any
	switch {
	case s.Codes != "":
		var names []string
		for _, cn := range lists[s.Codes] {
			if len(s.Enum) > 0 && !slices.Contains(s.Enum, cn.code) {
				continue
			}
			enum = append(enum, cn.code)
			names = append(names, cn.code+" = "+cn.name)
		}
		if len(enum) == 0 {
			if s.Required {
				return nil, false
			}
			return &schema{Type: schemaType{"null"}, Description: desc}, true
		}
		desc += enumIntro + strings.Join(names, "; ") + "."
	case len(s.Enum) > 0:
		for _, v := range s.Enum {
			enum = append(enum, v)
		}
	}
	p := &schema{Type: schemaType{s.Type}, Description: desc}
	if s.Type == "array" {
		p.Items = &schema{Type: schemaType{"string"}}
		if len(enum) > 0 {
			p.Items.Enum = enum
		}
	} else if len(enum) > 0 {
		p.Enum = enum
	}
	if !s.Required {
		p.Type = append(p.Type, "null")
		if p.Enum != nil {
			// null must be a value of the enum too, or no value could be null.
			p.Enum = append(p.Enum, nil)
		}
	}
	return p, true
}

// check validates a decoded JSON value (json.Unmarshal into any) against
// the schema as a strict server would, except that a nullable property
// left out counts as null: servers without strict mode omit them.
func (s *schema) check(v any) error {
	if !s.typeOf(v) {
		return fmt.Errorf("%s is not %s", shortJSON(v), strings.Join(s.Type, " or "))
	}
	if v == nil {
		return nil
	}
	if len(s.Enum) > 0 && !slices.Contains(s.Enum, v) {
		return fmt.Errorf("%s is not one of the %d values offered", shortJSON(v), len(s.Enum))
	}
	switch v := v.(type) {
	case []any:
		for _, item := range v {
			if err := s.Items.check(item); err != nil {
				return err
			}
		}
	case map[string]any:
		for k := range v {
			if _, ok := s.Properties[k]; !ok {
				return fmt.Errorf("unexpected slot %q", k)
			}
		}
		for _, name := range s.Required {
			p := s.Properties[name]
			val, found := v[name]
			if !found && !slices.Contains(p.Type, "null") {
				return fmt.Errorf("slot %s missing", name)
			}
			if err := p.check(val); err != nil {
				return fmt.Errorf("slot %s: %w", name, err)
			}
		}
	}
	return nil
}

func (s *schema) typeOf(v any) bool {
	for _, t := range s.Type {
		switch v := v.(type) {
		case nil:
			if t == "null" {
				return true
			}
		case string:
			if t == "string" {
				return true
			}
		case bool:
			if t == "boolean" {
				return true
			}
		case float64:
			if t == "number" || t == "integer" && v == float64(int64(v)) {
				return true
			}
		case []any:
			if t == "array" {
				return true
			}
		case map[string]any:
			if t == "object" {
				return true
			}
		}
	}
	return false
}

// shortJSON shows a value in an error without letting a long one flood the log.
func shortJSON(v any) string {
	b, _ := json.Marshal(v)
	if len(b) > 60 {
		return string(b[:60]) + "…"
	}
	return string(b)
}

var errNoArgs = errors.New("tool arguments are not a JSON object")

// decodeArgs checks a call's arguments against the tool's schema and reads
// them; a null slot reads as its zero value, which is how the rules leave a
// slot unsaid.
func decodeArgs(params *schema, arguments string) (toolArgs, error) {
	var raw any
	if err := json.Unmarshal([]byte(arguments), &raw); err != nil {
		return toolArgs{}, fmt.Errorf("tool arguments: %w", err)
	}
	if _, ok := raw.(map[string]any); !ok {
		return toolArgs{}, errNoArgs
	}
	if err := params.check(raw); err != nil {
		return toolArgs{}, err
	}
	var args toolArgs
	if err := json.Unmarshal([]byte(arguments), &args); err != nil {
		return toolArgs{}, fmt.Errorf("tool arguments: %w", err)
	}
	return args, nil
}
