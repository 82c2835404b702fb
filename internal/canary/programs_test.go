package canary_test

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/missions/registry"
	"github.com/stablehomes/stablehomes/workforce"
)

var bin string // the example programs, built once

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "canary-bin")
	if err != nil {
		panic(err)
	}
	cmd := exec.Command("go", "build", "-o", dir+string(filepath.Separator), "./examples/...")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		panic("building the examples: " + err.Error() + "\n" + string(out))
	}
	bin = dir
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// program runs an example and returns its standard output and error.
func program(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(filepath.Join(bin, name), args...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.Stdin = strings.NewReader("")
	err := cmd.Run()
	if _, ok := err.(*exec.ExitError); err != nil && !ok {
		t.Fatalf("%s: %v", name, err)
	}
	return out.String()
}

// Every program under examples/ is listed here (a new one fails the test
// until it is run on planted input).
func TestCanaryCoversEveryProgram(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(root, "examples"))
	if err != nil {
		t.Fatal(err)
	}
	covered := map[string]bool{"allowance": true, "dashboard": true, "validate": true, "workforce": true,
		// no input of their own: run on the embedded data only
		"funding": true, "missions": true, "placement": true, "sources": true, "tour": true,
		// serves its page only: the files are read in the browser by the
		// library entry points and the report (internal/report) covered here
		"web": true}
	for _, e := range entries {
		if e.IsDir() && !covered[e.Name()] {
			t.Errorf("examples/%s is not run by the canary test", e.Name())
		}
	}
	for _, name := range []string{"funding", "missions", "placement", "sources", "tour"} {
		leak(t, name, program(t, name))
	}
}

// validate, on every planted document of every type, as NDJSON and JSON.
func TestCanaryValidateProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the example programs")
	}
	dir := t.TempDir()
	for _, p := range registry.All() {
		var nd bytes.Buffer
		var arr []json.RawMessage
		for _, d := range typeDocs(t, p) {
			if !bytes.ContainsAny(d, "\n\r") {
				nd.Write(d)
				nd.WriteByte('\n')
			}
			if json.Valid(d) {
				arr = append(arr, d)
			}
		}
		ndFile := filepath.Join(dir, p.Name+".ndjson")
		jsonFile := filepath.Join(dir, p.Name+".json")
		whole, _ := json.Marshal(arr)
		os.WriteFile(ndFile, nd.Bytes(), 0o600)
		os.WriteFile(jsonFile, whole, 0o600)
		leak(t, "validate "+p.Name, program(t, "validate", "-type", p.Name, ndFile))
		leak(t, "validate -format json "+p.Name, program(t, "validate", "-type", p.Name, "-format", "json", jsonFile))
		// one document a file, for a sample of them (a file's own errors)
		all := typeDocs(t, p)
		for i := 0; i < len(all); i += max(1, len(all)/30) {
			one := filepath.Join(dir, p.Name+"-one.json")
			os.WriteFile(one, all[i], 0o600)
			leak(t, "validate one document of "+p.Name, program(t, "validate", "-type", p.Name, one))
		}
	}
}

// allowance and workforce, on planted records and price caps.
func TestCanaryRecordPrograms(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the example programs")
	}
	dir := t.TempDir()
	docs := func(name string) ([]byte, []byte) {
		p, err := registry.Lookup(name)
		if err != nil {
			t.Fatal(err)
		}
		var nd bytes.Buffer
		var arr []json.RawMessage
		for _, d := range typeDocs(t, p) {
			if json.Valid(d) {
				nd.Write(d)
				nd.WriteByte('\n')
				arr = append(arr, d)
			}
		}
		whole, _ := json.Marshal(arr)
		return nd.Bytes(), whole
	}
	payments, _ := docs("payment")
	os.WriteFile(filepath.Join(dir, "payments.ndjson"), payments, 0o600)
	leak(t, "allowance", program(t, "allowance", "-payments", filepath.Join(dir, "payments.ndjson")))
	os.WriteFile(filepath.Join(dir, "junk.ndjson"), []byte(canary+"\n\xff"+canary+"\n"), 0o600)
	leak(t, "allowance junk", program(t, "allowance", "-payments", filepath.Join(dir, "junk.ndjson")))

	_, roster := docs("practitioner")
	_, engagements := docs("agency-engagement")
	os.WriteFile(filepath.Join(dir, "roster.json"), roster, 0o600)
	os.WriteFile(filepath.Join(dir, "engagements.json"), engagements, 0o600)
	leak(t, "workforce", program(t, "workforce", "-roster", filepath.Join(dir, "roster.json"), "-engagements", filepath.Join(dir, "engagements.json")))
	os.WriteFile(filepath.Join(dir, "junk.json"), []byte(`[{"`+canary+`":1}, `+canary+`]`), 0o600)
	leak(t, "workforce junk", program(t, "workforce", "-roster", filepath.Join(dir, "junk.json"), "-engagements", filepath.Join(dir, "junk.json")))

	// price caps: every cell but the source columns (document, section,
	// url: the caller's own citation, printed as the cap's source)
	header := strings.Split(workforce.PriceCapsHeader, ",")
	good := []string{"E12000007", "social-worker", "hour", "2024-10-31", "", "5000", "Sample", "London", "https://www.gov.uk/government/publications/child-and-family-social-workers-agency-rules"}
	for i := 0; i < 6; i++ {
		for _, form := range []func(string) string{func(string) string { return canary }, func(s string) string { return s + canary }} {
			row := append([]string(nil), good...)
			row[i] = form(row[i])
			hdr := append([]string(nil), header...)
			caps := strings.Join(hdr, ",") + "\n" + strings.Join(row, ",") + "\n"
			hdr[i] = canary
			capsBadHeader := strings.Join(hdr, ",") + "\n" + strings.Join(good, ",") + "\n"
			for k, c := range []string{caps, capsBadHeader, strings.Join(row, ",") + "\n"} {
				f := filepath.Join(dir, "caps.csv")
				os.WriteFile(f, []byte(c), 0o600)
				leak(t, "workforce -caps form "+string(rune('0'+k)), program(t, "workforce", "-caps", f))
			}
		}
	}
}

// dashboard, in its three outputs, on every planted CSV and XML return.
func TestCanaryDashboardProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the example programs")
	}
	folders := csvFolders(t)
	xmls := xmlFolders(t)
	folders = append(folders, xmls[len(xmls)-8:]...) // every text at once, and the broken forms
	for _, f := range folders {
		dir := t.TempDir()
		for name, data := range f.files {
			os.WriteFile(filepath.Join(dir, name), data, 0o600)
		}
		html := filepath.Join(t.TempDir(), "report.html")
		leak(t, "dashboard "+f.name, program(t, "dashboard", "-q", "-la", authority, dir))
		leak(t, "dashboard -json "+f.name, program(t, "dashboard", "-q", "-json", "-la", authority, dir))
		out := program(t, "dashboard", "-q", "-la", authority, "-html", html, dir)
		page, _ := os.ReadFile(html)
		leak(t, "dashboard -html "+f.name, out+string(page))
	}
}
