package strictjson_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/internal/strictjson"
)

type outer struct {
	Child  record   `json:"child"`
	Others []record `json:"others,omitempty"`
}

// A member name the type does not define is input text: no path or message
// holds it. The path names the enclosing object; the message gives the
// member's position in it.
func TestUnknownNamesNeverInOutput(t *testing.T) {
	const canary = "Zq9canary"
	ok := `{"id":"` + id + `","name":"A"}`
	cases := []struct {
		in, code, path, msg string
	}{
		{`{"` + canary + `":1}`, strictjson.CodeUnknown, "", "unknown member at position 1 of this object"},
		{`{"others":[],"child":` + ok + `,"` + canary + `":1}`, strictjson.CodeUnknown, "", "position 3 "},
		{`{"child":{"id":"` + id + `","name":"A","` + canary + `":1}}`, strictjson.CodeUnknown, "/child", "position 3 "},
		{`{"child":` + ok + `,"others":[` + ok + `,{"` + canary + `":[1,tru]}]}`, strictjson.CodeUnknown, "/others/1", "position 1 "},
		{`{"child":` + ok + `,"` + canary + `":1,"` + canary + `":2}`, strictjson.CodeUnknown, "", "position 2 "},
		{`{"child":` + ok + `,"` + canary + `\ud800":1}`, strictjson.CodeEncoding, "", ""},
		{`{"child":` + ok + `,"` + canary + "\xff" + `":1}`, strictjson.CodeEncoding, "", ""},
		{`{"child":` + ok + `,"` + canary + `"}`, "", "", ""},
		{`{"child":` + ok + `,"` + canary + `":`, "", "", ""},
		{`{"child":` + ok + `,"` + canary + `":nul}`, "", "", ""},
		{`{"child":` + ok + `,"` + canary + `":null}`, "", "", ""},
		{`{"child":` + ok + `,"` + canary + `~/x":null}`, "", "", ""},
		{`{"child":{"id":"` + id + `","name":"A","name":"` + canary + `"}}`, strictjson.CodeDuplicate, "/child/name", ""},
	}
	for _, c := range cases {
		var o outer
		err := strictjson.Unmarshal([]byte(c.in), &o)
		var vs stablehomes.Violations
		if !errors.As(err, &vs) || len(vs) != 1 {
			t.Errorf("%s: %v", c.in, err)
			continue
		}
		if strings.Contains(vs[0].Path+vs[0].Message+err.Error(), canary) {
			t.Errorf("%s: output holds the member name: %v", c.in, err)
		}
		if c.code != "" && (vs[0].Code != c.code || vs[0].Path != c.path || !strings.Contains(vs[0].Message, c.msg)) {
			t.Errorf("%s: got %q %q %q, want %s at %q with %q", c.in, vs[0].Code, vs[0].Path, vs[0].Message, c.code, c.path, c.msg)
		}
	}
}
