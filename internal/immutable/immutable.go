// Package immutable checks, in tests, that a function returning package
// data returns a copy: changing every value reachable from one answer
// (through slices, arrays, maps, structs and pointers) must leave the next
// answer as it was.
package immutable

import (
	"reflect"
	"testing"
)

// Check calls f, changes everything reachable from its answer, calls f
// again and fails t if the second answer differs from the first as it was.
func Check(t testing.TB, name string, f func() any) {
	t.Helper()
	want := f()
	before := deepCopy(reflect.ValueOf(want))
	mutate(reflect.ValueOf(want), 0)
	got := f()
	if !equal(reflect.ValueOf(got), before, 0) {
		t.Errorf("%s: changing the value it returned changed what the next call returns", name)
	}
}

func mutate(v reflect.Value, depth int) {
	if depth > 12 || !v.IsValid() {
		return
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			mutate(v.Elem(), depth+1)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			mutate(v.Index(i), depth+1)
		}
	case reflect.Map:
		if !v.CanInterface() {
			return // reached through an unexported field: callers cannot change it
		}
		for _, k := range v.MapKeys() {
			e := v.MapIndex(k)
			c := reflect.New(e.Type()).Elem()
			c.Set(e)
			mutate(c, depth+1)
			v.SetMapIndex(k, c)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				mutate(v.Field(i), depth+1)
			}
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(v.String() + "\x00changed")
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.CanSet() {
			v.SetInt(v.Int() ^ 1)
		}
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if v.CanSet() {
			v.SetUint(v.Uint() ^ 1)
		}
	case reflect.Bool:
		if v.CanSet() {
			v.SetBool(!v.Bool())
		}
	}
}

// deepCopy copies the exported and unexported contents it can reach, so the
// comparison sees the first answer as it was before mutate.
func deepCopy(v reflect.Value) reflect.Value {
	if !v.IsValid() {
		return v
	}
	out := reflect.New(v.Type()).Elem()
	copyInto(out, v, 0)
	return out
}

func copyInto(dst, src reflect.Value, depth int) {
	if depth > 12 {
		if dst.CanSet() {
			dst.Set(src)
		}
		return
	}
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Elem().Type())
		copyInto(p.Elem(), src.Elem(), depth+1)
		setAny(dst, p)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		c := reflect.New(src.Elem().Type()).Elem()
		copyInto(c, src.Elem(), depth+1)
		setAny(dst, c)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyInto(s.Index(i), src.Index(i), depth+1)
		}
		setAny(dst, s)
	case reflect.Array:
		for i := range src.Len() {
			copyInto(dst.Index(i), src.Index(i), depth+1)
		}
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		for _, k := range src.MapKeys() {
			c := reflect.New(src.Type().Elem()).Elem()
			copyInto(c, src.MapIndex(k), depth+1)
			m.SetMapIndex(k, c)
		}
		setAny(dst, m)
	case reflect.Struct:
		if dst.CanSet() {
			dst.Set(src) // unexported fields come along as they are
		}
		for i := range src.NumField() {
			if dst.Field(i).CanSet() {
				copyInto(dst.Field(i), src.Field(i), depth+1)
			}
		}
	default:
		setAny(dst, src)
	}
}

func setAny(dst, v reflect.Value) {
	if dst.CanSet() {
		dst.Set(v)
	}
}

// equal is reflect.DeepEqual over exported fields, with functions equal
// when both are nil or both point at the same code.
func equal(a, b reflect.Value, depth int) bool {
	if !a.IsValid() || !b.IsValid() {
		return a.IsValid() == b.IsValid()
	}
	if a.Type() != b.Type() {
		return false
	}
	if depth > 12 {
		return true
	}
	switch a.Kind() {
	case reflect.Func:
		return a.IsNil() == b.IsNil() && (a.IsNil() || a.Pointer() == b.Pointer())
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return equal(a.Elem(), b.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !equal(a.Index(i), b.Index(i), depth+1) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !equal(a.MapIndex(k), bv, depth+1) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for i := range a.NumField() {
			if !a.Type().Field(i).IsExported() {
				continue
			}
			if !equal(a.Field(i), b.Field(i), depth+1) {
				return false
			}
		}
		return true
	}
	return a.Interface() == b.Interface()
}
