//go:build schemagen

package workforce

import "github.com/invopop/jsonschema"

// JSONSchema lists the role codes, the alias included.
func (Role) JSONSchema() *jsonschema.Schema {
	return roles().list.Schema("Workforce role", "A job in child and family social work, by stable code.")
}
