package org.gongzheng.casework;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CaseTransitionTest {

	@Test
	void anIntakeCanOnlyBeAccepted() {
		assertThat(CaseTransition.availableFrom(CaseState.REGISTERED)).containsExactly(CaseTransition.ACCEPT);
	}

	@Test
	void anAcceptedCaseIsFiledOrNotFiled() {
		assertThat(CaseTransition.availableFrom(CaseState.ACCEPTED))
			.containsExactlyInAnyOrder(CaseTransition.FILE, CaseTransition.DECLINE_FILING);
	}

	@Test
	void revocationIsPossibleOnlyBetweenFilingAndDecision() {
		assertThat(CaseTransition.REVOKE.sources()).containsExactlyInAnyOrder(CaseState.FILED, CaseState.INVESTIGATING);
	}

	@ParameterizedTest
	@EnumSource(value = CaseState.class, names = { "NOT_FILED", "CLOSED", "REVOKED" })
	void concludedCasesGoNowhere(CaseState state) {
		assertThat(state.terminal()).isTrue();
		assertThat(CaseTransition.availableFrom(state)).isEmpty();
	}

	@Test
	void everyOpenStateHasAWayForward() {
		Set<CaseState> open = EnumSet.complementOf(EnumSet.of(CaseState.NOT_FILED, CaseState.CLOSED, CaseState.REVOKED));
		for (CaseState state : open) {
			assertThat(CaseTransition.availableFrom(state)).as("ways out of %s", state).isNotEmpty();
		}
	}

	@Test
	void everyStateButTheFirstIsReachable() {
		Set<CaseState> reachable = EnumSet.noneOf(CaseState.class);
		for (CaseTransition transition : CaseTransition.values()) {
			reachable.add(transition.target());
		}
		assertThat(reachable).containsAll(EnumSet.complementOf(EnumSet.of(CaseState.REGISTERED)));
	}

	@Test
	void reasonsAreRequiredWhereTheLawAsksForThem() {
		assertThat(CaseTransition.DECLINE_FILING.requires(CaseTransition.Requirement.REASON)).isTrue();
		assertThat(CaseTransition.REVOKE.requires(CaseTransition.Requirement.REASON)).isTrue();
		assertThat(CaseTransition.DECIDE.requires(CaseTransition.Requirement.DECISION)).isTrue();
		assertThat(CaseTransition.ACCEPT.requires(CaseTransition.Requirement.HANDLERS)).isTrue();
		assertThat(CaseTransition.FILE.requires(CaseTransition.Requirement.REASON)).isFalse();
	}

	@Test
	void decisionKindsBelongToTheirCaseType() {
		assertThat(DecisionKind.ADMINISTRATIVE_PENALTY.appliesTo(CaseType.CRIMINAL)).isFalse();
		assertThat(DecisionKind.TRANSFER_FOR_PROSECUTION.appliesTo(CaseType.ADMINISTRATIVE)).isFalse();
		assertThat(DecisionKind.TRANSFER_TO_OTHER_AUTHORITY.appliesTo(CaseType.CRIMINAL)).isTrue();
	}
}
