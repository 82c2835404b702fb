//go:build !unix

package main

import (
	"os"
	"time"
)

// processCPU is not measured here: the SSDA903 table shows 0.
func processCPU() time.Duration { return 0 }

// maxRSS is not measured here.
func maxRSS(*os.ProcessState) int64 { return 0 }
