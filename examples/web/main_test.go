package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/stablehomes/stablehomes/internal/cli"
)

// testAssets stand for the built files; their bytes tell them apart.
var testAssets = assets{
	Index:    []byte("<!DOCTYPE html><title>index</title>"),
	App:      []byte("// app.js"),
	WasmExec: []byte("// wasm_exec.js"),
	Wasm:     []byte("\x00asm\x01\x00\x00\x00"),
}

func TestHandlerServesTheFiveFiles(t *testing.T) {
	srv := httptest.NewServer(newHandler(testAssets))
	defer srv.Close()
	for _, tc := range []struct {
		path, contentType string
		body              []byte
	}{
		{"/", "text/html; charset=utf-8", testAssets.Index},
		{"/index.html", "text/html; charset=utf-8", testAssets.Index},
		{"/app.js", "text/javascript; charset=utf-8", testAssets.App},
		{"/wasm_exec.js", "text/javascript; charset=utf-8", testAssets.WasmExec},
		{"/stablehomes.wasm", "application/wasm", testAssets.Wasm},
	} {
		resp, err := http.Get(srv.URL + tc.path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("GET %s: %d, want 200", tc.path, resp.StatusCode)
		}
		if got := resp.Header.Get("Content-Type"); got != tc.contentType {
			t.Errorf("GET %s: Content-Type %q, want %q", tc.path, got, tc.contentType)
		}
		if got := resp.Header.Get("Content-Security-Policy"); got != policy {
			t.Errorf("GET %s: Content-Security-Policy %q, want %q", tc.path, got, policy)
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", tc.path, got)
		}
		if !bytes.Equal(body, tc.body) {
			t.Errorf("GET %s: body %q, want %q", tc.path, body, tc.body)
		}
	}
}

func TestHandlerRefusesEverythingElse(t *testing.T) {
	srv := httptest.NewServer(newHandler(testAssets))
	defer srv.Close()
	for _, path := range []string{
		"/favicon.ico", "/static/app.js", "/static/index.html", "/index.htm", "/app.js/", "/stablehomes.wasm.map",
		"/go.mod", "/main.go", "/..%2fgo.mod", "/%2e%2e/go.mod", "//app.js", "/APP.JS", "/wasm/",
	} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		// net/http may first redirect a path it cleans ("//app.js"); the
		// client follows, so what counts is where it ends.
		if resp.StatusCode != http.StatusNotFound && resp.Request.URL.Path == path {
			t.Errorf("GET %s: %d, want 404", path, resp.StatusCode)
		}
		for _, a := range [][]byte{testAssets.App, testAssets.WasmExec, testAssets.Wasm} {
			if resp.Request.URL.Path == path && bytes.Contains(body, a) {
				t.Errorf("GET %s served one of the page's files", path)
			}
		}
	}
	for _, method := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodOptions} {
		req, _ := http.NewRequest(method, srv.URL+"/", strings.NewReader("x"))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /: %d (Allow %q), want 405 with Allow: GET, HEAD", method, resp.StatusCode, resp.Header.Get("Allow"))
		}
	}
}

func TestHandlerHead(t *testing.T) {
	rec := httptest.NewRecorder()
	newHandler(testAssets).ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/stablehomes.wasm", nil))
	if rec.Code != http.StatusOK || rec.Body.Len() != 0 || rec.Header().Get("Content-Security-Policy") != policy {
		t.Errorf("HEAD /stablehomes.wasm: %d, %d bytes, CSP %q", rec.Code, rec.Body.Len(), rec.Header().Get("Content-Security-Policy"))
	}
}

// The policy must keep the page to its own origin.
func TestPolicy(t *testing.T) {
	for _, want := range []string{"default-src 'none'", "connect-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "form-action 'none'"} {
		if !strings.Contains(policy, want) {
			t.Errorf("the policy lacks %q: %s", want, policy)
		}
	}
	if strings.Contains(policy, "*") || strings.Contains(policy, "http") {
		t.Errorf("the policy names another origin: %s", policy)
	}
}

func TestLoopback(t *testing.T) {
	for _, addr := range []string{"127.0.0.1:8903", "127.0.0.1:0", "127.1.2.3:80", "[::1]:8903", "localhost:8903"} {
		if err := loopback(addr); err != nil {
			t.Errorf("loopback(%q): %v, want accepted", addr, err)
		}
	}
	for _, addr := range []string{":8903", "0.0.0.0:8903", "[::]:8903", "192.168.1.10:8903", "10.0.0.1:80", "example.com:8903", "127.0.0.1", "127.0.0.1:", "localhost"} {
		if err := loopback(addr); err == nil {
			t.Errorf("loopback(%q) accepted, want refused", addr)
		}
	}
}

// run refuses a non-loopback address, and arguments, before it builds or
// listens anything.
func TestRunRefuses(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-addr", "0.0.0.0:8903"}, "not a loopback address"},
		{[]string{"-addr", ":8903"}, "not a loopback address"},
		{[]string{"-addr", "192.168.1.10:8903"}, "not a loopback address"},
		{[]string{"extra"}, "takes no arguments"},
		{[]string{"-bogus"}, "-bogus"},
	} {
		var stdout, stderr bytes.Buffer
		if code := run(context.Background(), &stdout, &stderr, tc.args); code != cli.ExitUsage {
			t.Errorf("web %v: exit %d, want %d", tc.args, code, cli.ExitUsage)
		}
		if !strings.Contains(stderr.String(), tc.want) || stdout.Len() != 0 {
			t.Errorf("web %v: stderr %q (want it to mention %q), stdout %q (want nothing)", tc.args, stderr.String(), tc.want, stdout.String())
		}
	}
}
