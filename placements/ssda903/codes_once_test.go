package ssda903

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// TestCodeSetsBuiltOnce fails when a code set is built inside a function
// literal (a check, or a callback it runs per row): such a set is rebuilt
// for every row or every validation. Build it once, in a package variable
// or in the rule's constructor, and capture it.
func TestCodeSetsBuiltOnce(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		// Function literals called where they stand (a package variable's
		// initialiser) run once: only the others are checks or callbacks.
		once := map[*ast.FuncLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if lit, ok := call.Fun.(*ast.FuncLit); ok {
					once[lit] = true
				}
			}
			return true
		})
		ast.Inspect(f, func(n ast.Node) bool {
			lit, ok := n.(*ast.FuncLit)
			if !ok || once[lit] {
				return true
			}
			ast.Inspect(lit.Body, func(m ast.Node) bool {
				call, ok := m.(*ast.CallExpr)
				if !ok {
					return true
				}
				if fn, ok := call.Fun.(*ast.Ident); ok && fn.Name == "codes" {
					t.Errorf("%s: codes(...) inside a function literal: build the set once, in a package variable or the rule's constructor", fset.Position(call.Pos()))
				}
				return true
			})
			return false
		})
	}
}
