package workforce

//go:generate go run ./internal/genschemas
