package ssda903

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/schematest"
)

// Planted personal data (a name, a date of birth, a postcode) never appears
// in reader errors, cell errors or validation reports.
func TestNoPersonalDataInMessages(t *testing.T) {
	const name, dob, postcode = "Jessica Fletcher", "14/02/2009", "SW1A 1AA"
	in := "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n" +
		name + ",F," + dob + ",WBRI,UN1,,\n" + // fine structurally
		name + "," + dob + "," + postcode + "\n" + // wrong field count
		"\"" + name + "\" x," + dob + ",F,WBRI,UN1,,\n" + // bad quoting
		name + "\xff," + dob + ",F,WBRI,UN1,,\n" // bad encoding
	r := NewReader(strings.NewReader(in), "header.csv", Header, fy2024, ReadOptions{})
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		var re *RowError
		if !errors.As(err, &re) && err != nil {
			t.Fatal(err)
		}
		schematest.NoPersonalData(t, err, name, dob, postcode)
	}
	_, err := ValueCell(name).Date()
	schematest.NoPersonalData(t, err, name)
	_, err = ValueCell(postcode).Float()
	schematest.NoPersonalData(t, err, postcode)

	ret := &Return{Year: fy2024}
	ret.SetTable(table(Header, []string{"CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"},
		[]string{name, postcode, dob, name, postcode, "", dob}))
	ret.SetTable(table(Episodes, []string{"CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "HOME_POST", "PL_POST"},
		[]string{name, dob, "S", name, "N1", postcode, "PR1", postcode, postcode}))
	rep := validate(ret, fy2024)
	if len(rep.Failed()) == 0 {
		t.Fatal("nothing failed")
	}
	var b strings.Builder
	b.WriteString(rep.Summary())
	for _, res := range rep.Results {
		fmt.Fprintln(&b, res.Rule.Code, res.Rule.Message, res.Skipped)
		for _, f := range res.Failures {
			fmt.Fprintln(&b, f.Table, f.Row, f.Pos)
		}
	}
	schematest.NoPersonalData(t, errors.New(b.String()), name, dob, postcode)
}

func TestRulesCiteSources(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range Rules() {
		if r.ID == "" || r.Title == "" || r.Source.URL == "" || r.From.IsZero() {
			t.Errorf("rule %+v lacks an ID, title, source or start", r)
		}
		key := r.ID + r.From.String()
		if seen[key] {
			t.Errorf("duplicate rule version %s", key)
		}
		seen[key] = true
	}
	for _, r := range AllRules() {
		if len(r.Tables) == 0 || len(r.Fields) == 0 || r.Topic == "" {
			t.Errorf("rule %s lacks tables, fields or topic", r.Code)
		}
	}
}

// A file without a header line has a data row where the header should be:
// the header error names the missing specification columns and counts the
// unknown ones, never echoing them (issue 16.3).
func TestHeaderErrorEchoesNothing(t *testing.T) {
	const name, dob, postcode = "Jessica Fletcher", "14/02/2009", "SW1A 1AA"
	in := name + ",F," + dob + ",WBRI,UN1,0,\n" + name + ",F," + dob + ",WBRI,UN1,0,\n"
	r := NewReader(strings.NewReader(in), "header.csv", Header, fy2024, ReadOptions{})
	herr := r.HeaderErr()
	if herr == nil {
		t.Fatal("want a header error")
	}
	msg := herr.Error()
	schematest.NoPersonalData(t, herr, name, dob, postcode, "WBRI", "UN1")
	var he *HeaderError
	if !errors.As(herr, &he) || he.Unknown != 7 || len(he.Missing) == 0 {
		t.Fatalf("got %#v", herr)
	}
	if !strings.Contains(msg, "missing columns CHILD") || !strings.Contains(msg, "7 unknown column(s)") {
		t.Fatalf("message %q", msg)
	}
	for {
		_, err := r.Read()
		if err == io.EOF {
			break
		}
		schematest.NoPersonalData(t, err, name, dob, postcode)
	}
	if c := r.Counts(); c.Read != 1 || c.Rejected != 1 {
		t.Fatalf("counts %+v", c)
	}
}
