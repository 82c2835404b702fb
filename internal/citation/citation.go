package citation

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"sync"
)

// Host is one entry of the allowed list: a host (matching it and its
// subdomains) or a host and a first path segment ("github.com/DFE-Digital"),
// the kind of publisher and why it may be cited.
type Host struct {
	Pattern       string
	Kind          string
	Justification string
}

// Exception reports whether the host is allowed only as a named exception
// (trade press, a charity) rather than as a primary publisher.
func (h Host) Exception() bool { return h.Kind == "exception" }

//go:embed allowed_hosts.csv
var hostsCSV string

var hosts = sync.OnceValue(func() []Host {
	rows, err := csv.NewReader(strings.NewReader(hostsCSV)).ReadAll()
	if err != nil || len(rows) < 2 || strings.Join(rows[0], ",") != "host,kind,justification" {
		panic("citation: allowed_hosts.csv must have the header host,kind,justification")
	}
	var out []Host
	for _, r := range rows[1:] {
		out = append(out, Host{Pattern: r[0], Kind: r[1], Justification: r[2]})
	}
	return out
})

// Hosts returns the allowed list, in file order.
func Hosts() []Host { return append([]Host(nil), hosts()...) }

// ErrHostNotAllowed is wrapped by the error Check returns for a URL whose
// host is not on the list.
var ErrHostNotAllowed = errors.New("host is not on the list of allowed sources")

// HostOf returns the entry that allows a URL, if any. Path-qualified
// entries (github.com/owner) are matched before host-only ones; a host
// entry matches the host and its subdomains, never a look-alike
// ("evilgov.uk").
func HostOf(raw string) (Host, bool) {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return Host{}, false
	}
	host := strings.ToLower(strings.TrimPrefix(u.Hostname(), "www."))
	first := strings.SplitN(strings.TrimPrefix(u.Path, "/"), "/", 2)[0]
	for _, h := range hosts() {
		pat, path, hasPath := strings.Cut(h.Pattern, "/")
		if !hasPath {
			continue
		}
		if host == pat && strings.EqualFold(first, path) {
			return h, true
		}
	}
	for _, h := range hosts() {
		if strings.Contains(h.Pattern, "/") {
			continue
		}
		p := strings.ToLower(h.Pattern)
		if host == p || strings.HasSuffix(host, "."+p) {
			return h, true
		}
	}
	return Host{}, false
}

// Check returns nil when a URL's host is on the allowed list, else an error
// wrapping ErrHostNotAllowed that names the host.
func Check(raw string) error {
	if _, ok := HostOf(raw); ok {
		return nil
	}
	h := raw
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		h = u.Host
	}
	return fmt.Errorf("citation: %s: %w", h, ErrHostNotAllowed)
}

var urlRE = regexp.MustCompile(`https?://[^\s"'()<>\x60\\]+`)

// URLs returns the URLs in a text, without trailing punctuation.
func URLs(text string) []string {
	var out []string
	for _, u := range urlRE.FindAllString(text, -1) {
		out = append(out, strings.TrimRight(u, ".,;:!?]}"))
	}
	return out
}

// fileRE finds names of files a text cites: a Markdown document anywhere
// ("policy.md §7"), and paths with a directory to a data or source file
// ("data/ssda903_fields.csv").
var (
	mdRE   = regexp.MustCompile(`[A-Za-z0-9_./-]*[A-Za-z0-9_-]\.md\b`)
	pathRE = regexp.MustCompile(`\b[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)*/[A-Za-z0-9_.-]+\.(?:csv|json|go|tsv|txt)\b`)
)

// FileRefs returns the files a text names, leaving out those inside URLs.
func FileRefs(text string) []string {
	text = urlRE.ReplaceAllString(text, " ")
	var out []string
	out = append(out, mdRE.FindAllString(text, -1)...)
	out = append(out, pathRE.FindAllString(text, -1)...)
	return out
}
