package placements

//go:generate go run ./internal/genschemas
