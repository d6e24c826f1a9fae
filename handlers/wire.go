package handlers

import (
	"context"
	"time"

	"github.com/hatinh-stttt/chatbot/handlers/admin"
	"github.com/hatinh-stttt/chatbot/handlers/ask"
	"github.com/hatinh-stttt/chatbot/handlers/catalog"
	"github.com/hatinh-stttt/chatbot/handlers/reporting"
	"github.com/hatinh-stttt/chatbot/queries"
)

// Store is everything the jobs read and write; *queries.Store has it.
type Store interface {
	People
	catalog.Source
	ask.Data
	reporting.Data
	reporting.ReminderData
	admin.Data
}

// Config is what wiring the jobs needs beyond the store.
type Config struct {
	RouterConfig
	// Loc is the deployment's time zone (CHATBOT_TZ): relative periods,
	// deadlines and working hours are counted in it.
	Loc *time.Location
	// Fallback is the language-model fallback; nil: rules only.
	Fallback *ask.Fallback
	// ZNSTemplates are the approved Zalo template ids by reminder stage.
	ZNSTemplates map[string]string
	// Datasets imports files sent by chat and writes /mau's template;
	// nil: the dataset package over the store, when it is a *queries.Store.
	Datasets admin.Datasets
}

// Bot is the jobs wired over one store, and the router over them.
type Bot struct {
	Catalog   *catalog.Live
	Reminders *reporting.Reminders
	Jobs      Jobs
	Router    *Router
}

// Wire builds the catalog, the jobs and the router over a store: the one
// wiring that the commands and the tests share.
func Wire(ctx context.Context, s Store, cfg Config) (*Bot, error) {
	if cfg.Loc == nil {
		cfg.Loc = time.Local
	}
	if cfg.Now == nil {
		loc := cfg.Loc
		cfg.Now = func() time.Time { return time.Now().In(loc) }
	}
	cat, err := catalog.NewLive(ctx, s, cfg.Now)
	if err != nil {
		return nil, err
	}
	b := &Bot{Catalog: cat, Reminders: reporting.NewReminders(s, cfg.Loc)}
	b.Reminders.SetZNSTemplates(cfg.ZNSTemplates)
	desk := reporting.NewDesk(s, cat, b.Reminders, cfg.Now)
	answerer := ask.New(s, cat, cfg.Now)
	if err := cat.OnReload(ctx, answerer.RefreshSearch); err != nil {
		return nil, err
	}
	answerer.SetFallback(cfg.Fallback)
	answerer.SetExporter(desk)
	datasets := cfg.Datasets
	if qs, ok := s.(*queries.Store); ok && datasets == nil {
		datasets = NewDatasets(qs)
	}
	owner := cfg.Owner
	if owner == "" {
		owner = DefaultOwner
	}
	b.Jobs = Jobs{Ask: answerer, Reporting: desk,
		Admin: admin.NewDesk(s, datasets, admin.Config{Owner: owner, Now: cfg.Now, Reload: cat.Reload})}
	b.Router = NewRouter(b.Jobs, s, cfg.RouterConfig)
	return b, nil
}
