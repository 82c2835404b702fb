package cli

import (
	"bytes"
	"io"
	"io/fs"
	"os"
	"sync/atomic"
)

// CountingFS wraps a file system so that the lines read from each file can
// be shown as progress while a library function reads the folder. OnRead
// receives the file's name and the lines read from it so far.
type CountingFS struct {
	FS     fs.FS
	OnRead func(name string, lines int64)
}

// Open opens name and counts the line breaks read from it.
func (c CountingFS) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil || c.OnRead == nil {
		return f, err
	}
	return &countingFile{File: f, name: name, on: c.OnRead}, nil
}

// ReadDir lists a directory of the wrapped file system.
func (c CountingFS) ReadDir(name string) ([]fs.DirEntry, error) { return fs.ReadDir(c.FS, name) }

type countingFile struct {
	fs.File
	name  string
	lines atomic.Int64
	on    func(string, int64)
}

func (f *countingFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	if k := int64(bytes.Count(p[:n], []byte{'\n'})); k > 0 {
		f.on(f.name, f.lines.Add(k))
	}
	return n, err
}

var _ io.Reader = (*countingFile)(nil)

// OSFS opens operating-system paths exactly as the user gave them
// (relative to the working directory, or absolute), for library functions
// that read named files from an fs.FS. Unlike os.DirFS it accepts any path
// the operating system does.
type OSFS struct{}

// Open opens the path with os.Open.
func (OSFS) Open(name string) (fs.File, error) { return os.Open(name) }
