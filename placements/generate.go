package placements

//go:generate go run -tags schemagen ./internal/genschemas
