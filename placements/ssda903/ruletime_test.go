package ssda903

import (
	"cmp"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// TestRuleTimes prints the rules that take longest on a generated return
// (process CPU time on one core, which other processes on a shared machine
// disturb less than wall time), each timed in turn with the shared views one Validate call builds (so a
// view is charged to the first rule that asks for it). It runs only when
// SSDA903_RULE_TIMES is set to a number of episodes:
//
//	SSDA903_RULE_TIMES=100000 go test -run TestRuleTimes -v ./placements/ssda903/
func TestRuleTimes(t *testing.T) {
	n, err := strconv.Atoi(os.Getenv("SSDA903_RULE_TIMES"))
	if err != nil || n <= 0 {
		t.Skip("set SSDA903_RULE_TIMES to a number of episodes")
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	ret := noisy(42, n, 2)
	in := newInputs(ret, ret.Year)
	type timing struct {
		code string
		d    time.Duration
	}
	var ts []timing
	var total time.Duration
	for _, r := range rulesFor(ret.Year) {
		skip := false
		for _, nd := range r.needs {
			if nd.missing(ret) != "" {
				skip = true
			}
		}
		if skip {
			continue
		}
		start := cpuTime()
		c := &Check{inputs: in}
		r.check(c)
		normalise(ret, c.fails)
		d := cpuTime() - start
		total += d
		ts = append(ts, timing{r.Code, d})
	}
	slices.SortFunc(ts, func(a, b timing) int { return cmp.Compare(b.d, a.d) })
	fmt.Printf("%d rules ran, total %v\n", len(ts), total)
	for _, x := range ts[:min(30, len(ts))] {
		fmt.Printf("%-8s %8.2f ms\n", x.code, float64(x.d.Microseconds())/1000)
	}
}

// cpuTime is the CPU time the process has used (user and system).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
