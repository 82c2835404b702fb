// Command web serves, on this machine only, a page that validates an
// SSDA903 children looked after return and shows the reform's indicators
// from it: the same report as examples/dashboard -html, computed in the
// browser by this library compiled to WebAssembly.
//
//	go run ./examples/web                    # then open http://127.0.0.1:8903/
//	go run ./examples/web -addr 127.0.0.1:0  # any free port (the address is printed)
//
// The analyst chooses the return's files (CSV files, or one XML file) with
// the page's file input; the page reads them in memory and hands them to
// the library (ssda903.LoadDir, ssda903.Validate, dashboard.Compute and
// the report's html/template, internal/report). Nothing is uploaded: the
// server serves only the page's own four files (index.html, app.js,
// wasm_exec.js from the Go distribution, stablehomes.wasm), and the page's
// Content-Security-Policy forbids any other request. The browser test in
// browsertest (a module of its own, so the library does not depend on
// chromedp) checks both in headless Chromium, and that the page's figures
// and failing rules equal the Go API's:
//
//	cd examples/web/browsertest && go test -v ./   # skips without Chromium
//
// At start the program builds the page's WebAssembly with the go command
// (GOOS=js GOARCH=wasm go build ./examples/web/internal/wasm) into a
// temporary folder, so it must run inside this module; the build takes
// about 20 s the first time and a second or two once Go's build cache holds
// it. It serves until interrupted (Ctrl-C), then exits 0; a usage error, an
// address it cannot listen on or a failed build exits 2.
package main
