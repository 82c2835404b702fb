// Package browsertest drives headless Chromium against the page of
// examples/web and the file examples/dashboard -html writes, and checks
// that what the browser shows equals what the Go API computes for the same
// files.
//
// It is a module of its own so that the library's users do not inherit
// github.com/chromedp/chromedp (nor the newer go-json-experiment/json it
// asks for). Run it from this folder:
//
//	go test -v ./
//
// Without a Chromium the tests skip; with STABLEHOMES_BROWSER_REQUIRED=1 (as
// .ci/run sets) a missing browser fails them. STABLEHOMES_CHROMIUM names the
// browser's program (default: chromium, chromium-browser, google-chrome or
// headless-shell on PATH). Screenshots go to -browser.out DIR, or
// STABLEHOMES_BROWSER_OUT, or else the test's artifact folder (go test
// -artifacts -outputdir DIR keeps it); the log prints each one's path.
// Go 1.26 or later (t.ArtifactDir); the library itself needs Go 1.25.
package browsertest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/examples/web/internal/analyse"
	"github.com/stablehomes/stablehomes/missions/dashboard"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

var outFlag = flag.String("browser.out", "", "folder for the screenshots (default $STABLEHOMES_BROWSER_OUT, else the test's artifact folder)")

// The sample return: the peer validator's fake return with every date moved
// forward 8 years, for collection year 2025-26 and authority E09000027
// (../../../placements/ssda903/testdata/peer-runs/README.md). The unshifted
// return's episodes mostly lie before any year the library holds, which the
// page refuses.
const (
	sampleDir  = "placements/ssda903/testdata/peer-runs/fake_shift8"
	sampleYear = "2025-26"
	sampleLA   = "E09000027"
)

// The page's own files: the only requests it may make.
var pageFiles = map[string]bool{"/": true, "/index.html": true, "/app.js": true, "/wasm_exec.js": true, "/stablehomes.wasm": true}

// root is the stablehomes module's folder, three levels up.
func root(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
	if err != nil || !bytes.HasPrefix(mod, []byte("module github.com/stablehomes/stablehomes\n")) {
		t.Fatalf("%s is not the stablehomes module's folder (%v)", dir, err)
	}
	return dir
}

func outDir(t *testing.T) string {
	t.Helper()
	dir := *outFlag
	if dir == "" {
		dir = os.Getenv("STABLEHOMES_BROWSER_OUT")
	}
	if dir == "" {
		return t.ArtifactDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	return abs
}

// chromium finds the browser, or skips (fails when it is required).
func chromium(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("STABLEHOMES_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no Chromium found (chromium, chromium-browser, google-chrome or headless-shell on PATH, or STABLEHOMES_CHROMIUM): install Debian's chromium package to run the browser tests"
	if os.Getenv("STABLEHOMES_BROWSER_REQUIRED") == "1" {
		t.Fatal(msg + " (STABLEHOMES_BROWSER_REQUIRED=1)")
	}
	t.Skip(msg)
	return ""
}

// browser is one headless Chromium tab that records every request and
// every error the page reports.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	requests []string
	problems []string
}

func newBrowser(t *testing.T, timeout time.Duration) *browser {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium(t)),
		chromedp.WindowSize(1280, 1600),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox) // Chromium refuses to run as root with its sandbox
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	t.Cleanup(cancel)
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	t.Cleanup(acancel)
	b := &browser{}
	bctx, bcancel := chromedp.NewContext(actx, chromedp.WithListener(func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch e := ev.(type) {
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, e.Request.URL)
		case *runtime.EventExceptionThrown:
			d := e.ExceptionDetails
			what := d.Text
			if d.Exception != nil && d.Exception.Description != "" {
				what += " " + d.Exception.Description
			}
			b.problems = append(b.problems, fmt.Sprintf("exception: %s (%s line %d)", what, d.URL, d.LineNumber+1))
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				b.problems = append(b.problems, fmt.Sprintf("console.%s", e.Type))
			}
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError || e.Entry.Level == log.EntryLevelWarning {
				b.problems = append(b.problems, fmt.Sprintf("%s %s: %s (%s)", e.Entry.Source, e.Entry.Level, e.Entry.Text, e.Entry.URL))
			}
		}
	}))
	t.Cleanup(bcancel)
	b.ctx = bctx
	// The first Run starts Chromium and enables the network, log and
	// runtime domains, whose events the listener records.
	if err := chromedp.Do(bctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return b
}

