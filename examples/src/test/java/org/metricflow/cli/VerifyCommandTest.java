package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code verify}: one line per claim without a terminal, a readable report with a legend, and {@code --mutate}. */
class VerifyCommandTest {

    private static final String CLAIM = "cy.fs-distance-small-angle";

    @Test
    void printsOneLinePerClaimAndWritesAReadableReport(@TempDir Path dir) throws Exception {
        var r = CliTestSupport.run("verify", "--quick", "--only", CLAIM, "--out", dir.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("ERRATUM +" + CLAIM.replace(".", "\\.") + " ").contains("1 claims:");
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("Verdicts:", "ERRATA.md#cy-fs-distance-small-angle", "printed form", "compared:");
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("report.md"))))
                    .isEqualTo("rw-r--r--");
        }
    }

    @Test
    void mutateShowsThePlantedErrorIsCaught() {
        var r = CliTestSupport.run("verify", "--quick", "--only", CLAIM, "--mutate");
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains("CAUGHT", CLAIM, "1 planted errors caught, 0 missed");
    }
}
