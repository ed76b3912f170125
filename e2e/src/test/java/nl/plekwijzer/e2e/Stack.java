package nl.plekwijzer.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole stack, started once for all end-to-end tests by {@code run-local.sh --no-build --no-demo}
 * (empty, so that each test knows the figures it changes; {@code DemoRegionIT} loads the demo region
 * last) with its own state directory and every port moved up by {@link #PORT_OFFSET}, so it runs beside a local
 * run. Stopped (SIGTERM, as Ctrl-C would) when the tests are done.
 *
 * <p>With {@code -De2e.supervise=true} a process that exits is started again ({@code --supervise}; the fault run).
 * With {@code -De2e.running-stack-offset=0} the tests use a stack that is already running with
 * that port offset instead (for working on the tests against {@code ./run-local.sh}).
 */
public final class Stack implements BeforeAllCallback {

    static final int PORT_OFFSET = 20000;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final String READY_LINE = "plekwijzer is running";

    private static int offset = PORT_OFFSET;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Stack.class.getName(), key -> start(), Running.class);
    }

    static int portOffset() {
        return offset;
    }

    static Path stateDir() {
        return Path.of(System.getProperty("e2e.state-dir", "target/stack")).toAbsolutePath();
    }

    static String web() {
        return url(8080);
    }

    static String availability() {
        return url(8081);
    }

    static String intake() {
        return url(8082);
    }

    static String matching() {
        return url(8083);
    }

    static String notification() {
        return url(8084);
    }

    static String keycloak() {
        return url(8180);
    }

    private static String url(int port) {
        return "http://127.0.0.1:" + (port + offset);
    }

    private static Running start() {
        String running = System.getProperty("e2e.running-stack-offset");
        if (running != null && !running.isBlank()) {
            offset = Integer.parseInt(running);
            return new Running(null, null);
        }
        Path root = Path.of(System.getProperty("plekwijzer.root", "..")).toAbsolutePath().normalize();
        Path state = stateDir();
        try {
            startEmpty(state);
            Path output = state.resolve("run-local.out");
            List<String> command = new java.util.ArrayList<>(List.of(root.resolve("run-local.sh").toString(), "--no-build",
                    "--no-demo"));
            if (Boolean.getBoolean("e2e.supervise")) {
                command.add("--supervise");
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(root.toFile()).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("PLEKWIJZER_STATE_DIR", state.toString());
            builder.environment().put("PLEKWIJZER_PORT_OFFSET", String.valueOf(PORT_OFFSET));
            Process process = builder.start();
            Running stack = new Running(process, output);
            try {
                await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500))
                        .until(() -> !process.isAlive() || Files.readString(output).contains(READY_LINE));
            } catch (ConditionTimeoutException notInTime) {
                // Told below, with what run-local.sh printed.
            }
            if (!Files.readString(output).contains(READY_LINE)) {
                stack.close();
                throw new IllegalStateException("run-local.sh did not get the stack ready (logs in " + state
                        + "/logs):\n" + Files.readString(output));
            }
            System.out.println(Files.readString(output));
            return stack;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start run-local.sh", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every run starts from an empty stack, so that each test knows the figures it changes: the data
     * of an earlier run goes, the downloaded and built Keycloak stays (its database goes).
     */
    private static void startEmpty(Path state) throws IOException {
        Files.createDirectories(state);
        try (var entries = Files.list(state)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith("keycloak-")) {
                    delete(entry.resolve("data"));
                } else if (!name.equals("downloads")) {
                    delete(entry);
                }
            }
        }
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var files = Files.walk(path)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The started run-local.sh; closing it stops the whole stack. */
    record Running(Process process, Path output) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            if (process == null || !process.isAlive()) {
                return;
            }
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