func (b *browser) seen() (requests, problems []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.requests...), append([]string(nil), b.problems...)
}

// checkQuiet fails on any page error, and on any request allowed does not
// accept.
func (b *browser) checkQuiet(t *testing.T, allowed func(u *url.URL) bool) {
	t.Helper()
	for _, v := range b.violations(allowed) {
		t.Error(v)
	}
	requests, _ := b.seen()
	t.Logf("requests made (%d): %s", len(requests), strings.Join(requests, " "))
}

// violations lists the page's errors and the requests allowed refuses.
func (b *browser) violations(allowed func(u *url.URL) bool) []string {
	requests, problems := b.seen()
	var out []string
	for _, p := range problems {
		out = append(out, "the page reported: "+p)
	}
	for _, r := range requests {
		u, err := url.Parse(r)
		if err != nil || !allowed(u) {
			out = append(out, "the page made a request it must not make: "+r)
		}
	}
	return out
}

func (b *browser) screenshot(t *testing.T, name string) {
	t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	path := filepath.Join(outDir(t), name)
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}

// program builds one of the module's examples (go run would hide its exit
// code) and returns the binary's path.
func program(t *testing.T, name string) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), name)
	build := exec.Command("go", "build", "-o", bin, "./examples/"+name)
	build.Dir = root(t)
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./examples/%s: %v\n%s", name, err, out)
	}
	return bin
}

// server runs examples/web on a free loopback port, built from this
// checkout, and returns its address.
func server(t *testing.T) *url.URL {
	t.Helper()
	dir := root(t)
	bin := program(t, "web")
	cmd := exec.Command(bin, "-addr", "127.0.0.1:0", "-q")
	cmd.Dir = dir // it builds the page's WebAssembly from this module
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("examples/web did not stop cleanly on SIGINT: %v\n%s", err, stderr.String())
			}
		case <-time.After(10 * time.Second):
			_ = cmd.Process.Kill()
			t.Error("examples/web did not stop within 10 s of SIGINT")
		}
	})
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			select {
			case line <- sc.Text():
			default:
			}
		}
	}()
	select {
	case l := <-line:
		_, rest, ok := strings.Cut(l, "web: serving ")
		addr, _, _ := strings.Cut(rest, " ")
		u, err := url.Parse(addr)
		if !ok || err != nil || u.Host == "" {
			t.Fatalf("examples/web printed %q, not its address", l)
		}
		t.Logf("examples/web serving %s (built and started in %.1f s)", u, time.Since(start).Seconds())
		return u
	case <-time.After(5 * time.Minute):
		t.Fatalf("examples/web printed no address within 5 minutes\n%s", stderr.String())
		return nil
	}
}

// expected is what the Go API computes for the files in dir.
type expected struct {
	figures map[string]string // indicator ID -> "value%: numerator of denominator"
	failing map[string]int    // rule code -> failing rows
	summary string            // "N rules: P passed, F with failures (R rows), S skipped"
}

