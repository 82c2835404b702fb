package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/stablehomes/stablehomes/internal/cli"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Stdout, os.Stderr, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, stdout, stderr io.Writer, args []string) int {
	c := cli.New("web", "[-addr 127.0.0.1:8903] [-q]", stderr,
		"Serves, on this machine only, a page that validates an SSDA903 return and shows its indicators: the same",
		"report as examples/dashboard -html, computed in the browser by the library compiled to WebAssembly.",
		"The files the analyst chooses never leave the browser. Stop it with Ctrl-C.")
	c.Exits("the server was stopped (Ctrl-C or SIGTERM)", "not used")
	addr := c.Flags.String("addr", "127.0.0.1:8903", "address to listen on: a loopback host (127.0.0.1, [::1] or localhost) and a port; port 0 picks a free one")
	quiet := c.Flags.Bool("q", false, "no progress on standard error while the page's WebAssembly is built")
	if code, done := c.Parse(args); done {
		return code
	}
	if code, done := c.NoArgs(); done {
		return code
	}
	if err := loopback(*addr); err != nil {
		return c.Usagef("-addr %s: %v", *addr, err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return c.Errorf("-addr %s: cannot listen: %v", *addr, errors.Unwrap(err))
	}
	defer ln.Close()

	progress := cli.NewProgress(stderr, *quiet)
	progress.Printf("building the page's WebAssembly (GOOS=js GOARCH=wasm; about 20 s the first time)")
	a, err := build(ctx)
	progress.Done()
	if err != nil {
		if ctx.Err() != nil {
			return cli.ExitOK
		}
		return c.Errorf("%v", err)
	}
	srv := &http.Server{Handler: newHandler(a), ReadHeaderTimeout: 10 * time.Second}
	page := url.URL{Scheme: "http", Host: ln.Addr().String(), Path: "/"}
	fmt.Fprintf(stdout, "web: serving %s (the WebAssembly is %s MB); Ctrl-C stops\n", page.String(), cli.Count(len(a.Wasm)>>20))
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	select {
	case err := <-served:
		return c.Errorf("serving: %v", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return c.Errorf("stopping: %v", err)
	}
	return cli.ExitOK
}

// loopback refuses an address other machines could reach: the page is for
// the analyst's own browser.
func loopback(addr string) error {
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		return err
	}
	if port == "" {
		return errors.New("no port")
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		return nil
	}
	return errors.New("not a loopback address: the page is served to this machine only (give 127.0.0.1:PORT, [::1]:PORT or localhost:PORT)")
}
