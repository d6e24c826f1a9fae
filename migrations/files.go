package migrations

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

//go:embed common/*.sql sqlite/*.sql postgres/*.sql
var files embed.FS

// dialectFS is the flat directory goose reads for one dialect: the files of
// common/ and of the dialect's own directory side by side. goose lists it
// with ReadDir(".") and opens files by name; a name in both directories is
// an error, so there is one source for each file.
type dialectFS struct {
	dirs [2]string
}

func newDialectFS(dialect string) (dialectFS, error) {
	if dialect != "sqlite" && dialect != "postgres" {
		return dialectFS{}, fmt.Errorf("migrations: unknown dialect %q", dialect)
	}
	d := dialectFS{dirs: [2]string{"common", dialect}}
	if _, err := d.ReadDir("."); err != nil {
		return dialectFS{}, err
	}
	return d, nil
}

// Open opens a migration file by its bare name.
func (d dialectFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) || strings.Contains(name, "/") {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	for _, dir := range d.dirs {
		f, err := files.Open(path.Join(dir, name))
		if !errors.Is(err, fs.ErrNotExist) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// ReadDir lists both directories as one, sorted by name.
func (d dialectFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	var out []fs.DirEntry
	seen := map[string]string{}
	for _, dir := range d.dirs {
		entries, err := files.ReadDir(dir)
		if err != nil {
			return nil, fmt.Errorf("migrations: read %s: %w", dir, err)
		}
		for _, e := range entries {
			if prev, dup := seen[e.Name()]; dup {
				return nil, fmt.Errorf("migrations: %s is in both %s/ and %s/", e.Name(), prev, dir)
			}
			seen[e.Name()] = dir
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}

// source returns the text of a dialect's migration file by its bare name
// ("0001_schema.sql").
func source(dialect, name string) (string, error) {
	d, err := newDialectFS(dialect)
	if err != nil {
		return "", err
	}
	b, err := fs.ReadFile(d, name)
	if err != nil {
		return "", fmt.Errorf("migrations: %w", err)
	}
	return string(b), nil
}

// names lists a dialect's migration files in version order.
func names(dialect string) ([]string, error) {
	d, err := newDialectFS(dialect)
	if err != nil {
		return nil, err
	}
	entries, err := d.ReadDir(".")
	if err != nil {
		return nil, err
	}
	out := make([]string, len(entries))
	for i, e := range entries {
		out[i] = e.Name()
	}
	return out, nil
}
