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

	@Test
	void aCountersignLinkLeavesNobodyForALaterLinkOnlyItsOwnSignersCouldSign() {
		List<Set<Long>> leaders = List.of(Set.of(1L, 2L), Set.of(1L, 2L));

		assertThat(firstWithoutOwnSigner(leaders, true, true)).contains(1);
		assertThat(firstWithoutOwnSigner(leaders, true, false)).contains(1);
	}

	@Test
	void aSingleSignerLinkBeforeACountersignLinkTakesOneAndLeavesTheRestToBeNamed() {
		assertThat(firstWithoutOwnSigner(List.of(Set.of(1L, 2L), Set.of(1L, 2L)), false, true)).isEmpty();
		assertThat(firstWithoutOwnSigner(List.of(Set.of(1L), Set.of(1L)), false, true)).contains(1);
	}

	@Test
	void aLaterLinkKeepsTheCandidatesTheCountersignLinkCouldNotName() {
		assertThat(firstWithoutOwnSigner(List.of(Set.of(1L, 2L), Set.of(1L, 2L, 3L)), true, false)).isEmpty();
		assertThat(firstWithoutOwnSigner(List.of(Set.of(1L, 2L), Set.of(3L, 4L)), true, true)).isEmpty();
	}

	@Test
	void aCountersignLinkTakesFromALaterLinkOnlyWhereItWouldNameThemForItsCases() {
		List<Set<Long>> candidates = List.of(Set.of(1L, 2L), Set.of(1L, 2L));
		List<Boolean> countersign = List.of(true, false);

		assertThat(DistinctSigners.afterCountersigns(candidates, countersign, (k, i) -> false)).isEqualTo(candidates);
		assertThat(DistinctSigners.afterCountersigns(candidates, countersign, (k, i) -> true))
			.containsExactly(Set.of(1L, 2L), Set.of());
	}

	private static java.util.Optional<Integer> firstWithoutOwnSigner(List<Set<Long>> candidates, Boolean... countersign) {
		return DistinctSigners.firstWithoutOwnSigner(
				DistinctSigners.afterCountersigns(candidates, List.of(countersign), (k, i) -> true));
	}
}
