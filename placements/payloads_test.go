package placements

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
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

// Each rule-breaking placement under testdata/invalid-rules is named after
// the one rule it breaks: its file name starts with the violation code
// (without "placements."), and every error it raises has that code.
func TestInvalidRulesBreakOneRuleEach(t *testing.T) {
	files, _ := filepath.Glob("testdata/invalid-rules/placement/*.json")
	if len(files) == 0 {
		t.Fatal("no rule-breaking placements")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, err = DecodePlacement(bytes.NewReader(b))
		var vs stablehomes.Violations
		if !errors.As(err, &vs) {
			t.Errorf("%s: %v, want violations", f, err)
			continue
		}
		stem := strings.TrimSuffix(filepath.Base(f), ".json")
		for _, v := range vs {
			if v.Severity == stablehomes.SeverityError && !strings.HasPrefix(stem, strings.TrimPrefix(v.Code, "placements.")) {
				t.Errorf("%s: also breaks %s (%s)", f, v.Code, v.Message)
			}
		}
	}
}
