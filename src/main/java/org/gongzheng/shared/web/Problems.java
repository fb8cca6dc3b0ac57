package org.gongzheng.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import org.gongzheng.shared.error.InvalidInputException;

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

	/**
	 * What the form binder could not take (a value of the wrong kind, text holding NUL), keyed by the
	 * name the page shows the field's error under. {@code shownAs} gives that name, or null for a
	 * field the page has no place for (the version it was given, say): only a hand-made request
	 * can get such a field wrong, and it gets the error page naming the parameter, as any
	 * unreadable request does.
	 */
	public static Map<String, String> of(BindingResult binding, Messages messages, UnaryOperator<String> shownAs)
			throws BindException {
		Map<String, String> problems = new LinkedHashMap<>();
		for (FieldError error : binding.getFieldErrors()) {
			String shown = shownAs.apply(error.getField());
			if (shown == null) {
				throw new BindException(binding);
			}
			problems.putIfAbsent(shown, messages.of(error));
		}
		return problems;
	}

	/** Whether the binder refused text because it holds NUL, which the page's banner names. */
	public static boolean refusedNul(BindingResult binding) {
		return binding.getFieldErrors().stream()
			.anyMatch(error -> InvalidInputException.NUL_CHARACTER.equals(error.getCode()));
	}
}
