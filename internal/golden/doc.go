// Package golden compares an example program's output with its golden
// file, rewritten only when the test runs with -update.
package golden
