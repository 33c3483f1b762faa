package fi.polku.testkit.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import fi.polku.platform.security.Roles;
import fi.polku.testkit.demo.DemoStaff;
import fi.polku.testkit.demo.DemoUser;

/**
 * Dev tokens written once at {@code ./polku up}, so that {@code ./polku token <role>} answers by reading a file
 * instead of starting a JVM: {@code .polku/tokens/<role>/<organisation>/<subject>.jwt}, for each role's default user
 * and each of the demo county's users. They are signed with the committed dev key, which
 * only the dev, local and test profiles trust, and live as long as any dev token (8 hours).
 */
public final class TokenFiles {

    private TokenFiles() {
    }

    public static void write(Path dir) {
        try {
            for (String role : Roles.ALL) {
                write(dir, DemoUser.county(role, role + "-user", role));
            }
            for (DemoUser user : DemoStaff.all()) {
                write(dir, user);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dev tokens into " + dir, e);
        }
    }

    private static void write(Path dir, DemoUser user) throws IOException {
        Path file = dir.resolve(user.role()).resolve(user.organisation()).resolve(user.subject() + ".jwt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, user.token() + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }
}
