// Package registry lists every payload type the library defines, across
// the domain packages, so that a tool can validate a payload by type name.
// Go services call each package's decoders and PayloadTypes directly; this
// list is what examples/validate and the cross-package tests use.
package registry

import (
	"fmt"
	"sort"
	"strings"

	"github.com/stablehomes/stablehomes"
)

// All returns every payload type, sorted by package and name.
func All() []stablehomes.PayloadType {
	var all []stablehomes.PayloadType
	for _, list := range sources() {
		all = append(all, list...)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Package != all[j].Package {
			return all[i].Package < all[j].Package
		}
		return all[i].Name < all[j].Name
	})
	return all
}

// Lookup finds a payload type by name ("placement") or by package and
// name ("placements/placement"). A bare name that two packages share is
// ambiguous and must be qualified.
func Lookup(name string) (stablehomes.PayloadType, error) {
	var found []stablehomes.PayloadType
	for _, p := range All() {
		if p.Name == name || p.Package+"/"+p.Name == name {
			found = append(found, p)
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		return stablehomes.PayloadType{}, fmt.Errorf("unknown payload type %q; known types: %s", name, strings.Join(Names(), ", "))
	}
	return stablehomes.PayloadType{}, fmt.Errorf("payload type %q is ambiguous: qualify it with its package, e.g. %s/%s", name, found[0].Package, name)
}

// Names lists every type as package/name.
func Names() []string {
	var out []string
	for _, p := range All() {
		out = append(out, p.Package+"/"+p.Name)
	}
	return out
}