func goAPI(t *testing.T, dir, yearName, la string) expected {
	t.Helper()
	year, err := stablehomes.ParseFinancialYear(yearName)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	opts := ssda903.LoadOptions{}
	area := "unknown-authority"
	if la != "" {
		a, err := stablehomes.LookupLA(la)
		if err != nil {
			t.Fatal(err)
		}
		opts.Metadata.LocalAuthority, area = a.GSSCode, a.GSSCode
	}
	ret, _, err := ssda903.LoadDir(ctx, os.DirFS(dir), ".", year, opts)
	if err != nil {
		t.Fatal(err)
	}
	computed, err := dashboard.Compute(ctx, ret, dashboard.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rep, err := ssda903.Validate(ctx, ret, year)
	if err != nil {
		t.Fatal(err)
	}
	e := expected{figures: map[string]string{}, failing: map[string]int{}}
	for _, m := range dashboard.Measurements(area, year, computed.Counts) {
		e.figures[string(m.Indicator)] = fmt.Sprintf("%s%%: %d of %d", m.Value, m.Numerator, m.Denominator)
	}
	failed, skipped := rep.Failed(), rep.Skipped()
	rows := 0
	for _, r := range failed {
		e.failing[r.Rule.Code] = len(r.Failures)
		rows += len(r.Failures)
	}
	e.summary = fmt.Sprintf("%d rules: %d passed, %d with failures (%d rows), %d skipped",
		len(rep.Results), len(rep.Results)-len(failed)-len(skipped), len(failed), rows, len(skipped))
	if len(e.figures) == 0 || len(rep.Results) == 0 {
		t.Fatalf("the Go API computed nothing for %s (%d figures, %d rules): the test would check nothing", dir, len(e.figures), len(rep.Results))
	}
	return e
}

// shown is what a report page shows, read from its document (doc is a
// JavaScript expression for it).
type shown struct {
	Figures []struct{ ID, Figure string }
	Rules   []string
	Summary string
	// Overlaps names each chart whose text, as the browser lays it out,
	// runs into its bar or out of the chart.
	Overlaps []string
}

func readReport(t *testing.T, b *browser, doc string) shown {
	t.Helper()
	js := `(() => { const d = ` + doc + `;
  const figures = [...d.querySelectorAll("div.ind")].map(e => {
    const dt = [...e.querySelectorAll("dt")].find(x => x.textContent === "Figure");
    return {ID: e.id, Figure: dt ? dt.nextElementSibling.textContent : ""};
  });
  const rules = [...d.querySelectorAll("h3")].map(h => h.textContent).filter(s => s.startsWith("Rule "));
  const h = [...d.querySelectorAll("h2")].find(x => x.textContent.startsWith("DfE validation rules"));
  const overlaps = [];
  for (const svg of d.querySelectorAll("div.ind svg")) {
    const width = svg.viewBox.baseVal.width;
    const texts = [...svg.querySelectorAll("text")], rects = [...svg.querySelectorAll("rect")];
    rects.forEach((r, i) => {
      const label = texts[2 * i].getBBox(), value = texts[2 * i + 1].getBBox(), bar = r.getBBox();
      if (label.x + label.width > bar.x - 2 || value.x + value.width > width) {
        overlaps.push(svg.closest("div.ind").id + " bar " + i + ": label ends at " + Math.round(label.x + label.width) + ", bar starts at " + bar.x + ", value ends at " + Math.round(value.x + value.width) + " of " + width);
      }
    });
  }
  return {Figures: figures, Rules: rules, Summary: h && h.nextElementSibling ? h.nextElementSibling.textContent : "", Overlaps: overlaps};
})()`
	s, err := chromedp.Run(b.ctx, chromedp.Evaluate[shown](js))
	if err != nil {
		t.Fatalf("reading the report: %v", err)
	}
	return s
}

var (
	figureRE  = regexp.MustCompile(`^([0-9.]+%): ([0-9,]+) of ([0-9,]+) \(numerator of denominator\)$`)
	ruleRE    = regexp.MustCompile(`^Rule (\S+): ([0-9,]+) rows$`)
	summaryRE = regexp.MustCompile(`^([0-9,]+ rules: [0-9,]+ passed, [0-9,]+ with failures \([0-9,]+ rows\), [0-9,]+ skipped)`)
)

var thousands = regexp.MustCompile(`([0-9]),([0-9]{3})`)

// plain drops the thousands separators of the numbers in s.
func plain(s string) string {
	for {
		t := thousands.ReplaceAllString(s, "$1$2")
		if t == s {
			return s
		}
		s = t
	}
}

// compare checks the report shown against the Go API's figures, failing
// rules and totals.
func compare(t *testing.T, what string, got shown, want expected) {
	t.Helper()
	for _, o := range got.Overlaps {
		t.Errorf("%s: a chart's text overlaps: %s", what, o)
	}
	figures := map[string]string{}
	for _, f := range got.Figures {
		m := figureRE.FindStringSubmatch(f.Figure)
		if m == nil {
			t.Errorf("%s: indicator %s shows %q, not a figure", what, f.ID, f.Figure)
			continue
		}
		figures[f.ID] = m[1] + ": " + plain(m[2]) + " of " + plain(m[3])
	}
	for id, w := range want.figures {
		if g, ok := figures[id]; !ok {
			t.Errorf("%s: indicator %s (Go API: %s) is not shown", what, id, w)
		} else if g != w {
			t.Errorf("%s: indicator %s shows %s; the Go API computes %s", what, id, g, w)
		}
	}
	for id := range figures {
		if _, ok := want.figures[id]; !ok {
			t.Errorf("%s: indicator %s is shown but the Go API computes no figure for it", what, id)
		}
	}
	failing := map[string]int{}
	for _, r := range got.Rules {
		m := ruleRE.FindStringSubmatch(r)
		if m == nil {
			t.Errorf("%s: heading %q is not a failing rule's", what, r)
			continue
		}
		n, _ := strconv.Atoi(plain(m[2]))
		failing[m[1]] = n
	}
	for code, w := range want.failing {
		if g, ok := failing[code]; !ok {
			t.Errorf("%s: failing rule %s (%d rows in the Go API) is not shown", what, code, w)
		} else if g != w {
			t.Errorf("%s: rule %s shows %d failing rows; the Go API finds %d", what, code, g, w)
		}
	}
	for code := range failing {
		if _, ok := want.failing[code]; !ok {
			t.Errorf("%s: rule %s is shown failing but the Go API finds it passing", what, code)
		}
	}
	if m := summaryRE.FindStringSubmatch(got.Summary); m == nil || plain(m[1]) != want.summary {
		t.Errorf("%s: the rules' summary reads %q; the Go API's totals are %q", what, got.Summary, want.summary)
	}
	t.Logf("%s: %d indicator figures and %d failing rules equal the Go API's (%s)", what, len(want.figures), len(want.failing), want.summary)
}

// sampleFiles copies the sample return's CSV files (not the peer's
// verdicts, nor the postcode lookup, which the page does not take) into a
// folder of their own, so the page and the Go API read the same files.
func sampleFiles(t *testing.T) (dir string, paths []string) {
	t.Helper()
	src := filepath.Join(root(t), sampleDir)
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".csv") || e.Name() == "postcodes.csv" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, e.Name())
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	if len(paths) < 5 {
		t.Fatalf("only %d CSV files in %s", len(paths), src)
	}
	return dir, paths
}

