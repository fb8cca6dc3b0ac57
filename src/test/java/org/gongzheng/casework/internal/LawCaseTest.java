package org.gongzheng.casework.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.gongzheng.casework.CaseState;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.DecisionKind;
import org.gongzheng.shared.error.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LawCaseTest {

	private static final Instant REPORTED = Instant.parse("2026-11-01T02:00:00Z");

	private final LawCase lawCase = new LawCase("990102510000-2026-00001", CaseType.ADMINISTRATIVE,
			new Intake("张某殴打他人案", "案情", ReportSource.CALL_110, null, null, null, null, REPORTED, null), 5L, "/1/5/",
			7L, REPORTED);

	@Test
	void acceptingNamesTheHandlersAndRecordsWhen() {
		Instant at = REPORTED.plusSeconds(600);
		CaseState from = lawCase.apply(CaseTransition.ACCEPT, new TransitionDetails(null, 11L, 12L, null), at, at);
		assertThat(from).isEqualTo(CaseState.REGISTERED);
		assertThat(lawCase.getState()).isEqualTo(CaseState.ACCEPTED);
		assertThat(lawCase.getHandlerId()).isEqualTo(11L);
		assertThat(lawCase.getCoHandlerId()).isEqualTo(12L);
		assertThat(lawCase.getAcceptedAt()).isEqualTo(at);
		assertThat(lawCase.handledBy(12L)).isTrue();
	}

	@Test
	void aTransitionFromTheWrongStateIsRefusedAndChangesNothing() {
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> lawCase.apply(CaseTransition.FILE, new TransitionDetails(null, null, null, null), REPORTED,
					REPORTED))
			.satisfies(ex -> assertThat(ex.messageCode()).isEqualTo("case.transition.notAllowed"));
		assertThat(lawCase.getState()).isEqualTo(CaseState.REGISTERED);
		assertThat(lawCase.getFiledAt()).isNull();
	}

	@Test
	void aDecisionKeepsItsKindAndContent() {
		walk(CaseTransition.ACCEPT, CaseTransition.FILE, CaseTransition.START_INVESTIGATION);
		lawCase.apply(CaseTransition.DECIDE, new TransitionDetails("罚款200元", null, null,
				DecisionKind.ADMINISTRATIVE_PENALTY), REPORTED.plusSeconds(4000), REPORTED.plusSeconds(4000));
		assertThat(lawCase.getDecisionKind()).isEqualTo(DecisionKind.ADMINISTRATIVE_PENALTY);
		assertThat(lawCase.getDecisionSummary()).isEqualTo("罚款200元");
		assertThat(lawCase.lastStateChangeAt()).isEqualTo(REPORTED.plusSeconds(4000));
	}

	@Test
	void concludingACaseRecordsWhenItEnded() {
		walk(CaseTransition.ACCEPT);
		Instant at = REPORTED.plusSeconds(7200);
		lawCase.apply(CaseTransition.DECLINE_FILING, new TransitionDetails("无违法事实", null, null, null), at, at);
		assertThat(lawCase.getState()).isEqualTo(CaseState.NOT_FILED);
		assertThat(lawCase.getNonFilingReason()).isEqualTo("无违法事实");
		assertThat(lawCase.getClosedAt()).isEqualTo(at);
	}

	private void walk(CaseTransition... transitions) {
		long offset = 60;
		for (CaseTransition transition : transitions) {
			Instant at = REPORTED.plusSeconds(offset += 60);
			lawCase.apply(transition, new TransitionDetails(null, 11L, null, null), at, at);
		}
	}
}
