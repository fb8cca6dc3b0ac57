package org.gongzheng.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' Content-Security-Policy runs scripts only from this site's files; a browser silently
 * ignores an inline script or handler, so a template that has one would simply stop working. Nor
 * does it let a script evaluate a string, which htmx does for a trigger's filter
 * ({@code hx-trigger="event[condition]"}): the filter is then skipped, with an error in the console.
 */
class TemplatesRunNoInlineScriptTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A script element without a src that would run, that is any type but JSON data. */
	private static final Pattern INLINE_SCRIPT = Pattern
		.compile("<script(?![^>]*\\ssrc=)(?![^>]*th:src=)(?![^>]*type=\"application/json\")[^>]*>");

	private static final Pattern HANDLER = Pattern.compile("\\s(on[a-z]+|hx-on[:\\w-]*)=\"|javascript:", Pattern.CASE_INSENSITIVE);

	private static final Pattern TRIGGER_FILTER = Pattern.compile("hx-trigger=\"[^\"]*\\[[^\"]*\"");

	@Test
	void noTemplateHasAnInlineScriptEventHandlerOrEvaluatedTriggerFilter() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				String html = Files.readString(file);
				for (Pattern pattern : List.of(INLINE_SCRIPT, HANDLER, TRIGGER_FILTER)) {
					Matcher matcher = pattern.matcher(html);
					while (matcher.find()) {
						found.add(TEMPLATES.relativize(file) + ": " + matcher.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
