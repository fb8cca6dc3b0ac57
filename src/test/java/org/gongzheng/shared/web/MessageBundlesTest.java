package org.gongzheng.shared.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The message bundles as the pages and the API use them, checked once for every message. */
class MessageBundlesTest {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	/** A Bean Validation placeholder such as {max}: only the validator can fill it in. */
	private static final Pattern NAMED_PLACEHOLDER = Pattern.compile("\\{[a-zA-Z]");

	private static final Pattern NUMBERED_PLACEHOLDER = Pattern.compile("\\{[0-9]");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyMessageHasAChineseAndAnEnglishText() throws IOException {
		for (Path chinese : bundles().filter(p -> !p.getFileName().toString().endsWith("_en.properties")).toList()) {
			Path english = chinese.resolveSibling(chinese.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(load(english).stringPropertyNames()).as(english.toString())
				.containsExactlyInAnyOrderElementsOf(load(chinese).stringPropertyNames());
		}
	}

	@Test
	void messagesTheCodeFormatsWithArgumentsAreValidPatterns() throws IOException {
		String sources = javaSources();
		List<String> broken = new ArrayList<>();
		for (Path bundle : bundles().toList()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (NAMED_PLACEHOLDER.matcher(text).find()) {
					// Left to Bean Validation ({key} in an annotation); code handing it to the
					// message source with arguments would fail to format it.
					if (sources.contains("\"" + key + "\"")) {
						broken.add(bundle.getFileName() + ": " + key + " is used by code but has a named placeholder");
					}
					continue;
				}
				try {
					new MessageFormat(text);
				}
				catch (IllegalArgumentException ex) {
					broken.add(bundle.getFileName() + ": " + key + " (" + ex.getMessage() + ")");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/**
	 * MessageFormat reads a lone apostrophe as the start of quoted text, so "address's {0}" would
	 * come out as "addresss {0}" with the argument never filled in; such messages need ''.
	 */
	@Test
	void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path bundle : bundles().toList()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				String text = messages.getProperty(key);
				if (NUMBERED_PLACEHOLDER.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
					broken.add(bundle.getFileName() + ": " + key);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	/** Chinese text quotes with “ ”; an ASCII " reads as a stray code character there. */
	@Test
	void chineseMessagesQuoteWithChineseQuotationMarks() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path bundle : bundles().filter(p -> !p.getFileName().toString().endsWith("_en.properties")).toList()) {
			Properties messages = load(bundle);
			for (String key : messages.stringPropertyNames()) {
				if (messages.getProperty(key).indexOf('"') >= 0) {
					broken.add(bundle.getFileName() + ": " + key);
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static Stream<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList().stream();
		}
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static String javaSources() throws IOException {
		StringBuilder all = new StringBuilder();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				all.append(Files.readString(file));
			}
		}
		return all.toString();
	}
}
