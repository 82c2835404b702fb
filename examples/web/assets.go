package main

import (
	"bytes"
	"context"
	"embed"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// The page's own files; the WebAssembly and wasm_exec.js are added at run
// time (build).
//
//go:embed static/index.html static/app.js
var static embed.FS

// wasmPackage is the page's program, built with GOOS=js GOARCH=wasm.
const wasmPackage = "github.com/stablehomes/stablehomes/examples/web/internal/wasm"

// assets are the four files the server serves, in memory.
type assets struct {
	Index, App, WasmExec, Wasm []byte
}

// build compiles the page's WebAssembly into a temporary folder (removed
// before it returns) and reads wasm_exec.js from the Go distribution the
// go command belongs to. It must run inside this module.
func build(ctx context.Context) (assets, error) {
	var a assets
	var err error
	if a.Index, err = static.ReadFile("static/index.html"); err != nil {
		return a, err
	}
	if a.App, err = static.ReadFile("static/app.js"); err != nil {
		return a, err
	}
	gocmd, err := exec.LookPath("go")
	if err != nil {
		return a, errors.New("the go command is needed to build the page's WebAssembly, and is not on PATH")
	}
	goroot, err := goOutput(ctx, gocmd, "env", "GOROOT")
	if err != nil {
		return a, err
	}
	if a.WasmExec, err = wasmExec(goroot); err != nil {
		return a, err
	}
	tmp, err := os.MkdirTemp("", "stablehomes-web-")
	if err != nil {
		return a, err
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "stablehomes.wasm")
	// -s -w: no symbol table or DWARF, a smaller file for the page to load.
	cmd := exec.CommandContext(ctx, gocmd, "build", "-trimpath", "-ldflags=-s -w", "-o", out, wasmPackage)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return a, fmt.Errorf("building the page's WebAssembly (GOOS=js GOARCH=wasm go build %s) failed: %v; run it from inside the stablehomes module (go run ./examples/web)\n%s", wasmPackage, err, strings.TrimSpace(stderr.String()))
	}
	a.Wasm, err = os.ReadFile(out)
	return a, err
}

// wasmExec reads the Go distribution's JavaScript support for js/wasm:
// lib/wasm since Go 1.24, misc/wasm before.
func wasmExec(goroot string) ([]byte, error) {
	for _, dir := range []string{"lib", "misc"} {
		b, err := os.ReadFile(filepath.Join(goroot, dir, "wasm", "wasm_exec.js"))
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, os.ErrNotExist) {
			return nil, err
		}
	}
	return nil, fmt.Errorf("wasm_exec.js is in neither lib/wasm nor misc/wasm of GOROOT %s", goroot)
}

func goOutput(ctx context.Context, gocmd string, args ...string) (string, error) {
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, gocmd, args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(string(out)), nil
}
