package org.gongzheng.shared.web;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;

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
	void anApiCallersSizeStaysBetweenOneAndTheListsMaximum() {
		assertThat(Paging.within(0, -1, 100).getPageSize()).isEqualTo(1);
		assertThat(Paging.within(0, 0, 100).getPageSize()).isEqualTo(1);
		assertThat(Paging.within(0, 50, 100).getPageSize()).isEqualTo(50);
		assertThat(Paging.within(0, Integer.MAX_VALUE, 100).getPageSize()).isEqualTo(100);
	}

	@Test
	void anApiCallersFarPageFitsTheClampedSize() {
		assertThat(Paging.within(Integer.MAX_VALUE, Integer.MAX_VALUE, 200).getOffset())
			.isLessThanOrEqualTo(Integer.MAX_VALUE);
	}
}
