// Generated from generators/java/tests/io/cognitionos/SurfaceTest.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public surface: what the module exports, and that no public constructor takes the SDK's plumbing. */
class SurfaceTest {
    private static final String INTERNAL = "io.cognitionos.internal";

    /** The compiled main classes (target/classes), where module-info.class lives. */
    private static Path mainClasses() throws URISyntaxException {
        return Path.of(CognitionOSClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theModuleExportsOnlyThePublicPackages() throws URISyntaxException {
        ModuleDescriptor module = ModuleFinder.of(mainClasses()).find("io.cognitionos").orElseThrow().descriptor();
        Set<String> exported = module.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
        assertEquals(Set.of("io.cognitionos", "io.cognitionos.errors", "io.cognitionos.models", "io.cognitionos.services"), exported);
        assertTrue(module.packages().contains(INTERNAL));
    }

    @Test
    void noPublicConstructorTakesAnInternalType() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = mainClasses();
        List<String> classes;
        try (Stream<Path> files = Files.walk(root)) {
            classes = files.map(root::relativize).map(Path::toString).filter(name -> name.endsWith(".class") && !name.contains("module-info"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).filter(name -> !name.startsWith(INTERNAL))
                    .collect(Collectors.toList());
        }
        assertTrue(classes.size() > 20, classes.toString());
        StringBuilder offenders = new StringBuilder();
        for (String name : classes) {
            for (Constructor<?> constructor : Class.forName(name).getDeclaredConstructors()) {
                if (!Modifier.isPublic(constructor.getModifiers())) continue;
                for (Class<?> parameter : constructor.getParameterTypes()) {
                    if (parameter.getPackageName().equals(INTERNAL)) offenders.append(constructor).append('\n');
                }
            }
        }
        assertEquals("", offenders.toString());
    }
}