// generated writes a generated return of n episodes for 2024-25 as CSV
// files: the generator, seed and tables missions/dashboard's benchmarks use.
func generated(t *testing.T, n int) (dir string, paths []string) {
	t.Helper()
	ret, err := ssda903.Generate(context.Background(), ssda903.GenerateOptions{Seed: 1, Year: stablehomes.FinancialYearStarting(2024), Episodes: n})
	if err != nil {
		t.Fatal(err)
	}
	dir = t.TempDir()
	for _, id := range []ssda903.TableID{ssda903.Header, ssda903.Episodes, ssda903.UASC, ssda903.OC2, ssda903.OC3} {
		tbl := ret.Table(id)
		if tbl == nil {
			continue
		}
		var buf bytes.Buffer
		if err := tbl.WriteCSV(&buf); err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, id.String()+".csv")
		if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return dir, paths
}

// pageState is the page's state (data-state of its body) and status line.
func pageState(t *testing.T, b *browser) (state, status string) {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[[2]string](`[document.body.dataset.state, document.getElementById("status").textContent]`))
	if err != nil {
		t.Fatal(err)
	}
	return v[0], v[1]
}

// chooseAny sets the year and authority, chooses the files through the
// page's file input and waits for the page to finish; it returns the page's
// state and status line.
func chooseAny(t *testing.T, b *browser, paths []string, year, la string, limit time.Duration) (state, status string) {
	t.Helper()
	// Clear the page's state so that the wait below sees this run's end.
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.body.dataset.state = "ready"; true`)); err != nil {
		t.Fatal(err)
	}
	set := fmt.Sprintf(`document.getElementById("year").value = %s; document.getElementById("la").value = %s; document.getElementById("year").value`, strconv.Quote(year), strconv.Quote(la))
	if got, err := chromedp.Run(b.ctx, chromedp.Evaluate[string](set)); err != nil || got != year {
		t.Fatalf("choosing year %s: the page's year is %q (%v)", year, got, err)
	}
	if err := chromedp.Do(b.ctx,
		chromedp.SetUploadFiles(chromedp.ID("files"), paths),
		chromedp.Poll[chromedp.Void](`["done", "error", "failed"].includes(document.body.dataset.state)`, chromedp.WithPollingTimeout(limit), chromedp.WithPollingInterval(50*time.Millisecond)),
	); err != nil {
		t.Fatalf("waiting for the page: %v", err)
	}
	return pageState(t, b)
}

// choose sets the year and authority, chooses the files through the page's
// file input and waits for the report (or the page's error).
func choose(t *testing.T, b *browser, paths []string, year, la string, limit time.Duration) (wall time.Duration, libraryMS float64) {
	t.Helper()
	start := time.Now()
	state, status := chooseAny(t, b, paths, year, la, limit)
	wall = time.Since(start)
	libraryMS, err := chromedp.Run(b.ctx, chromedp.Evaluate[float64](`Number(document.body.dataset.ms || 0)`))
	if err != nil {
		t.Fatal(err)
	}
	if state != "done" {
		t.Fatalf("the page ended in state %q: %s", state, status)
	}
	t.Logf("status line: %s", status)
	return wall, libraryMS
}

// TestPage opens examples/web in headless Chromium, measures how long the
// page takes to be ready (its WebAssembly instantiated), chooses the
// sample return and a generated 100,000-episode return through the file
// input, and checks every figure and failing rule against the Go API. The
// page may request its own five files and nothing else.
func TestPage(t *testing.T) {
	b := newBrowser(t, 15*time.Minute)
	base := server(t)

	start := time.Now()
	if err := chromedp.Do(b.ctx,
		chromedp.Navigate(base.String()),
		chromedp.Poll[chromedp.Void](`document.body && document.body.dataset.state !== "loading"`, chromedp.WithPollingTimeout(time.Minute), chromedp.WithPollingInterval(10*time.Millisecond)),
	); err != nil {
		t.Fatalf("opening %s: %v", base, err)
	}
	wall := time.Since(start)
	state, status := pageState(t, b)
	readyMS, err := chromedp.Run(b.ctx, chromedp.Evaluate[float64](`Number(document.body.dataset.readyMs || 0)`))
	if err != nil {
		t.Fatal(err)
	}
	if state != "ready" {
		t.Fatalf("the page is %q, not ready: %s", state, status)
	}
	t.Logf("page load to ready (WebAssembly instantiated): %.0f ms by the page's clock (performance.now at the ready event), %.0f ms from Navigate", readyMS, float64(wall.Milliseconds()))
	b.screenshot(t, "page-ready.png")

	sameOrigin := ownFiles(base)

	t.Run("sample", func(t *testing.T) {
		dir, paths := sampleFiles(t)
		want := goAPI(t, dir, sampleYear, sampleLA)
		wall, ms := choose(t, b, paths, sampleYear, sampleLA, 5*time.Minute)
		t.Logf("sample return (%d CSV files, 5,050 episodes): report in %.2f s in the page (%.0f ms in the library)", len(paths), wall.Seconds(), ms)
		compare(t, "page, sample return", readReport(t, b, `document.getElementById("report").contentDocument`), want)
		b.screenshot(t, "page-sample.png")

		// Opening a failing rule's rows makes the report taller: the frame
		// must grow with it, so the report has no scroll bar of its own.
		fits := `(() => { const f = document.getElementById("report"); const e = f.contentDocument.documentElement;
  return e.scrollHeight <= f.clientHeight; })()`
		open := `document.getElementById("report").contentDocument.querySelectorAll("details").forEach(d => d.open = true); true`
		if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](open)); err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](fits, chromedp.WithPollingTimeout(10*time.Second))); err != nil {
			t.Errorf("with every list of rows open, the report does not fit its frame (it scrolls inside the page): %v", err)
		}
	})

	t.Run("long-name", func(t *testing.T) {
		// An authority with a long name: its label must fit beside its
		// bars (readReport measures the charts as Chromium lays them out).
		const la = "E06000058" // Bournemouth, Christchurch and Poole
		dir, paths := sampleFiles(t)
		want := goAPI(t, dir, sampleYear, la)
		choose(t, b, paths, sampleYear, la, 5*time.Minute)
		compare(t, "page, sample return for "+la, readReport(t, b, `document.getElementById("report").contentDocument`), want)
		b.screenshot(t, "page-long-name.png")
	})

	t.Run("refused", func(t *testing.T) {
		// The XML export of the unshifted sample, for a year its episodes
		// mostly lie outside: the page must say so, as the library does.
		xml := filepath.Join(root(t), "placements/ssda903/testdata/peer-runs/fake_xml/fake_903.xml")
		data, err := os.ReadFile(xml)
		if err != nil {
			t.Fatal(err)
		}
		_, runErr := analyse.Run(context.Background(), analyse.Request{Files: []analyse.File{{Name: "fake_903.xml", Data: data}}, Year: "2024-25"})
		if runErr == nil {
			t.Fatal("the library accepts the unshifted XML sample for 2024-25: this check needs another refused return")
		}
		state, status := chooseAny(t, b, []string{xml}, "2024-25", "", 5*time.Minute)
		if state != "error" || status != runErr.Error() {
			t.Errorf("the page is %q saying %q; want error saying %q", state, status, runErr.Error())
		}
		var hidden bool
		hidden, err = chromedp.Run(b.ctx, chromedp.Evaluate[bool](`document.getElementById("report").hidden && document.getElementById("status").className === "error"`))
		if err != nil || !hidden {
			t.Errorf("after a refusal the old report must be hidden and the status shown as an error (%v)", err)
		}
	})

	t.Run("100k", func(t *testing.T) {
		if testing.Short() {
			t.Skip("-short: no 100,000-episode return")
		}
		dir, paths := generated(t, 100_000)
		t0 := time.Now()
		want := goAPI(t, dir, "2024-25", "")
		native := time.Since(t0)
		wall, ms := choose(t, b, paths, "2024-25", "", 10*time.Minute)
		t.Logf("100,000-episode return: report in %.2f s in the page (%.2f s in the library: load, indicators, validation); the same in native Go here %.2f s", wall.Seconds(), ms/1000, native.Seconds())
		compare(t, "page, 100,000 episodes", readReport(t, b, `document.getElementById("report").contentDocument`), want)
	})

	b.checkQuiet(t, sameOrigin)
}

// ownFiles allows the page's own files at base, and data: and about: URLs,
// which never leave the browser.
func ownFiles(base *url.URL) func(u *url.URL) bool {
	return func(u *url.URL) bool {
		return u.Scheme == base.Scheme && u.Host == base.Host && pageFiles[u.Path] && u.RawQuery == "" ||
			u.Scheme == "data" || u.String() == "about:srcdoc" || u.String() == "about:blank"
	}
}

// TestRecorderSeesOutsideRequests shows that the checks above can fail:
// a request the page's script makes to another origin (blocked by the
// page's Content-Security-Policy, as it must be), a file of the server's
// origin that is not one of the page's, and a script error are each
// reported. 192.0.2.1 is TEST-NET-1 (RFC 5737): no request can reach it.
func TestRecorderSeesOutsideRequests(t *testing.T) {
	b := newBrowser(t, 5*time.Minute)
	base := server(t)
	if err := chromedp.Do(b.ctx,
		chromedp.Navigate(base.String()),
		chromedp.Poll[chromedp.Void](`document.body && document.body.dataset.state === "ready"`, chromedp.WithPollingTimeout(time.Minute)),
	); err != nil {
		t.Fatal(err)
	}
	script := `fetch("http://192.0.2.1/upload", {method: "POST", body: "x"}).catch(() => {});
fetch("/go.mod").catch(() => {});
setTimeout(() => { throw new Error("deliberate") }, 0);
true`
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](script)); err != nil {
		t.Fatal(err)
	}
	want := []string{"192.0.2.1", "/go.mod", "deliberate"}
	deadline := time.Now().Add(10 * time.Second)
	for {
		v := strings.Join(b.violations(ownFiles(base)), "\n")
		missing := 0
		for _, w := range want {
			if !strings.Contains(v, w) {
				missing++
			}
		}
		if missing == 0 {
			t.Logf("reported, as they must be:\n%s", v)
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the recorder did not report all of %q; it reported:\n%s", want, v)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestHTMLReport writes the sample return's report with examples/dashboard
// -html, opens the file in headless Chromium and checks its figures and
// failing rules against the Go API. The file must make no request at all
// (beyond Chromium opening the file itself).
func TestHTMLReport(t *testing.T) {
	b := newBrowser(t, 10*time.Minute)
	dir, _ := sampleFiles(t)
	want := goAPI(t, dir, sampleYear, sampleLA)
	out := filepath.Join(outDir(t), "dashboard.html")
	cmd := exec.Command(program(t, "dashboard"), "-year", sampleYear, "-la", sampleLA, "-q", "-html", out, dir)
	msg, err := cmd.CombinedOutput()
	var exit *exec.ExitError
	if err != nil && !(errors.As(err, &exit) && exit.ExitCode() == 1) { // 1: rules failed, as they do for the sample
		t.Fatalf("examples/dashboard -html: %v\n%s", err, lastLines(msg, 5))
	}
	t.Logf("report written: %s", out)
	file := url.URL{Scheme: "file", Path: out}
	if err := chromedp.Do(b.ctx, chromedp.Navigate(file.String()), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("opening %s: %v", file.String(), err)
	}
	compare(t, "dashboard -html, sample return", readReport(t, b, `document`), want)
	b.screenshot(t, "dashboard-html.png")
	b.checkQuiet(t, func(u *url.URL) bool { return u.String() == file.String() })
}

// lastLines is the end of a program's output.
func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}
