// Command goproxy writes one module version into a file-system GOPROXY (the GOPROXY protocol's
// list, .info, .mod and .zip files), taking the module from a git revision exactly as the Go module
// proxy takes it from a tag on GitHub: golang.org/x/mod/zip.CreateFromVCS is the same code path,
// so a module the go command would refuse (bad paths, files over the size limits) fails here too.
// The release build writes it from HEAD (the module zip it verifies before publishing anything);
// the dry run's consumer reads it written from the pushed tag.
//
// Usage: go run . -repo DIR -rev sdks/go/v1.2.3 -version v1.2.3 -subdir sdks/go -module github.com/x/y/sdks/go -out DIR
package main

import (
	"encoding/json"
	"flag"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

func main() {
	repo := flag.String("repo", "", "git repository holding the tag")
	rev := flag.String("rev", "", "git revision holding the module: the release tag, or HEAD before it exists")
	versionFlag := flag.String("version", "", "module version, vX.Y.Z")
	subdir := flag.String("subdir", "", "the module's folder in the repository")
	modulePath := flag.String("module", "", "module path")
	out := flag.String("out", "", "GOPROXY folder to write into")
	flag.Parse()

	version := *versionFlag
	mv := module.Version{Path: *modulePath, Version: version}
	if err := module.Check(mv.Path, mv.Version); err != nil {
		log.Fatal(err)
	}
	escaped, err := module.EscapePath(mv.Path)
	if err != nil {
		log.Fatal(err)
	}
	dir := filepath.Join(*out, escaped, "@v")
	must(os.MkdirAll(dir, 0o755))

	archive, err := os.Create(filepath.Join(dir, version+".zip"))
	must(err)
	if err := zip.CreateFromVCS(archive, mv, *repo, *rev, *subdir); err != nil {
		log.Fatalf("module %s from %s: %v", mv, *rev, err)
	}
	must(archive.Close())

	goMod := git(*repo, "show", *rev+":"+*subdir+"/go.mod")
	must(os.WriteFile(filepath.Join(dir, version+".mod"), []byte(goMod), 0o644))
	info, err := json.Marshal(map[string]string{"Version": version, "Time": strings.TrimSpace(git(*repo, "log", "-1", "--format=%cI", *rev))})
	must(err)
	must(os.WriteFile(filepath.Join(dir, version+".info"), info, 0o644))
	must(os.WriteFile(filepath.Join(dir, "list"), []byte(version+"\n"), 0o644))
}

func git(repo string, args ...string) string {
	out, err := exec.Command("git", append([]string{"-C", repo}, args...)...).Output()
	if exit, ok := err.(*exec.ExitError); ok {
		log.Fatalf("git %s: %s", strings.Join(args, " "), exit.Stderr)
	}
	must(err)
	return string(out)
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
