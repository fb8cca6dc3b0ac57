package org.gongzheng.supervision.alerts;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import org.gongzheng.shared.web.Messages;

/**
 * Renders an alert's reason in the reader's language: the message {@code supervision.reason.<rule>}
 * with the {@code {name}} placeholders filled from the details the rule recorded.
 */
@Component("alertView")
public class AlertView {

	private final Messages messages;

	AlertView(Messages messages) {
		this.messages = messages;
	}

	public String reason(Alert alert) {
		return reason(alert, null);
	}

	public String reason(Alert alert, Locale locale) {
		String template = locale == null ? messages.get(alert.reason()) : messages.get(locale, alert.reason());
		for (Map.Entry<String, Object> entry : alert.details().entrySet()) {
			template = template.replace("{" + entry.getKey() + "}", String.valueOf(entry.getValue()));
		}
		return template;
	}
}
