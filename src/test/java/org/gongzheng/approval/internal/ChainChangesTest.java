package org.gongzheng.approval.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;

/** What a chain version changed against the one before it, link by link. */
class ChainChangesTest {

	private static final LinkSpec STATION = new LinkSpec("所长审核", "Station review", Role.REVIEWER, UnitLevel.OWN_STATION,
			QualificationLevel.INTERMEDIATE, false, 24, ReviewUnit.HOURS);

	private static final LinkSpec LEGAL = new LinkSpec("法制审核", "Legal review", Role.LEGAL, UnitLevel.BUREAU_LEGAL,
			QualificationLevel.ADVANCED, false, 3, ReviewUnit.WORKING_DAYS);

	private static final LinkSpec LEADERS = new LinkSpec("局领导集体讨论", "Collective discussion", Role.LEADER,
			UnitLevel.BUREAU_LEADER, QualificationLevel.ADVANCED, true, 5, ReviewUnit.WORKING_DAYS);

	@Test
	void aChangedReviewTimeAndQualificationAreTheOnlyFieldsMarked() {
		LinkSpec slower = new LinkSpec("所长审核", "Station review", Role.REVIEWER, UnitLevel.OWN_STATION,
				QualificationLevel.ADVANCED, false, 2, ReviewUnit.WORKING_DAYS);
		ChainChanges changes = ChainChanges.between(chain(1, "依据", STATION, LEGAL), chain(2, "依据", slower, LEGAL));

		assertThat(changes.links()).hasSize(2);
		assertThat(changes.links().get(0).changed()).containsExactlyInAnyOrder(ChainChanges.Field.QUALIFICATION,
				ChainChanges.Field.REVIEW_TIME);
		assertThat(changes.links().get(0).changed("REVIEW_TIME")).isTrue();
		assertThat(changes.links().get(0).changed("ROLE")).isFalse();
		assertThat(changes.links().get(0).before().getReviewAmount()).isEqualTo(24);
		assertThat(changes.links().get(1).changed()).isEmpty();
		assertThat(changes.removed()).isEmpty();
		assertThat(changes.citationChanged()).isFalse();
		assertThat(changes.none()).isFalse();
	}

	@Test
	void aLinkBeyondTheEarlierLengthIsAddedAndOneBeyondTheLaterLengthIsRemoved() {
		ChainChanges added = ChainChanges.between(chain(1, "依据", STATION, LEGAL), chain(2, "依据", STATION, LEGAL, LEADERS));
		assertThat(added.links().get(2).added()).isTrue();
		assertThat(added.links().get(2).before()).isNull();

		ChainChanges removed = ChainChanges.between(chain(2, "依据", STATION, LEGAL, LEADERS), chain(3, "依据", STATION));
		assertThat(removed.links()).hasSize(1);
		assertThat(removed.removed()).extracting(ChainLink::getOrder).containsExactly(2, 3);
	}

	@Test
	void aLinkMovedToAnotherPositionShowsAsChangedAtBothPositions() {
		ChainChanges changes = ChainChanges.between(chain(1, "依据", STATION, LEGAL), chain(2, "依据", LEGAL, STATION));
		assertThat(changes.links().get(0).changed()).contains(ChainChanges.Field.NAME, ChainChanges.Field.ROLE,
				ChainChanges.Field.UNIT_LEVEL);
		assertThat(changes.links().get(1).changed()).contains(ChainChanges.Field.NAME, ChainChanges.Field.ROLE);
	}

	@Test
	void aNewLegalBasisAloneIsAChange() {
		ChainChanges changes = ChainChanges.between(chain(1, "依据", STATION), chain(2, "新依据", STATION));
		assertThat(changes.citationChanged()).isTrue();
		assertThat(changes.none()).isFalse();
		assertThat(ChainChanges.between(chain(1, "依据", STATION), chain(2, "依据", STATION)).none()).isTrue();
	}

	@Test
	void theFirstVersionHasNothingToCompareWith() {
		ChainChanges initial = ChainChanges.initial(chain(1, "依据", STATION, LEGAL));
		assertThat(initial.links()).allMatch(ChainChanges.LinkChange::added);
		assertThat(initial.removed()).isEmpty();
	}

	private static ApprovalChain chain(int version, String citation, LinkSpec... links) {
		return new ApprovalChain(ApprovalAction.PENALTY_MAJOR, null, version, null, citation, "basis", "edit", 1, Instant.EPOCH,
				List.of(links));
	}
}
