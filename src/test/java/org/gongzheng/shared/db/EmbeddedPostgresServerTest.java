package org.gongzheng.shared.db;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

class EmbeddedPostgresServerTest {

	private final Path folder = Path.of("target", "embedded-postgres-lock-test", UUID.randomUUID().toString())
		.toAbsolutePath();

	private Process server;

	@AfterEach
	void stopTheStandIn() {
		if (server != null) {
			server.destroyForcibly();
		}
	}

	@Test
	void aDataFolderThatSurvivesRestartsIsWrittenDurably() {
		assertThat(EmbeddedPostgresServer.durability(false)).containsEntry("fsync", "on")
			.containsEntry("synchronous_commit", "on");
	}

	@Test
	void aFolderWipedOnEveryStartKeepsTheFastTestSettings() {
		assertThat(EmbeddedPostgresServer.durability(true)).isEmpty();
	}

	@Test
	void aServerLeftRunningByAProcessThatDiedIsStopped() throws Exception {
		server = standInServer();
		Files.writeString(folder.resolve(EmbeddedPostgresServer.LOCK_FILE), "");

		EmbeddedPostgresServer.stopOrphanedServer(folder);

		assertThat(server.waitFor(10, TimeUnit.SECONDS)).isTrue();
		assertThat(folder.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void aServerWhoseProcessStillRunsIsLeftAloneAndTheSecondStartRefused() throws Exception {
		server = standInServer();
		try (FileChannel lock = FileChannel.open(folder.resolve(EmbeddedPostgresServer.LOCK_FILE),
				StandardOpenOption.CREATE, StandardOpenOption.WRITE);
				var held = lock.lock()) {
			assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.stopOrphanedServer(folder))
				.withMessageContaining("in use by another running process");
		}
		assertThat(server.isAlive()).isTrue();
		assertThat(folder.resolve("postmaster.pid")).exists();
	}

	/**
	 * A process that looks like a PostgreSQL server to the orphan check (its executable is named
	 * postgres), named in the folder's postmaster.pid, without the cost of a real second server.
	 */
	private Process standInServer() throws Exception {
		Path sleep = Path.of("/bin/sleep");
		assumeThat(Files.isExecutable(sleep)).as("needs /bin/sleep to stand in for a server").isTrue();
		Files.createDirectories(folder);
		Path postgres = Files.copy(sleep, folder.resolve("postgres"));
		postgres.toFile().setExecutable(true);
		Process process = new ProcessBuilder(postgres.toString(), "60").start();
		Files.writeString(folder.resolve("postmaster.pid"), process.pid() + "\n" + folder + "\n");
		return process;
	}
}
