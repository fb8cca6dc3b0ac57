package org.gongzheng.shared.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The page a list request asks for, made safe to run. A negative page is the first; an API
 * caller's size stays between one and the list's maximum. A page so far out that its first row
 * would lie beyond {@link Integer#MAX_VALUE} becomes the last page whose first row does not:
 * JPA takes the first row as an {@code int} and refuses more, and the page shown is just as empty
 * as the one asked for.
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

	/** A page of the size an API caller asked for, kept between one and {@code maxSize}. */
	public static PageRequest within(int page, int size, int maxSize) {
		return within(page, size, maxSize, Sort.unsorted());
	}

	/** A page of the size an API caller asked for, kept between one and {@code maxSize}, in order. */
	public static PageRequest within(int page, int size, int maxSize, Sort sort) {
		return of(page, Math.min(Math.max(size, 1), maxSize), sort);
	}
}
