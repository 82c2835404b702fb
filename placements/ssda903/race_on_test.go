//go:build race

package ssda903

// raceEnabled: the race detector slows code 5 to 20 times, so the
// cancellation tests check the error but not the latency under it; .ci/run
// runs them again without the detector to check the 100 ms.
const raceEnabled = true
