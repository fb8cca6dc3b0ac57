package org.gongzheng.shared.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PagingTest {

	@Test
	void aNegativePageIsTheFirst() {
		assertThat(Paging.of(-5, 20).getPageNumber()).isZero();
	}

	@Test
	void anOrdinaryPageIsTakenAsAsked() {
		PageRequest page = Paging.of(3, 20, Sort.by("id"));
		assertThat(page.getPageNumber()).isEqualTo(3);
		assertThat(page.getPageSize()).isEqualTo(20);
		assertThat(page.getSort()).isEqualTo(Sort.by("id"));
	}

	@Test
	void aPageBeyondWhatJpaCanOffsetBecomesTheFarthestItCan() {
		PageRequest page = Paging.of(Integer.MAX_VALUE, 20);
		assertThat(page.getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
		assertThat(page.getOffset() + page.getPageSize()).isGreaterThan(Integer.MAX_VALUE);
	}

	@Test
	void anApiCallersPageAndSizeAreTakenAsAskedUpToTheListsMaximum() {
		assertThat(Paging.within(0, 1, 100).getPageSize()).isEqualTo(1);
		assertThat(Paging.within(2, 50, 100).getPageNumber()).isEqualTo(2);
		assertThat(Paging.within(0, 100, 100).getPageSize()).isEqualTo(100);
	}

	@Test
	void anApiCallersNegativePageOrSizeOutsideOneToTheMaximumIsRefusedOnItsParameter() {
		assertThat(fieldsRefused(-1, 20, 100)).containsExactly("page");
		assertThat(fieldsRefused(0, 0, 100)).containsExactly("size");
		assertThat(fieldsRefused(0, -1, 100)).containsExactly("size");
		assertThat(fieldsRefused(0, 101, 100)).containsExactly("size");
		assertThat(fieldsRefused(-1, Integer.MAX_VALUE, 200)).containsExactly("page", "size");
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> Paging.within(0, 201, 200));
		assertThat(refused.fieldProblems().get(0).messageCode()).isEqualTo("error.field.pageSize");
		assertThat(refused.fieldProblems().get(0).arguments()).containsExactly(200);
	}

	@Test
	void anApiCallersFarPageFitsTheSizeAsked() {
		assertThat(Paging.within(Integer.MAX_VALUE, 200, 200).getOffset()).isLessThanOrEqualTo(Integer.MAX_VALUE);
	}

	private static List<String> fieldsRefused(int page, int size, int maxSize) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
				() -> Paging.within(page, size, maxSize));
		return refused.fieldProblems().stream().map(InvalidInputException.FieldProblem::field).toList();
	}
}
