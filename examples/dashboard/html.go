package main

import (
	"bufio"
	"os"

	"github.com/stablehomes/stablehomes/internal/report"
)

// writeHTMLFile writes the report page (internal/report, the same page
// examples/web computes in the browser) to the file name.
func writeHTMLFile(name string, r result) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	if err := report.WriteHTML(w, r.forReport()); err != nil {
		f.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func (r result) forReport() report.Result {
	return report.Result{Label: r.label, By: "examples/dashboard -html", Year: r.year, Area: r.area, Return: r.ret, Load: r.load, Computed: r.computed, Report: r.report}
}
