package placements

import (
	"bytes"
	"testing"

	"github.com/stablehomes/stablehomes/internal/schematest"
)

func TestSchemas(t *testing.T) { schematest.Check(t, PayloadTypes()) }

func TestNoPersonalDataInErrors(t *testing.T) {
	_, err := DecodePlacement(bytes.NewReader([]byte(`{"id":"P-1","childId":"Jane Marker","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"H5"}`)))
	if err == nil {
		t.Fatal("want an error")
	}
	schematest.NoPersonalData(t, err, "Jane Marker", "2012-05-01")
}

func FuzzDecodePlacement(f *testing.F) {
	f.Add([]byte(`{"id":"P-1","childId":"C-1","dateOfBirth":"2012-05-01","responsibleAuthority":"E08000003","startDate":"2024-06-01","placementType":"U4"}`))
	f.Fuzz(func(t *testing.T, data []byte) { _, _ = DecodePlacement(bytes.NewReader(data)) })
}
