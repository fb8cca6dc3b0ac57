package org.gongzheng.shared.error;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects field problems so a service can report all of them at once instead of the first. */
public final class FieldProblems {

	private final List<InvalidInputException.FieldProblem> problems = new ArrayList<>();

	public FieldProblems add(String field, String messageCode, Object... arguments) {
		problems.add(new InvalidInputException.FieldProblem(field, messageCode, arguments));
		return this;
	}

	public FieldProblems addIf(boolean condition, String field, String messageCode, Object... arguments) {
		return condition ? add(field, messageCode, arguments) : this;
	}

	/** Text that cannot be stored and printed as sent is a problem on its field. */
	public FieldProblems addIfUnstorable(String field, String text) {
		InvalidInputException.unstorable(field, text).ifPresent(problems::add);
		return this;
	}

	/**
	 * What {@code check} returns, or null when it refuses the input, its problems then kept with the
	 * others: checks written to throw on their own field still report together.
	 */
	public <T> T checked(Supplier<T> check) {
		try {
			return check.get();
		}
		catch (InvalidInputException refused) {
			problems.addAll(refused.fieldProblems());
			return null;
		}
	}

	public boolean isEmpty() {
		return problems.isEmpty();
	}

	public void throwIfAny() {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}
}
