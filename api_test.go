package stablehomes_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestAPIExposesNoInternalType walks the exported API of every public
// package (functions, methods, fields, variables, aliases) and fails when
// one names a type from an internal/ package, which an importer can neither
// name nor read in go doc.
func TestAPIExposesNoInternalType(t *testing.T) {
	out, err := exec.Command(goTool(t), "list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}\t{{.Name}}\t{{.DepOnly}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list -export: %v", err)
	}
	exports := map[string]string{}
	var public []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		exports[f[0]] = f[1]
		if f[3] == "false" && f[2] != "main" && strings.HasPrefix(f[0], module) &&
			!strings.Contains(f[0], "/internal/") && !strings.Contains(f[0], "/examples/") {
			public = append(public, f[0])
		}
	}
	if len(public) < 9 {
		t.Fatalf("only %d public packages: %v", len(public), public)
	}
	imp := importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		return os.Open(exports[path])
	})
	for _, path := range public {
		pkg, err := imp.Import(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for _, name := range pkg.Scope().Names() {
			obj := pkg.Scope().Lookup(name)
			if !obj.Exported() {
				continue
			}
			where := pkg.Name() + "." + name
			switch obj := obj.(type) {
			case *types.TypeName:
				if obj.IsAlias() {
					checkType(t, where, obj.Type(), true)
					continue
				}
				if st, ok := obj.Type().Underlying().(*types.Struct); ok {
					checkStruct(t, where, st)
				} else {
					checkType(t, where, obj.Type().Underlying(), false)
				}
				for _, typ := range []types.Type{obj.Type(), types.NewPointer(obj.Type())} {
					ms := types.NewMethodSet(typ)
					for i := range ms.Len() {
						if m := ms.At(i).Obj(); m.Exported() {
							checkType(t, where+"."+m.Name(), m.Type(), false)
						}
					}
				}
			default:
				checkType(t, where, obj.Type(), false)
			}
		}
	}
}

const module = "github.com/stablehomes/stablehomes"

func checkStruct(t *testing.T, where string, st *types.Struct) {
	for i := range st.NumFields() {
		if f := st.Field(i); f.Exported() {
			checkType(t, where+"."+f.Name(), f.Type(), false)
		}
	}
}

// checkType reports an internal named type anywhere in typ's spelling. It
// does not look inside other named types (each public one is walked on its
// own), except that an alias is followed to what it names.
func checkType(t *testing.T, where string, typ types.Type, top bool) {
	t.Helper()
	switch typ := typ.(type) {
	case *types.Alias:
		checkType(t, where, types.Unalias(typ), top)
	case *types.Named:
		if p := typ.Obj().Pkg(); p != nil && strings.Contains(p.Path(), "/internal/") {
			t.Errorf("%s exposes %s.%s from %s", where, p.Name(), typ.Obj().Name(), p.Path())
		}
		if args := typ.TypeArgs(); args != nil {
			for i := range args.Len() {
				checkType(t, where, args.At(i), false)
			}
		}
	case *types.Pointer:
		checkType(t, where, typ.Elem(), false)
	case *types.Slice:
		checkType(t, where, typ.Elem(), false)
	case *types.Array:
		checkType(t, where, typ.Elem(), false)
	case *types.Map:
		checkType(t, where, typ.Key(), false)
		checkType(t, where, typ.Elem(), false)
	case *types.Chan:
		checkType(t, where, typ.Elem(), false)
	case *types.Signature:
		for _, tup := range []*types.Tuple{typ.Params(), typ.Results()} {
			for i := range tup.Len() {
				checkType(t, where, tup.At(i).Type(), false)
			}
		}
	case *types.Struct:
		checkStruct(t, where, typ)
	case *types.Interface:
		for i := range typ.NumMethods() {
			checkType(t, where+"."+typ.Method(i).Name(), typ.Method(i).Type(), false)
		}
	}
}
