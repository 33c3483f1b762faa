package fi.polku.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Looks for personal identity codes where they must never be: events, log files, error bodies. */
public final class PersonalDataScan {

    private PersonalDataScan() {
    }

    public static void assertNoneIn(String what, String text, Collection<String> identityCodes) {
        for (String code : identityCodes) {
            if (text != null && text.toUpperCase().contains(code.toUpperCase())) {
                throw new AssertionError(what + " contains a personal identity code");
            }
        }
    }

    /** Scans every regular file below the given directories (e.g. {@code target/quarkus.log}). */
    public static List<Path> assertNoneInFiles(Collection<Path> roots, Collection<String> identityCodes) {
        List<Path> scanned = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    assertNoneIn(file.toString(), Files.readString(file, StandardCharsets.ISO_8859_1), identityCodes);
                    scanned.add(file);
                }
            } catch (IOException e) {
                throw new AssertionError("Cannot scan " + root, e);
            }
        }
        return scanned;
    }
}
