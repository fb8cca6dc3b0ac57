package org.gongzheng.shared.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The file store on the health endpoint: down when an upload there would fail, because the folder
 * cannot be made or written, or has less room left than one upload may take. Boot's own disk check
 * watches the working directory, which need not be where the files are kept.
 */
@Component("fileStore")
class FileStoreHealth implements HealthIndicator {

	private final Path root;

	private final DataSize maxSize;

	FileStoreHealth(@Value("${gongzheng.files.root}") Path root, @Value("${gongzheng.files.max-size}") DataSize maxSize) {
		this.root = root.toAbsolutePath().normalize();
		this.maxSize = maxSize;
	}

	@Override
	public Health health() {
		try {
			Files.createDirectories(root);
			if (!Files.isWritable(root)) {
				return Health.down().withDetail("path", root.toString()).withDetail("problem", "not writable").build();
			}
			long usable = Files.getFileStore(root).getUsableSpace();
			Health.Builder health = usable < maxSize.toBytes() ? Health.down().withDetail("problem", "too little room left")
					: Health.up();
			return health.withDetail("path", root.toString()).withDetail("usableBytes", usable).build();
		}
		catch (IOException ex) {
			return Health.down(ex).withDetail("path", root.toString()).build();
		}
	}
}
