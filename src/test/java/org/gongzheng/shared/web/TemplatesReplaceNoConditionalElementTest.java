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
 * Thymeleaf replaces an element with a fragment before it looks at the element's condition,
 * iteration or local variables, so a {@code th:if} beside a {@code th:replace} is silently
 * ignored. It once put the payment paragraph into penalty decisions that impose no fine. The
 * condition belongs on an element around the replaced one.
 */
class TemplatesReplaceNoConditionalElementTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TAG = Pattern.compile("<[a-zA-Z][\\w:-]*\\s[^>]*>");

	private static final Pattern REPLACE = Pattern.compile("\\sth:replace=");

	private static final Pattern IGNORED = Pattern.compile("\\sth:(if|unless|each|with|switch|case|object)=");

	@Test
	void noReplacedElementCarriesAConditionAnIterationOrVariables() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher tag = TAG.matcher(Files.readString(file));
				while (tag.find()) {
					if (REPLACE.matcher(tag.group()).find() && IGNORED.matcher(tag.group()).find()) {
						found.add(TEMPLATES.relativize(file) + ": " + tag.group());
					}
				}
			}
		}
		assertThat(found).isEmpty();
	}
}
