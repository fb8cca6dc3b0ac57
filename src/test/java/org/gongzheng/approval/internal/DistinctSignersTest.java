package org.gongzheng.approval.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether each link of a chain can have a signer of its own. */
class DistinctSignersTest {

	@Test
	void twoLinksOnlyOnePersonCouldSignLeaveTheSecondWithoutOne() {
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of(Set.of(1L), Set.of(1L)))).contains(1);
	}

	@Test
	void aSignerWhoCouldTakeEitherLinkLeavesTheOtherToTheOnlyOneWhoCanSignIt() {
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of(Set.of(1L, 2L), Set.of(1L), Set.of(3L)))).isEmpty();
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of(Set.of(2L, 1L), Set.of(2L), Set.of(1L, 3L)))).isEmpty();
	}

	@Test
	void threeLinksTwoPeopleCouldSignLeaveTheThirdWithoutOne() {
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of(Set.of(1L, 2L), Set.of(1L), Set.of(2L)))).contains(2);
	}

	@Test
	void linksAtDifferentLevelsNeverShareASigner() {
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of(Set.of(1L), Set.of(2L), Set.of(3L, 4L)))).isEmpty();
		assertThat(DistinctSigners.firstWithoutOwnSigner(List.of())).isEmpty();
	}
}
