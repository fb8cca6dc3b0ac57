package org.gongzheng.supervision.alerts;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.gongzheng.shared.Languages;
import org.gongzheng.shared.web.Messages;

/**
 * Renders an alert's reason in the reader's language: the message {@code supervision.reason.<rule>}
 * with the {@code {name}} placeholders filled from the details the rule recorded. A detail may come
 * in both languages ({@code nameZh}/{@code nameEn}, for names kept as data); a detail that is a code
 * (a case state, a material type, a list of omitted components) is shown by its label.
 */
@Component("alertView")
public class AlertView {

	private static final Pattern CODES = Pattern.compile("[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*");

	private static final Pattern SENTENCE_END = Pattern.compile("[。.]+$");

	/** Where the labels of codes that appear in details live, in the order they are tried. */
	private static final List<String> LABEL_PREFIXES = List.of("supervision.value.", "enum.CaseState.",
			"enum.MaterialType.", "enum.MeasureType.");

	private final Messages messages;

	AlertView(Messages messages) {
		this.messages = messages;
	}

	public String reason(Alert alert) {
		return reason(alert, null);
	}

	public String reason(Alert alert, Locale locale) {
		Locale reader = locale == null ? LocaleContextHolder.getLocale() : locale;
		String suffix = Languages.english(reader) ? "En" : "Zh";
		Map<String, Object> details = alert.details();
		String text = messages.get(reader, alert.reason());
		for (Map.Entry<String, Object> entry : details.entrySet()) {
			Object value = details.getOrDefault(entry.getKey() + suffix, entry.getValue());
			String placeholder = "{" + entry.getKey() + "}";
			String shown = label(value, reader);
			// Text a person wrote (a deviation reason) often ends with its own full stop, and the
			// message ends the sentence too.
			if (text.contains(placeholder + "。") || text.contains(placeholder + ".")) {
				shown = SENTENCE_END.matcher(shown).replaceAll("");
			}
			text = text.replace(placeholder, shown);
		}
		return text;
	}

	private String label(Object value, Locale reader) {
		String text = value == null ? "—" : String.valueOf(value);
		if (text.isEmpty()) {
			return "—";
		}
		if (!CODES.matcher(text).matches()) {
			return text;
		}
		return Arrays.stream(text.split(", ")).map(code -> labelOf(code, reader))
			.collect(Collectors.joining(Languages.listSeparator(reader)));
	}

	private String labelOf(String code, Locale reader) {
		for (String prefix : LABEL_PREFIXES) {
			String label = messages.get(reader, prefix + code);
			if (!label.equals(prefix + code)) {
				return label;
			}
		}
		return code;
	}
}
