package org.gongzheng.supervision.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gongzheng.shared.error.FieldProblems;

/**
 * The shape of one rule parameter, so an edit is checked before it reaches the SQL: a whole
 * number within bounds, a map from a known key to such a number, or a map from a known key to a
 * list of known values.
 */
public sealed interface ParameterSpec {

	String name();

	/** Whether the value is edited as JSON text rather than a number input. */
	boolean structured();

	/** The value in its stored form, or {@code null} after adding a problem for it. */
	Object check(Object value, FieldProblems problems);

	record Number(String name, int min, int max) implements ParameterSpec {

		@Override
		public boolean structured() {
			return false;
		}

		@Override
		public Object check(Object value, FieldProblems problems) {
			Integer number = whole(value);
			String field = "parameters." + name;
			if (number == null) {
				problems.add(field, value == null || value.toString().isBlank() ? "validation.required"
						: "supervision.rule.param.number");
				return null;
			}
			if (number < min || number > max) {
				problems.add(field, "supervision.rule.param.range", min, max);
				return null;
			}
			return number;
		}
	}

	record NumberMap(String name, Set<String> keys, int min, int max) implements ParameterSpec {

		@Override
		public boolean structured() {
			return true;
		}

		@Override
		public Object check(Object value, FieldProblems problems) {
			return checkedMap(name, keys, value, problems, (field, key, entry) -> {
				Integer number = whole(entry);
				if (number == null || number < min || number > max) {
					problems.add(field, "supervision.rule.param.entryRange", key, min, max);
					return null;
				}
				return number;
			});
		}
	}

	record ListMap(String name, Set<String> keys, Set<String> values) implements ParameterSpec {

		@Override
		public boolean structured() {
			return true;
		}

		@Override
		public Object check(Object value, FieldProblems problems) {
			return checkedMap(name, keys, value, problems, (field, key, entry) -> {
				if (!(entry instanceof List<?> list) || list.isEmpty()) {
					problems.add(field, "supervision.rule.param.list", key);
					return null;
				}
				List<String> items = new ArrayList<>();
				for (Object item : list) {
					if (!values.contains(String.valueOf(item))) {
						problems.add(field, "supervision.rule.param.value", item, String.join(", ", values));
						return null;
					}
					items.add(String.valueOf(item));
				}
				return items;
			});
		}
	}

	/** Checks one entry of a keyed map; returns its stored form, or null after adding a problem. */
	@FunctionalInterface
	interface EntryCheck {

		Object check(String field, String key, Object value);
	}

	/**
	 * A non-empty map whose keys are all known and whose entries all pass {@code entryCheck}, in
	 * its stored form; null after the first problem.
	 */
	private static Map<String, Object> checkedMap(String name, Set<String> keys, Object value, FieldProblems problems,
			EntryCheck entryCheck) {
		String field = "parameters." + name;
		if (!(value instanceof Map<?, ?> map) || map.isEmpty()) {
			problems.add(field, "supervision.rule.param.map", String.join(", ", keys));
			return null;
		}
		Map<String, Object> checked = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : map.entrySet()) {
			String key = String.valueOf(entry.getKey());
			if (!keys.contains(key)) {
				problems.add(field, "supervision.rule.param.key", key, String.join(", ", keys));
				return null;
			}
			Object stored = entryCheck.check(field, key, entry.getValue());
			if (stored == null) {
				return null;
			}
			checked.put(key, stored);
		}
		return checked;
	}

	private static Integer whole(Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			long number = ((java.lang.Number) value).longValue();
			return number > Integer.MAX_VALUE || number < Integer.MIN_VALUE ? null : (int) number;
		}
		if (value instanceof String text && text.strip().matches("-?\\d{1,9}")) {
			return Integer.valueOf(text.strip());
		}
		if (value instanceof java.lang.Number number && number.doubleValue() == Math.rint(number.doubleValue())
				&& Math.abs(number.doubleValue()) < Integer.MAX_VALUE) {
			return number.intValue();
		}
		return null;
	}
}
