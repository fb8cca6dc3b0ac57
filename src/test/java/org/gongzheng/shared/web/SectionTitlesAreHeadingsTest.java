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
 * A card's header titles its section; a screen reader jumps from section to section by headings,
 * so the header is a heading, or holds one beside its buttons and counts. A header styled as a
 * heading but made of a div once left the approval page without a single section a screen
 * reader could reach that way.
 */
class SectionTitlesAreHeadingsTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern CARD_HEADER = Pattern
		.compile("<([a-zA-Z][\\w-]*)\\s[^>]*class=\"(?:[^\"]*\\s)?card-header(?:\\s[^\"]*)?\"[^>]*>");

	private static final Pattern HEADING = Pattern.compile("h[2-6]");

	private static final Pattern OPENS_WITH_HEADING = Pattern.compile("\\s*<h[2-6][\\s>]");

	@Test
	void everyCardHeaderOnTheApprovalAndCasePagesIsOrHoldsAHeading() throws IOException {
		List<Path> templates = new ArrayList<>();
		try (Stream<Path> approval = Files.list(TEMPLATES.resolve("approval"))) {
			approval.filter(f -> f.toString().endsWith(".html")).forEach(templates::add);
		}
		templates.add(TEMPLATES.resolve("cases/detail.html"));

		assertThat(cardHeaders(templates)).as("card headers found").isGreaterThan(15);
		assertThat(notHeadings(templates)).isEmpty();
	}

	/**
	 * The officer's work page, with the card the supervision module loads into it: its lists are
	 * what an officer looks through first.
	 */
	@Test
	void everyCardHeaderOnTheWorkPageIsOrHoldsAHeading() throws IOException {
		List<Path> templates = List.of(TEMPLATES.resolve("work.html"),
				TEMPLATES.resolve("supervision/alert-my-work.html"));

		assertThat(cardHeaders(templates)).as("card headers found").isGreaterThanOrEqualTo(5);
		assertThat(notHeadings(templates)).isEmpty();
	}

	private static int cardHeaders(List<Path> templates) throws IOException {
		int headers = 0;
		for (Path template : templates) {
			Matcher header = CARD_HEADER.matcher(Files.readString(template));
			while (header.find()) {
				headers++;
			}
		}
		return headers;
	}

	private static List<String> notHeadings(List<Path> templates) throws IOException {
		List<String> notHeadings = new ArrayList<>();
		for (Path template : templates) {
			String html = Files.readString(template);
			Matcher header = CARD_HEADER.matcher(html);
			while (header.find()) {
				boolean heading = HEADING.matcher(header.group(1)).matches()
						|| OPENS_WITH_HEADING.matcher(html).region(header.end(), html.length()).lookingAt();
				if (!heading) {
					notHeadings.add(TEMPLATES.relativize(template) + ": " + header.group());
				}
			}
		}
		return notHeadings;
	}
}
