package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"

	"github.com/stablehomes/stablehomes"
	"github.com/stablehomes/stablehomes/placements/ssda903"
)

// The SSDA903 part: a generated return of n episodes (ssda903.Generate, seed
// 42, 2024-25) is written as the CSV files an authority submits; then, for
// each round, a fresh process reads them with ssda903.LoadDir and validates
// them with every rule of the year on one core (GOMAXPROCS 1), as a user's
// program would. The process reports the CPU time and the bytes allocated by
// Validate alone, and its own peak resident set (read and validation).

var ssdaYear = stablehomes.FinancialYearStarting(2024)

// prepareReturn writes the generated return's tables as CSV files in dir.
func prepareReturn(n int, dir string) error {
	ret, err := ssda903.Generate(context.Background(), ssda903.GenerateOptions{Seed: 42, Year: ssdaYear, Episodes: n})
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, id := range ssda903.Tables() {
		t := ret.Table(id)
		if t == nil {
			continue
		}
		f, err := os.Create(filepath.Join(dir, id.String()+".csv"))
		if err != nil {
			return err
		}
		err = t.WriteCSV(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// validateOnce is the child process's work: read dir, validate, and print
// "cpu-seconds allocated-bytes rules rows".
func validateOnce(dir string) error {
	runtime.GOMAXPROCS(1)
	ret, _, err := ssda903.LoadDir(context.Background(), os.DirFS(dir), ".", ssdaYear, ssda903.LoadOptions{})
	if err != nil {
		return err
	}
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cpu := processCPU()
	rep, err := ssda903.Validate(context.Background(), ret, ssdaYear)
	if err != nil {
		return err
	}
	cpu = processCPU() - cpu
	runtime.ReadMemStats(&after)
	fmt.Printf("%.3f %d %d %d %d\n", cpu.Seconds(), after.TotalAlloc-before.TotalAlloc, len(rep.Results), ret.Rows(), peakRSS())
	return nil
}

// peakRSS is this process's peak resident set in bytes, from Linux's
// /proc/self/status (VmHWM, which starts afresh when a program is
// executed; the rusage of a child also counts what its parent held when it
// forked); 0 where that is not available.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			f := strings.Fields(rest)
			if len(f) == 2 && f[1] == "kB" {
				if kb, err := strconv.ParseInt(f[0], 10, 64); err == nil {
					return kb * 1024
				}
			}
		}
	}
	return 0
}

// ssdaResult is one child's report.
type ssdaResult struct {
	cpu          float64
	alloc, rules int64
	rows         int64
	maxRSS       int64 // bytes
}

// runValidateChild runs validateOnce on dir in a fresh process.
func runValidateChild(dir string) (ssdaResult, error) {
	self, err := os.Executable()
	if err != nil {
		return ssdaResult{}, err
	}
	cmd := exec.Command(self, "-ssda903-validate", dir)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return ssdaResult{}, fmt.Errorf("validating %s: %w", dir, err)
	}
	f := strings.Fields(string(out))
	if len(f) != 5 {
		return ssdaResult{}, fmt.Errorf("validating %s: unexpected output", dir)
	}
	var r ssdaResult
	r.cpu, err = strconv.ParseFloat(f[0], 64)
	for i, p := range []*int64{&r.alloc, &r.rules, &r.rows, &r.maxRSS} {
		if err == nil {
			*p, err = strconv.ParseInt(f[i+1], 10, 64)
		}
	}
	return r, err
}

// benchSSDA903 prepares each size under out and prints the SSDA903 table:
// medians of rounds fresh processes per size.
func benchSSDA903(sizes []int, rounds int, out string) error {
	type row struct {
		n   int
		res []ssdaResult
	}
	var rows []row
	for _, n := range sizes {
		dir := filepath.Join(out, fmt.Sprintf("ssda903-%d", n))
		fmt.Fprintf(os.Stderr, "bench: writing a generated return of %d episodes\n", n)
		if err := prepareReturn(n, dir); err != nil {
			return err
		}
		rows = append(rows, row{n: n})
	}
	for round := range rounds {
		for i := range rows {
			fmt.Fprintf(os.Stderr, "bench: SSDA903 round %d of %d, %d episodes\n", round+1, rounds, rows[i].n)
			r, err := runValidateChild(filepath.Join(out, fmt.Sprintf("ssda903-%d", rows[i].n)))
			if err != nil {
				return err
			}
			rows[i].res = append(rows[i].res, r)
		}
	}
	fmt.Printf("\nSSDA903 (2024-25), a generated return read from CSV and validated with every rule of the year, one core, a fresh process per run, median of %d\n\n", rounds)
	fmt.Println("| episodes | `Validate`, CPU time | peak RSS (read + validate) | allocated by `Validate` |")
	fmt.Println("|---|---|---|---|")
	var prev float64
	for _, r := range rows {
		cpu := median(pick(r.res, func(x ssdaResult) float64 { return x.cpu }))
		rss := median(pick(r.res, func(x ssdaResult) float64 { return float64(x.maxRSS) }))
		alloc := median(pick(r.res, func(x ssdaResult) float64 { return float64(x.alloc) }))
		growth := ""
		if prev > 0 {
			growth = fmt.Sprintf(" (×%.1f)", cpu/prev)
		}
		peak := "–"
		if rss > 0 {
			peak = fmt.Sprintf("%.0f MB", rss/1e6)
		}
		fmt.Printf("| %s | %.2f s%s, %d rules | %s | %.0f MB |\n", thousands(r.n), cpu, growth, r.res[0].rules, peak, alloc/1e6)
		prev = cpu
	}
	return nil
}

func pick(rs []ssdaResult, f func(ssdaResult) float64) []float64 {
	out := make([]float64, len(rs))
	for i, r := range rs {
		out[i] = f(r)
	}
	return out
}

// thousands writes n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
