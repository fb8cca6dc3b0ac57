package org.gongzheng.shared.web;

import java.util.Collection;
import java.util.stream.Collectors;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * An API list filter whose values are data (a rule code, a fault kind) rather than an enumeration
 * Spring could bind. A value outside them is refused naming the parameter and the values it takes,
 * in the same words as an enumeration's: an empty list would say nothing matched when the caller
 * mistyped the value.
 */
public final class ListFilters {

	private ListFilters() {
	}

	/** The value, or null when the filter is left empty; refused when it is none of {@code values}. */
	public static String oneOf(String parameter, String value, Collection<String> values) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!values.contains(value)) {
			throw InvalidInputException.of(parameter, "error.field.oneOf",
					values.stream().sorted().collect(Collectors.joining(", ")));
		}
		return value;
	}
}
