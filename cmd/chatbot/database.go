package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/hatinh-stttt/chatbot/dataset"
	"github.com/hatinh-stttt/chatbot/handlers/nlu"
	"github.com/hatinh-stttt/chatbot/migrations"
	"github.com/hatinh-stttt/chatbot/queries"
)

// openStore connects, migrates and prepares the queries. With demo, the
// database is a fresh SQLite file in a temporary directory seeded with the
// report's dataset, removed by the returned cleanup.
func (e *env) openStore(ctx context.Context, demo bool) (*queries.Store, func(), error) {
	url := e.cfg.DatabaseURL
	cleanup := func() {}
	if demo {
		dir, err := os.MkdirTemp("", "chatbot-demo-")
		if err != nil {
			return nil, nil, fmt.Errorf("demo database: %w", err)
		}
		url = "sqlite:" + filepath.Join(dir, "demo.db")
		cleanup = func() { os.RemoveAll(dir) }
	}
	db, dialect, err := queries.Open(ctx, url)
	if err != nil {
		cleanup()
		return nil, nil, err
	}
	m, err := migrations.New(ctx, db.DB, string(dialect), e.log)
	if err == nil {
		_, err = m.Up(ctx)
	}
	if err != nil {
		db.Close()
		cleanup()
		return nil, nil, err
	}
	s, err := queries.New(ctx, db, dialect)
	if err != nil {
		db.Close()
		cleanup()
		return nil, nil, err
	}
	done := func() {
		s.Close()
		db.Close()
		cleanup()
	}
	if demo {
		if _, err := dataset.SeedDemo(ctx, s, time.Now()); err != nil {
			done()
			return nil, nil, err
		}
	}
	return s, done, nil
}

// normalise is how aliases are stored: the form questions are matched in.
func normalise(s string) string { return nlu.Normalize(s).Folded }
