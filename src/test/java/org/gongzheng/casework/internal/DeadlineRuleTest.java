package org.gongzheng.casework.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import org.gongzheng.shared.error.ConflictException;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DeadlineRuleTest {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final DeadlineRule handling = new DeadlineRule("ADMIN_CASE_HANDLING", DeadlineTrigger.ADMINISTRATIVE_ACCEPTANCE,
			30, DeadlineRule.DurationUnit.DAYS, 30, 72);

	private final DeadlineRule questioning = new DeadlineRule("QUESTIONING", DeadlineTrigger.SUMMONS, 8,
			DeadlineRule.DurationUnit.HOURS, 0, 1);

	private final DeadlineRule arrest = new DeadlineRule("ARREST_REQUEST", DeadlineTrigger.CRIMINAL_DETENTION, 3,
			DeadlineRule.DurationUnit.DAYS, 4, 24);

	private final DeadlineRule arrestSerious = new DeadlineRule("ARREST_REQUEST_SERIOUS",
			DeadlineTrigger.CRIMINAL_DETENTION_SERIOUS, 30, DeadlineRule.DurationUnit.DAYS, 0, 72);

	private static Instant shanghai(String localDateTime) {
		return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
	}

	@Test
	void dayPeriodsDoNotCountTheFirstDayAndEndWithTheLastDay() {
		Instant accepted = shanghai("2026-11-01T15:30:00");
		CaseDeadline deadline = new CaseDeadline(1, null, handling, accepted, SHANGHAI);
		assertThat(deadline.getDueAt().atZone(SHANGHAI).toLocalDate()).hasToString("2026-12-01");
		assertThat(deadline.getDueAt()).isBefore(shanghai("2026-12-02T00:00:00"));
		assertThat(deadline.getDueAt()).isAfter(shanghai("2026-12-01T23:59:59"));
	}

	@Test
	void hourPeriodsRunExactlyFromTheStart() {
		Instant summoned = shanghai("2026-11-01T22:10:00");
		assertThat(new CaseDeadline(1, 2L, questioning, summoned, SHANGHAI).getDueAt())
			.isEqualTo(summoned.plus(Duration.ofHours(8)));
	}

	@Test
	void aDeadlineIsOnTrackUntilItsWarningWindowAndOverdueJustAfterItsEnd() {
		Instant summoned = shanghai("2026-11-01T08:00:00");
		CaseDeadline deadline = new CaseDeadline(1, 2L, questioning, summoned, SHANGHAI);
		Instant due = deadline.getDueAt();
		assertThat(deadline.statusAt(due.minus(Duration.ofHours(1)).minusSeconds(1))).isEqualTo(DeadlineStatus.ON_TRACK);
		assertThat(deadline.statusAt(due.minus(Duration.ofHours(1)).plusSeconds(1))).isEqualTo(DeadlineStatus.DUE_SOON);
		assertThat(deadline.statusAt(due)).isEqualTo(DeadlineStatus.DUE_SOON);
		assertThat(deadline.statusAt(due.plusSeconds(1))).isEqualTo(DeadlineStatus.OVERDUE);
		assertThat(deadline.remainingAt(due.plusSeconds(60))).isNegative();
	}

	@Test
	void meetingADeadlineLateIsReportedAsLate() {
		CaseDeadline deadline = new CaseDeadline(1, 2L, questioning, shanghai("2026-11-01T08:00:00"), SHANGHAI);
		deadline.met(deadline.getDueAt().plusSeconds(1));
		assertThat(deadline.statusAt(deadline.getDueAt().plus(Duration.ofDays(3)))).isEqualTo(DeadlineStatus.MET_LATE);
		CaseDeadline onTime = new CaseDeadline(1, 2L, questioning, shanghai("2026-11-01T08:00:00"), SHANGHAI);
		onTime.met(onTime.getDueAt());
		assertThat(onTime.statusAt(onTime.getDueAt().plus(Duration.ofDays(3)))).isEqualTo(DeadlineStatus.MET);
	}

	@Test
	void theHandlingPeriodExtendsByUpToThirtyDaysAndNoMore() {
		Instant accepted = shanghai("2026-11-01T10:00:00");
		CaseDeadline deadline = new CaseDeadline(1, null, handling, accepted, SHANGHAI);
		deadline.extend(30, "案情复杂", 9, accepted, SHANGHAI, handling);
		assertThat(deadline.getDueAt().atZone(SHANGHAI).toLocalDate()).hasToString("2026-12-31");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> deadline.extend(1, "再延", 9, accepted, SHANGHAI, handling));
	}

	@Test
	void theArrestRequestExtendsByOneToFourDays() {
		Instant detained = shanghai("2026-11-01T10:00:00");
		CaseDeadline deadline = new CaseDeadline(1, 3L, arrest, detained, SHANGHAI);
		assertThat(deadline.getDueAt().atZone(SHANGHAI).toLocalDate()).hasToString("2026-11-04");
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> deadline.extend(5, "特殊情况", 9, detained, SHANGHAI, arrest));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> deadline.extend(0, "特殊情况", 9, detained, SHANGHAI, arrest));
		deadline.extend(4, "特殊情况", 9, detained, SHANGHAI, arrest);
		assertThat(deadline.getDueAt().atZone(SHANGHAI).toLocalDate()).hasToString("2026-11-08");
	}

	@Test
	void aRovingOrGangSuspectMovesTheArrestRequestToThirtyDays() {
		Instant detained = shanghai("2026-11-01T10:00:00");
		CaseDeadline deadline = new CaseDeadline(1, 3L, arrest, detained, SHANGHAI);
		deadline.reclassify(arrestSerious, "结伙作案", 9, detained, SHANGHAI);
		assertThat(deadline.getRuleCode()).isEqualTo("ARREST_REQUEST_SERIOUS");
		assertThat(deadline.getDueAt().atZone(SHANGHAI).toLocalDate()).hasToString("2026-12-01");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> deadline.extend(1, "再延", 9, detained, SHANGHAI, arrestSerious));
	}

	@Test
	void questioningCannotBeExtendedAndAClosedDeadlineCannotChange() {
		CaseDeadline deadline = new CaseDeadline(1, 2L, questioning, shanghai("2026-11-01T08:00:00"), SHANGHAI);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> deadline.extend(1, "x", 9, Instant.now(), SHANGHAI, questioning));
		deadline.cancel(Instant.now());
		assertThat(deadline.statusAt(Instant.now())).isEqualTo(DeadlineStatus.CANCELLED);
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> deadline.reclassify(arrestSerious, "x", 9, Instant.now(), SHANGHAI));
	}
}
