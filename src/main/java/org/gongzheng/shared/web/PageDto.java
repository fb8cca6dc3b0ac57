package org.gongzheng.shared.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** A page of results as the API returns it; stable whatever Spring Data's own serialization does. */
public record PageDto<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <S, T> PageDto<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageDto<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}
}
