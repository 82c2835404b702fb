package ssda903

import (
	"context"
	"fmt"
	"io/fs"
)

// loadXMLFile reads one XML return into ret (see ReadXML).
func loadXMLFile(ctx context.Context, fsys fs.FS, file string, ret *Return, rep *LoadReport, opts LoadOptions) error {
	return fmt.Errorf("ssda903: %s: XML returns are not read yet", file)
}
