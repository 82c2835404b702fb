//go:build js && wasm

// Command wasm is the page of examples/web: this library compiled to
// WebAssembly (GOOS=js GOARCH=wasm). It puts one object on the page,
// globalThis.stablehomes, with
//
//	years      the collection years held, e.g. ["2022-23", ..., "2026-27"]
//	run(names, datas, year, la) -> {html, ms} or {error}
//
// where names are the chosen files' names and datas their bytes
// (Uint8Array). Everything happens in the browser: nothing is sent anywhere.
package main

import (
	"context"
	"syscall/js"

	"github.com/stablehomes/stablehomes/examples/web/internal/analyse"
	"github.com/stablehomes/stablehomes/internal/report"
)

func main() {
	var years []any
	for _, y := range report.YearNames() {
		years = append(years, y)
	}
	api := js.Global().Get("Object").New()
	api.Set("years", js.ValueOf(years))
	api.Set("run", js.FuncOf(run))
	js.Global().Set("stablehomes", api)
	js.Global().Call("dispatchEvent", js.Global().Get("Event").New("stablehomes-ready"))
	select {} // keep the functions alive for the page's lifetime
}

func run(_ js.Value, args []js.Value) any {
	if len(args) != 4 {
		return map[string]any{"error": "run takes names, datas, year and authority"}
	}
	names, datas := args[0], args[1]
	req := analyse.Request{Year: args[2].String(), LA: args[3].String()}
	for i := 0; i < names.Length(); i++ {
		d := datas.Index(i)
		b := make([]byte, d.Get("length").Int())
		js.CopyBytesToGo(b, d)
		req.Files = append(req.Files, analyse.File{Name: names.Index(i).String(), Data: b})
	}
	out, err := analyse.Run(context.Background(), req)
	if err != nil {
		return map[string]any{"error": err.Error()}
	}
	return map[string]any{"html": string(out.HTML), "ms": float64(out.Elapsed.Microseconds()) / 1000}
}
