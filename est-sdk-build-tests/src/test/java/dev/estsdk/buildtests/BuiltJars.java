package dev.estsdk.buildtests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Where the build put the jars under test; failsafe passes the paths as system properties. */
final class BuiltJars {

    private BuiltJars() {
    }

    /** The jar of one of our modules, by its short name (api, core, client, ...). */
    static Path jar(String module) {
        String value = System.getProperty("jar." + module);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property jar." + module + " is not set: run through `mvn verify`");
        }
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !path.toString().endsWith(".jar")) {
            throw new IllegalStateException("jar." + module + " is not a built jar: " + path);
        }
        return path;
    }

    /**
     * The est-sdk-client jar and every jar it needs at run time, as Maven resolves them for a user
     * (est-sdk-client is this module's only compile-scope dependency).
     */
    static List<Path> clientRuntimeClasspath() throws IOException {
        String file = System.getProperty("client.runtime.classpath");
        if (file == null) {
            throw new IllegalStateException("system property client.runtime.classpath is not set: run through `mvn verify`");
        }
        String classpath = Files.readString(Path.of(file)).trim();
        List<Path> jars = Arrays.stream(classpath.split(File.pathSeparator)).filter(p -> !p.isBlank())
                .map(Path::of).toList();
        if (!jars.contains(jar("client"))) {
            throw new IllegalStateException("the runtime class path does not hold the client jar: " + jars);
        }
        return jars;
    }
}
