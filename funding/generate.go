package funding

//go:generate go run ./internal/genschemas
