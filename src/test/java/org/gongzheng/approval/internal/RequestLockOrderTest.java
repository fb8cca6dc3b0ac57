package org.gongzheng.approval.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two changes that lock a case's rows in opposite orders deadlock (see
 * {@code shared.db.CaseLocks}). Every request row lock is therefore taken through
 * {@link RequestLocks}, which takes the case's lock first; a new caller of the repository's locking
 * queries would bypass it, so this test names any.
 */
class RequestLockOrderTest {

	private static final Pattern LOCKING_QUERY = Pattern.compile("\\.(lockById|lockOpenOnCase)\\(");

	@Test
	void onlyRequestLocksTakesARequestsRowLockSoTheCaseLockAlwaysComesFirst() throws IOException {
		Path sources = Path.of("src/main/java");
		List<String> callers;
		try (Stream<Path> files = Files.walk(sources)) {
			callers = files.filter(f -> f.toString().endsWith(".java"))
				.filter(f -> !f.endsWith(Path.of("RequestLocks.java")))
				.filter(f -> {
					try {
						return LOCKING_QUERY.matcher(Files.readString(f)).find();
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				})
				.map(f -> sources.relativize(f).toString())
				.toList();
		}
		assertThat(callers).as("classes locking approval requests without RequestLocks").isEmpty();
	}
}
