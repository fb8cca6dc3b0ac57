package org.gongzheng.approval.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class MaterialChangeTest {

	@Test
	void aMaterialNewToTheRoundIsAddedOneWithOtherContentIsChangedAndTheRestAreNotMentioned() {
		List<PinnedMaterial> before = List.of(new PinnedMaterial(1, "询问笔录", "aa"), new PinnedMaterial(2, "现场照片", "bb"));
		List<PinnedMaterial> now = List.of(new PinnedMaterial(1, "询问笔录", "aa"), new PinnedMaterial(2, "现场照片", "cc"),
				new PinnedMaterial(3, "伤情鉴定意见书", "dd"));
		assertThat(MaterialChange.between(before, now)).containsOnly(entry(2L, MaterialChange.CHANGED),
				entry(3L, MaterialChange.ADDED));
	}

	@Test
	void theFirstRoundHasNothingToCompareWithSoEveryMaterialIsNew() {
		assertThat(MaterialChange.between(List.of(), List.of(new PinnedMaterial(1, "询问笔录", "aa"))))
			.containsOnly(entry(1L, MaterialChange.ADDED));
	}
}
