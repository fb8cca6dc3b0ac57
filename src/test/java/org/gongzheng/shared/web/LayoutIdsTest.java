package org.gongzheng.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page is rendered inside the layout, so an element id the layout uses must not be used by a
 * page too: the htmx refusal toast once shared the id "notice" with the pages' own confirmations,
 * and the script then showed refusals in the wrong element.
 */
class LayoutIdsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]+)\"");

	@Test
	void noPageUsesAnIdTheLayoutAlreadyUses() throws IOException {
		Set<String> layoutIds = ids(TEMPLATES.resolve("fragments/layout.html"));
		assertThat(layoutIds).contains("refusal-toast", "main");
		List<String> clashes;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			clashes = files.filter(f -> f.toString().endsWith(".html"))
				.filter(f -> !f.endsWith(Path.of("fragments/layout.html")))
				.flatMap(f -> ids(f).stream().filter(layoutIds::contains).map(id -> TEMPLATES.relativize(f) + ": " + id))
				.toList();
		}
		assertThat(clashes).isEmpty();
	}

	private static Set<String> ids(Path template) {
		try {
			Matcher m = ID.matcher(Files.readString(template));
			return m.results().map(r -> r.group(1)).collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
