package org.gongzheng.audit;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit page names each action and object type in the reader's language. The codes are
 * written by every module, so this reads the sources for the codes they pass to an audit call
 * and checks each has a label in both bundles; a new code without one would show raw.
 */
class AuditLabelsTest {

	/** An audit call and the line after it, where a wrapped call puts its object type. */
	private static final Pattern AUDIT_CALL = Pattern.compile("(AuditEvent|audit\\(\")[^\\n]*\\n?[^\\n]*");

	private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z_]{2,})\"");

	@Test
	void everyActionAndObjectTypeTheModulesAuditHasAChineseAndAnEnglishLabel() throws IOException {
		Set<String> codes = codesInSources();
		assertThat(codes).contains("SIGN_IN", "APPROVAL_SIGNED", "MATERIAL_OPENED", "CASE");
		for (String bundle : List.of("audit.properties", "audit_en.properties")) {
			Properties labels = load(Path.of("src/main/resources/messages", bundle));
			List<String> missing = new ArrayList<>();
			for (String code : codes) {
				if (!labels.containsKey("audit.action." + code) && !labels.containsKey("audit.objectType." + code)) {
					missing.add(code);
				}
			}
			assertThat(missing).as(bundle).isEmpty();
		}
	}

	private static Set<String> codesInSources() throws IOException {
		Set<String> codes = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher call = AUDIT_CALL.matcher(Files.readString(file));
				while (call.find()) {
					Matcher code = CODE.matcher(call.group());
					while (code.find()) {
						codes.add(code.group(1));
					}
				}
			}
		}
		return codes;
	}

	private static Properties load(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
