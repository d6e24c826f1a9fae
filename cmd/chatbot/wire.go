package main

import (
	"context"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/queries"
)

// wire builds the jobs and the router over a store, with the deployment's
// settings. The language-model fallback is on when OPENAI_API_KEY is set.
func (e *env) wire(ctx context.Context, s *queries.Store, rc handlers.RouterConfig) (*handlers.Bot, error) {
	rc.PublicQuestions = e.cfg.PublicQuestions
	rc.Owner = e.cfg.Owner
	rc.Now = func() time.Time { return time.Now().In(e.cfg.TZ) }
	return handlers.Wire(ctx, s, handlers.Config{RouterConfig: rc, Loc: e.cfg.TZ, Fallback: e.fallback(),
		ZNSTemplates: e.cfg.ZNSTemplates})
}

// fallback builds the language-model fallback; nil without OPENAI_API_KEY.
func (e *env) fallback() *ask.Fallback {
	return ask.NewFallback(ask.LLMConfig{APIKey: e.cfg.OpenAIKey, BaseURL: e.cfg.OpenAIBaseURL, Model: e.cfg.OpenAIModel, Log: e.log})
}
