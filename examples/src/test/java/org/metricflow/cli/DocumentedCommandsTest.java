package org.metricflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ./metricflow …} command in the fenced code blocks of README.md and docs/*.md, so that documentation
 * and behaviour cannot drift: each must parse (a renamed or removed option fails here); the cheap ones — {@code derive},
 * {@code help}, {@code verify --list} — are run and must exit 0 (2 when the block says "(exit 2)"), and where the
 * block shows their output ({@code $ ./metricflow …} followed by lines) every shown line must be printed, except
 * lines elided with "…" or "...". Long runs (flows, samples, benchmarks, verify) are parsed only: the CI budget.
 */
class DocumentedCommandsTest {

    /** One documented command: where it is, its arguments, the expected exit code and the output lines shown. */
    record Documented(String where, List<String> args, int exit, List<String> shown) {

        boolean cheap() {
            String first = args.isEmpty() ? "" : args.get(0);
            return first.equals("derive") || first.equals("help") || first.equals("--version")
                    || (first.equals("verify") && args.contains("--list"));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommandParsesAndTheCheapOnesRun() throws IOException {
        List<Documented> all = new ArrayList<>();
        Path root = Path.of("..");
        all.addAll(extract(root.resolve("README.md")));
        try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
            for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(extract(p));
            }
        }
        assertThat(all).as("commands found in README.md and docs/").hasSizeGreaterThan(40);
        return all.stream().map(d -> DynamicTest.dynamicTest(d.where() + ": " + String.join(" ", d.args()),
                () -> check(d)));
    }

    /** Parses the command; runs it when cheap and compares exit code and shown output. */
    static void check(Documented d) {
        String[] args = d.args().toArray(String[]::new);
        if (d.exit() == 0) {
            assertThatCode(() -> MetricflowCommand.commandLine().parseArgs(args)).doesNotThrowAnyException();
        }
        if (!d.cheap()) {
            return;
        }
        var r = CliTestSupport.run(args);
        assertThat(r.exit()).as(r.err()).isEqualTo(d.exit());
        assertThat(r.err()).doesNotContain("\tat ");
        for (String line : d.shown()) {
            assertThat(r.out() + r.err()).as("documented output line").contains(line.strip());
        }
    }

    @Test
    void plantedDriftFails(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("planted.md");
        Files.writeString(md, String.join("\n", "```", "$ ./metricflow derive kahler --coords z --potential "
                + "\"Log(1+z*zb)\"", "metric:", "  1,1 = 3/(1+z*zb)^2", "```", "```bash",
                "./metricflow bench sample --no-python   # a renamed option", "```", ""));
        List<Documented> planted = extract(md);
        assertThat(planted).hasSize(2);
        assertThatThrownBy(() -> check(planted.get(0))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("3/(1+z*zb)^2");
        assertThatThrownBy(() -> check(planted.get(1))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("--no-python");
    }

    /** The documented commands of one Markdown file. */
    static List<Documented> extract(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<Documented> out = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock) {
                continue;
            }
            String text = line.strip();
            boolean transcript = text.startsWith("$ ./metricflow");
            if (!transcript && !text.startsWith("./metricflow")) {
                continue;
            }
            int start = i;
            StringBuilder command = new StringBuilder(text.substring(text.indexOf("./metricflow")));
            while (command.toString().endsWith("\\") && i + 1 < lines.size()) {
                command.setLength(command.length() - 1);
                command.append(' ').append(lines.get(++i).strip());
            }
            int exit = 0;
            List<String> shown = new ArrayList<>();
            for (int j = i + 1; transcript && j < lines.size(); j++) {
                String o = lines.get(j);
                if (o.startsWith("```") || o.strip().startsWith("$ ")) {
                    break;
                }
                if (o.contains("(exit 2)")) {
                    exit = 2;
                } else if (!o.contains("…") && !o.contains("...") && !o.isBlank()) {
                    shown.add(o);
                }
            }
            List<String> words = words(command.toString().replaceAll("\\s\\[[^\\]]*\\]", ""));
            out.add(new Documented(file.getFileName() + ":" + (start + 1), words.subList(1, words.size()), exit,
                    shown));
        }
        return out;
    }

    /** Shell words: quotes group and are removed, an unquoted # starts a comment. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    w.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '#') {
                break;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(w.toString());
                    w.setLength(0);
                    inWord = false;
                }
            } else {
                w.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(w.toString());
        }
        return words;
    }
}
