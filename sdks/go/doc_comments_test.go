// Copied from generators/go/tests/doc_comments_test.go by npm run generate: do not edit here, edit there.

package cognitionos_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every exported identifier of the package and of package option (types, struct fields, functions,
// methods, constants, variables) has a doc comment, so go doc never shows a bare name.
func TestEveryExportedIdentifierIsDocumented(t *testing.T) {
	fset := token.NewFileSet()
	for _, dir := range []string{".", "option"} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, entry := range entries {
			if !strings.HasSuffix(entry.Name(), ".go") || strings.HasSuffix(entry.Name(), "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, filepath.Join(dir, entry.Name()), nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			for _, missing := range undocumented(file) {
				t.Errorf("%s: %s has no doc comment", fset.Position(missing.Pos()), missing.Name)
			}
		}
	}
}

// undocumented lists a file's exported identifiers that lack a doc comment.
func undocumented(file *ast.File) []*ast.Ident {
	var missing []*ast.Ident
	for _, decl := range file.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Name.IsExported() && exportedReceiver(d) && d.Doc == nil {
				missing = append(missing, d.Name)
			}
		case *ast.GenDecl:
			missing = append(missing, undocumentedSpecs(d)...)
		}
	}
	return missing
}

// undocumentedSpecs: a spec is documented by its own comment, or by its declaration's when the
// declaration holds only it.
func undocumentedSpecs(d *ast.GenDecl) []*ast.Ident {
	var missing []*ast.Ident
	lone := d.Doc != nil && !d.Lparen.IsValid()
	for _, spec := range d.Specs {
		switch s := spec.(type) {
		case *ast.TypeSpec:
			if s.Name.IsExported() && s.Doc == nil && !lone {
				missing = append(missing, s.Name)
			}
			if st, ok := s.Type.(*ast.StructType); ok && s.Name.IsExported() {
				missing = append(missing, undocumentedFields(st.Fields)...)
			}
		case *ast.ValueSpec:
			for _, name := range s.Names {
				if name.IsExported() && s.Doc == nil && s.Comment == nil && !lone {
					missing = append(missing, name)
				}
			}
		}
	}
	return missing
}

func undocumentedFields(fields *ast.FieldList) []*ast.Ident {
	var missing []*ast.Ident
	for _, field := range fields.List {
		for _, name := range field.Names {
			if name.IsExported() && field.Doc == nil && field.Comment == nil {
				missing = append(missing, name)
			}
		}
	}
	return missing
}

// exportedReceiver: a function, or a method of an exported type (a method of an unexported type is
// not part of the package's surface).
func exportedReceiver(d *ast.FuncDecl) bool {
	if d.Recv == nil {
		return true
	}
	receiver := d.Recv.List[0].Type
	if star, ok := receiver.(*ast.StarExpr); ok {
		receiver = star.X
	}
	if generic, ok := receiver.(*ast.IndexExpr); ok {
		receiver = generic.X
	}
	ident, ok := receiver.(*ast.Ident)
	return ok && ident.IsExported()
}
