package org.gongzheng.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the numbers were measured on, written beside them so they can be compared honestly. */
public final class Machine {

	private Machine() {
	}

	public static String describe(JdbcTemplate jdbc) {
		return """
				- date: %s
				- CPU: %s, %d cores available to the JVM
				- memory: %s
				- Java: %s (%s)
				- PostgreSQL: %s (embedded, zonky, default settings)
				""".formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), firstValue("/proc/cpuinfo", "model name"),
				Runtime.getRuntime().availableProcessors(), firstValue("/proc/meminfo", "MemTotal"),
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				jdbc.queryForObject("show server_version", String.class));
	}

	/** Appends a section to target/bench/NAME.md and prints it. */
	public static void report(String name, String markdown) {
		try {
			Path file = Path.of("target", "bench", name + ".md");
			Files.createDirectories(file.getParent());
			Files.writeString(file, markdown);
			System.out.println(markdown);
			System.out.println("[bench] written to " + file.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String firstValue(String file, String key) {
		try {
			List<String> lines = Files.readAllLines(Path.of(file));
			return lines.stream().filter(l -> l.startsWith(key)).findFirst()
				.map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown");
		}
		catch (IOException ex) {
			return "unknown";
		}
	}
}
