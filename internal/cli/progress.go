package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"
)

// IsTerminal reports whether f is an interactive terminal: a character
// device other than the null device. It needs no system call beyond Stat,
// so it builds for every platform (a redirection to a file or a pipe is
// never a terminal).
func IsTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// Progress writes a one-line status to a terminal, rewritten in place, at
// most a few times a second and only once the work has lasted Delay: quick
// runs stay silent. Its zero value and a nil *Progress write nothing, so
// callers never test whether progress is wanted.
type Progress struct {
	w     io.Writer
	start time.Time
	mu    sync.Mutex
	last  time.Time
	shown bool
}

// Delay is how long work runs before progress is shown.
const Delay = time.Second

// NewProgress returns a Progress writing to stderr when it is a terminal
// and quiet is false, and nil otherwise.
func NewProgress(stderr io.Writer, quiet bool) *Progress {
	if quiet {
		return nil
	}
	f, ok := stderr.(*os.File)
	if !ok || !IsTerminal(f) {
		return nil
	}
	return &Progress{w: stderr, start: time.Now()}
}

// Printf replaces the status line, if enough time has passed.
func (p *Progress) Printf(format string, a ...any) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < Delay || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	fmt.Fprintf(p.w, "\r\x1b[K%s", fmt.Sprintf(format, a...))
}

// Done clears the status line, if one was shown.
func (p *Progress) Done() {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.shown = false
	}
}
