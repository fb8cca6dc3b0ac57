package org.gongzheng.supervision.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/** The rule edit form: simple fields, and each parameter as text (numbers, or JSON for maps). */
public class RuleForm {

	private boolean enabled;

	private String severity;

	private String rectificationDays;

	private Long version;

	private Map<String, String> params = new LinkedHashMap<>();

	public static RuleForm of(Rule rule, java.util.function.Function<Object, String> toJson) {
		RuleForm form = new RuleForm();
		form.enabled = rule.enabled();
		form.severity = rule.severity().name();
		form.rectificationDays = String.valueOf(rule.rectificationDays());
		form.version = rule.version();
		for (ParameterSpec spec : ParameterSpecs.of(rule.code())) {
			Object value = rule.parameters().get(spec.name());
			form.params.put(spec.name(), value == null ? "" : spec.structured() ? toJson.apply(value) : value.toString());
		}
		return form;
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getSeverity() {
		return severity;
	}

	public void setSeverity(String severity) {
		this.severity = severity;
	}

	public String getRectificationDays() {
		return rectificationDays;
	}

	public void setRectificationDays(String rectificationDays) {
		this.rectificationDays = rectificationDays;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Map<String, String> getParams() {
		return params;
	}

	public void setParams(Map<String, String> params) {
		this.params = params;
	}
}
