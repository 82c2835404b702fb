package workforce

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

// Every rule the package checks (other than the role rules, covered by
// Eligible's tests, and the price cap, which needs caller data) is broken
// by at least one payload under testdata/invalid-rules.
func TestInvalidRulesCoverEveryRule(t *testing.T) {
	seen := map[string]bool{}
	files, _ := filepath.Glob("testdata/invalid-rules/*/*.json")
	// A rule whose breach is only a warning is shown by a valid payload
	// (warnings do not reject a record) named *-warning.json.
	warnings, _ := filepath.Glob("testdata/valid/*/*-warning.json")
	files = append(files, warnings...)
	types := map[string]stablehomes.PayloadType{}
	for _, p := range PayloadTypes() {
		types[p.Name] = p
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		err = types[filepath.Base(filepath.Dir(f))].Check(data)
		var vs stablehomes.Violations
		if !errors.As(err, &vs) {
			t.Fatalf("%s: want violations, got %v", f, err)
		}
		for _, v := range vs {
			seen[v.Rule.ID] = true
		}
	}
	for _, r := range Rules() {
		switch {
		case !r.Commenced(): // judges nothing until commenced
			continue
		case strings.HasPrefix(r.ID, "workforce.role-"), r.ID == RuleAgencyPriceCap.ID, r.ID == RuleRegistrationNumber.ID, r.ID == RuleRoleUnknown.ID,
			r.ID == RuleAgencyExisting.ID: // moves the date other rules judge by; violations name those rules
			// Reached only from Go (the decoder canonicalises numbers and
			// refuses unknown codes) or with caller data: unit tests cover them.
			continue
		}
		if !seen[r.ID] && r.ID != RuleRequired.ID {
			t.Errorf("no invalid-rules payload breaks %s", r.ID)
		}
	}
}

func TestNoPersonalDataInErrors(t *testing.T) {
	inputs := []string{
		`{"id":"6f1c1d2e-0a4b-4c7d-9e8f-112233445566","name":"Jane Marker","registrationStatus":"registered","employer":"E09000018","contractType":"permanent","role":"social-worker"}`,
		`{"id":"6f1c1d2e-0a4b-4c7d-9e8f-112233445566","registrationNumber":"Jane Marker","registrationStatus":"registered","employer":"E09000018","contractType":"permanent","role":"social-worker"}`,
		`{"id":"6f1c1d2e-0a4b-4c7d-9e8f-112233445566","registrationStatus":"registered","firstRegistered":"1990-02-31","employer":"SW1A 1AA","contractType":"permanent","role":"social-worker"}`,
		`{"id":"6f1c1d2e-0a4b-4c7d-9e8f-112233445566","registrationStatus":"registered","firstRegistered":"1990-02-14","employer":"E09000018","contractType":"permanent","role":"Jane Marker"}`,
	}
	for _, in := range inputs {
		_, err := DecodePractitioner(strings.NewReader(in))
		if err == nil {
			t.Fatalf("accepted %s", in)
		}
		schematest.NoPersonalData(t, err, "Jane Marker", "Jane", "1990-02-31", "1990-02-14", "SW1A 1AA")
	}
	_, err := DecodeAgencyEngagement(strings.NewReader(`{"id":"0b7a9c1e-3d2f-4e5a-8b6c-7d8e9f0a1b2c","dateOfBirth":"1990-02-14","postcode":"SW1A 1AA"}`))
	schematest.NoPersonalData(t, err, "1990-02-14", "SW1A 1AA")
}

func FuzzDecodePractitioner(f *testing.F) { fuzzDecode(f, "practitioner", decodeRoundTripPractitioner) }

func FuzzDecodeAgencyEngagement(f *testing.F) {
	fuzzDecode(f, "agency-engagement", decodeRoundTripEngagement)
}

func FuzzDecodeApprentice(f *testing.F) { fuzzDecode(f, "apprentice", decodeRoundTripApprentice) }

func fuzzDecode(f *testing.F, name string, check func(t *testing.T, data []byte)) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*", name, "*.json"))
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(check)
}

func decodeRoundTripPractitioner(t *testing.T, data []byte) {
	p, err := DecodePractitioner(bytes.NewReader(data))
	if err != nil {
		return
	}
	out, err := toJSON(p)
	if err != nil {
		t.Fatalf("accepted value does not marshal: %v", err)
	}
	q, err := DecodePractitioner(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("re-decoding %s: %v", out, err)
	}
	if again, _ := toJSON(q); !bytes.Equal(again, out) {
		t.Fatalf("round trip differs:\n%s\n%s", out, again)
	}
}

func decodeRoundTripEngagement(t *testing.T, data []byte) {
	e, err := DecodeAgencyEngagement(bytes.NewReader(data))
	if err != nil {
		return
	}
	out, err := toJSON(e)
	if err != nil {
		t.Fatalf("accepted value does not marshal: %v", err)
	}
	q, err := DecodeAgencyEngagement(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("re-decoding %s: %v", out, err)
	}
	if q != e {
		t.Fatalf("round trip differs:\n%+v\n%+v", e, q)
	}
}

func decodeRoundTripApprentice(t *testing.T, data []byte) {
	a, err := DecodeApprentice(bytes.NewReader(data))
	if err != nil {
		return
	}
	out, err := toJSON(a)
	if err != nil {
		t.Fatalf("accepted value does not marshal: %v", err)
	}
	q, err := DecodeApprentice(bytes.NewReader(out))
	if err != nil || q != a {
		t.Fatalf("round trip differs (%v):\n%+v\n%+v", err, a, q)
	}
}
