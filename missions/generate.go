package missions

//go:generate go run ./internal/genschemas
