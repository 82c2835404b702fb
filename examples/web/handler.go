package main

import (
	"bytes"
	"net/http"
	"time"
)

// policy is the page's Content-Security-Policy: scripts, the WebAssembly
// and any fetch only from the page's own origin; styles inline (the
// report's own); images only as data: URLs; no form may be sent anywhere.
// With it the browser itself refuses any request that would leave the
// machine.
const policy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'"

type served struct {
	name, contentType string
	data              []byte
}

// newHandler serves the page's own files and nothing else: GET or HEAD of
// /, /index.html, /app.js, /wasm_exec.js and /stablehomes.wasm.
func newHandler(a assets) http.Handler {
	index := served{"index.html", "text/html; charset=utf-8", a.Index}
	files := map[string]served{
		"/":                 index,
		"/index.html":       index,
		"/app.js":           {"app.js", "text/javascript; charset=utf-8", a.App},
		"/wasm_exec.js":     {"wasm_exec.js", "text/javascript; charset=utf-8", a.WasmExec},
		"/stablehomes.wasm": {"stablehomes.wasm", "application/wasm", a.Wasm},
	}
	started := time.Now()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		h := w.Header()
		h.Set("Content-Type", f.contentType)
		h.Set("Content-Security-Policy", policy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("Cache-Control", "no-cache")
		http.ServeContent(w, r, f.name, started, bytes.NewReader(f.data))
	})
}
