package org.gongzheng.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.gongzheng.shared.error.InvalidInputException;

/**
 * The page a list request asks for, made safe to run. A page so far out that its first row would
 * lie beyond {@link Integer#MAX_VALUE} becomes the last page whose first row does not: JPA takes
 * the first row as an {@code int} and refuses more, and the page shown is just as empty as the one
 * asked for.
 * <p>
 * The pages ({@link #of}) take a negative page as the first: a page number in a browser's address
 * is only ever edited by hand, and the list is the useful answer. An API caller ({@link #within})
 * is refused a negative page or a size outside one to the list's maximum, on the parameter: a
 * client that asked for 1,000 rows and silently got 100 would take the list for complete. Its
 * {@code page} and {@code size} parameters also carry {@link PageNumber} and {@link PageSize} with
 * the same maximum: a number with too many digits for an int never reaches this class, and those
 * constraints are what it is told instead of the range of an int.
 */
public final class Paging {

	private Paging() {
	}

	/** A page of the list's own fixed size, as the pages ask for it. */
	public static PageRequest of(int page, int size) {
		return of(page, size, Sort.unsorted());
	}

	/** A page of the list's own fixed size in the given order. */
	public static PageRequest of(int page, int size, Sort sort) {
		return PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / size), size, sort);
	}

	/** A page of the size an API caller asked for, from one to {@code maxSize}; anything else is refused. */
	public static PageRequest within(int page, int size, int maxSize) {
		return within(page, size, maxSize, Sort.unsorted());
	}

	/** A page of the size an API caller asked for, from one to {@code maxSize}, in order; anything else is refused. */
	public static PageRequest within(int page, int size, int maxSize, Sort sort) {
		List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
		if (page < 0) {
			problems.add(new InvalidInputException.FieldProblem("page", "error.field.page", new Object[0]));
		}
		if (size < 1 || size > maxSize) {
			problems.add(new InvalidInputException.FieldProblem("size", "error.field.pageSize", new Object[] { maxSize }));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return of(page, size, sort);
	}
}
