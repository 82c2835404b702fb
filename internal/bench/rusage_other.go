//go:build !unix

package main

import "time"

// processCPU is not measured here: the SSDA903 table shows 0.
func processCPU() time.Duration { return 0 }
