package org.gongzheng.shared.files;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class FileStoreHealthTest {

	@TempDir
	Path folder;

	@Test
	void aWritableFolderWithRoomForAnUploadIsUp() {
		assertThat(new FileStoreHealth(folder.resolve("files"), DataSize.ofMegabytes(50)).health().getStatus())
			.isEqualTo(Status.UP);
		assertThat(folder.resolve("files")).isDirectory();
	}

	@Test
	void aFolderThatCannotBeMadeIsDown() throws Exception {
		Path taken = Files.writeString(folder.resolve("files"), "a file where the folder should be");
		assertThat(new FileStoreHealth(taken, DataSize.ofMegabytes(50)).health().getStatus()).isEqualTo(Status.DOWN);
	}

	@Test
	void aDiskWithLessRoomThanOneUploadMayTakeIsDown() {
		assertThat(new FileStoreHealth(folder, DataSize.ofTerabytes(1_000_000)).health().getStatus())
			.isEqualTo(Status.DOWN);
	}
}
