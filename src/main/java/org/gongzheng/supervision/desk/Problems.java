package org.gongzheng.supervision.desk;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gongzheng.shared.error.InvalidInputException;
import org.gongzheng.shared.web.Messages;

/** Field problems as a map from field name to message, for forms that render their own errors. */
public final class Problems {

	private Problems() {
	}

	public static Map<String, String> of(InvalidInputException ex, Messages messages) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (InvalidInputException.FieldProblem problem : ex.fieldProblems()) {
			problems.putIfAbsent(problem.field(), messages.get(problem.messageCode(), problem.arguments()));
		}
		return problems;
	}
}
