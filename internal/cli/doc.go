// Package cli is the one code path every program under examples/ follows,
// so that they behave alike for the people who run them:
//
//   - exit 0 when the input was read and nothing was rejected or failed,
//     1 when records were rejected or rules failed, 2 for a usage or input
//     error (no such file, nothing readable, a year or type not held);
//   - usage and errors on standard error, results on standard output;
//   - -h documents every flag and positional argument and exits 0;
//   - a program that takes no positional arguments refuses them;
//   - a path that cannot be read is named exactly as the user gave it;
//   - long work shows progress on standard error only when it is a
//     terminal, and never with -q;
//   - counts are written with thousands separators.
//
// The README's "Running the programs" section states the same convention.
package cli
