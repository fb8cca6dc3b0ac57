package org.gongzheng.approval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApprovalActionTest {

	@Test
	void actionsThatMoveTheCaseToDifferentEndsContradictEachOther() {
		assertThat(ApprovalAction.FILING.contradicts(ApprovalAction.NON_FILING)).isTrue();
		assertThat(ApprovalAction.PENALTY_MAJOR.contradicts(ApprovalAction.REVOCATION)).isTrue();
		assertThat(ApprovalAction.CLOSING.contradicts(ApprovalAction.TRANSFER_FOR_PROSECUTION)).isTrue();
	}

	@Test
	void penaltyDecisionsForTheSeveralPartiesOfOneCaseGoTogether() {
		assertThat(ApprovalAction.PENALTY_ORDINARY.contradicts(ApprovalAction.PENALTY_MAJOR)).isFalse();
		assertThat(ApprovalAction.PENALTY_MAJOR.contradicts(ApprovalAction.PENALTY_MAJOR)).isFalse();
	}

	@Test
	void measuresAndExtensionsWaitBesideAnything() {
		for (ApprovalAction action : ApprovalAction.values()) {
			assertThat(ApprovalAction.MEASURE_END.contradicts(action)).isFalse();
			assertThat(ApprovalAction.DEADLINE_EXTENSION.contradicts(action)).isFalse();
			assertThat(action.contradicts(ApprovalAction.ARREST_REQUEST)).isFalse();
		}
	}
}
