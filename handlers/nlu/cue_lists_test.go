package nlu

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCueListsBuiltAtStartUp: phrases and setOf write cueWords, which the
// vocabulary and the spelling read while questions are answered; a call
// inside a function (run per question) would race with them, as one did
// once under -race. Every call must be in a package-level declaration.
func TestCueListsBuiltAtStartUp(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil || fn.Name.Name == "phrases" || fn.Name.Name == "setOf" {
				continue
			}
			checked++
			ast.Inspect(fn.Body, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := call.Fun.(*ast.Ident); ok && (id.Name == "phrases" || id.Name == "setOf") {
					t.Errorf("%s: %s called inside %s: build the list once, in a package-level var", fset.Position(call.Pos()), id.Name, fn.Name.Name)
				}
				return true
			})
		}
	}
	if checked < 100 {
		t.Fatalf("only %d functions read: the test is not reading the package", checked)
	}
}
