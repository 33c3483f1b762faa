package fi.polku.testkit;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds files of the repository (api-specs, services) from any module's tests. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("polku.root");
        if (configured != null && Files.isDirectory(Path.of(configured, "api-specs"))) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("api-specs"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root (a folder holding api-specs/)");
        }
        return dir;
    }

    public static Path resolve(String relative) {
        return root().resolve(relative);
    }
}
