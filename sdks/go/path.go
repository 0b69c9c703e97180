// Copied from generators/go/runtime/path.go by npm run generate: do not edit here, edit there.

package cognitionos

import (
	"net/url"
	"strings"
)

// buildPath fills a path template's {name} placeholders from name, value pairs. A value that
// could change the route ("", ".", "..") is refused before any request; every other value is
// escaped as one path segment, so "a/b" stays an id and never becomes two segments.
func buildPath(template string, namesAndValues ...string) (string, error) {
	for i := 0; i < len(namesAndValues); i += 2 {
		name, value := namesAndValues[i], namesAndValues[i+1]
		if value == "" || value == "." || value == ".." {
			return "", &InvalidParamError{Param: name, Value: value}
		}
		template = strings.Replace(template, "{"+name+"}", url.PathEscape(value), 1)
	}
	return template, nil
}
