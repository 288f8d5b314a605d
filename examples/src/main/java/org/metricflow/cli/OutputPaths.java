package org.metricflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks, before a run starts, that its outputs can be written ({@code --out}, {@code --plot}, {@code --checkpoint}
 * of every subcommand), so that a long run is not lost at its end. The check creates and deletes a temporary file
 * in the target directory — the only test that also sees read-only mounts, ACLs and full disks.
 */
public final class OutputPaths {

    private OutputPaths() {
    }

    /**
     * Requires that {@code file} (may be null: nothing to check) can be created or replaced.
     *
     * @throws IllegalArgumentException naming the option, the path and the reason
     */
    public static void requireWritableFile(Path file, String option) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new IllegalArgumentException(option + " " + file + ": cannot write a file there: it is a directory");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new IllegalArgumentException(option + " " + file + ": cannot write there: directory " + parent + " does not exist");
        }
        probe(parent, option, file);
    }

    /**
     * Requires that {@code dir} (may be null: nothing to check) is a writable directory or can be created as one.
     *
     * @throws IllegalArgumentException naming the option, the path and the reason
     */
    public static void requireWritableDirectory(Path dir, String option) {
        if (dir == null) {
            return;
        }
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            throw new IllegalArgumentException(option + " " + dir + ": cannot write there: " + existing + " exists and is not a directory");
        }
        probe(existing, option, dir);
    }

    private static void probe(Path directory, String option, Path target) {
        try {
            Files.delete(Files.createTempFile(directory, ".metricflow-write-test", ".tmp"));
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(option + " " + target + ": cannot write in " + directory + " ("
                    + (e instanceof java.nio.file.AccessDeniedException ? "permission denied" : "not writable") + ")");
        }
    }
}
