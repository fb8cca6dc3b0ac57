package org.gongzheng.discretion;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every boundary of a grade's range, just inside and just outside, to the fen and the day. */
class GradeRangeTest {

	/** Assault, ordinary grade: 5-10 days and 200-500 yuan, both required. */
	private final GradeRange assault = new GradeRange(Grade.ORDINARY, false, 20000L, 50000L, true, 5, 10, true,
			LicenceAction.NONE, null, null, false, false, 0, null);

	/** Red light, ordinary grade in the province: 200 yuan exactly, 6 points. */
	private final GradeRange redLight = new GradeRange(Grade.ORDINARY, false, 20000L, 20000L, true, null, null, false,
			LicenceAction.NONE, null, null, false, false, 6, null);

	/** Drink driving: 1000-2000 yuan and six months' suspension, both required. */
	private final GradeRange drink = new GradeRange(Grade.ORDINARY, false, 100000L, 200000L, true, null, null, false,
			LicenceAction.SUSPEND, 6, 6, true, false, 12, null);

	private static PenaltyComponents assaultPenalty(long fen, Integer days) {
		return new PenaltyComponents(false, fen, days, 0, LicenceAction.NONE, null, false);
	}

	private static List<String> codes(List<Deviation> deviations) {
		return deviations.stream().map(Deviation::messageCode).toList();
	}

	@Test
	void aFineAtEitherEndOfTheRangeIsInside() {
		assertThat(assault.deviations(assaultPenalty(20000, 5))).isEmpty();
		assertThat(assault.deviations(assaultPenalty(50000, 10))).isEmpty();
	}

	@Test
	void aFineOneFenBelowTheMinimumOrAboveTheMaximumIsOutside() {
		assertThat(codes(assault.deviations(assaultPenalty(19999, 5)))).containsExactly("deviation.fine.below");
		assertThat(codes(assault.deviations(assaultPenalty(50001, 5)))).containsExactly("deviation.fine.above");
	}

	@Test
	void detentionOneDayShortOrOverTheRangeIsOutside() {
		assertThat(codes(assault.deviations(assaultPenalty(30000, 4)))).containsExactly("deviation.detention.below");
		assertThat(codes(assault.deviations(assaultPenalty(30000, 11)))).containsExactly("deviation.detention.above");
	}

	@Test
	void requiredDetentionLeftOutIsAnOmissionNotAnOrdinaryDeviation() {
		List<Deviation> deviations = assault.deviations(assaultPenalty(30000, null));
		assertThat(codes(deviations)).containsExactly("deviation.detention.missing");
		assertThat(deviations.get(0).omission()).isTrue();
	}

	@Test
	void aRequiredFineLeftOutIsADeviation() {
		assertThat(codes(assault.deviations(new PenaltyComponents(false, null, 6, 0, LicenceAction.NONE, null, false))))
			.containsExactly("deviation.fine.missing");
	}

	@Test
	void aFixedAmountAllowsExactlyThatAmount() {
		assertThat(redLight.deviations(PenaltyComponents.fine(20000, 6))).isEmpty();
		assertThat(codes(redLight.deviations(PenaltyComponents.fine(19999, 6)))).containsExactly("deviation.fine.below");
		assertThat(codes(redLight.deviations(PenaltyComponents.fine(20001, 6)))).containsExactly("deviation.fine.above");
	}

	@Test
	void pointsLeftOutAreAnOmission() {
		List<Deviation> deviations = redLight.deviations(PenaltyComponents.fine(20000, 0));
		assertThat(codes(deviations)).containsExactly("deviation.points.omitted");
		assertThat(deviations.get(0).omission()).isTrue();
	}

	@Test
	void aWarningOrDetentionTheGradeDoesNotProvideIsOutside() {
		assertThat(codes(redLight.deviations(new PenaltyComponents(true, 20000L, null, 6, LicenceAction.NONE, null, false))))
			.containsExactly("deviation.warning.notAllowed");
		assertThat(codes(redLight.deviations(new PenaltyComponents(false, 20000L, 3, 6, LicenceAction.NONE, null, false))))
			.containsExactly("deviation.detention.notAllowed");
	}

	@Test
	void aLicenceSuspensionMustHaveTheMonthsOfTheGrade() {
		assertThat(drink.deviations(new PenaltyComponents(false, 150000L, null, 12, LicenceAction.SUSPEND, 6, false)))
			.isEmpty();
		assertThat(codes(drink.deviations(new PenaltyComponents(false, 150000L, null, 12, LicenceAction.SUSPEND, 5, false))))
			.containsExactly("deviation.licence.months");
		assertThat(codes(drink.deviations(new PenaltyComponents(false, 150000L, null, 12, LicenceAction.REVOKE, null, false))))
			.containsExactly("deviation.licence.notAllowed");
		List<Deviation> omitted = drink.deviations(new PenaltyComponents(false, 150000L, null, 12, LicenceAction.NONE, null,
				false));
		assertThat(codes(omitted)).containsExactly("deviation.licence.missing");
		assertThat(omitted.get(0).omission()).isTrue();
	}

	@Test
	void anOpenMinimumMeansAnyAmountUpToTheMaximum() {
		GradeRange upTo500 = new GradeRange(Grade.LIGHTER, false, null, 50000L, false, 1, 5, false, LicenceAction.NONE,
				null, null, false, false, 0, null);
		assertThat(upTo500.deviations(assaultPenalty(1, null))).isEmpty();
		assertThat(upTo500.deviations(assaultPenalty(50000, null))).isEmpty();
		assertThat(codes(upTo500.deviations(assaultPenalty(50001, null)))).containsExactly("deviation.fine.above");
		assertThat(upTo500.fineText()).isEqualTo("≤ 500.00");
	}

	@Test
	void vehicleSeizureFollowsTheGrade() {
		GradeRange noPlates = new GradeRange(Grade.ORDINARY, false, 8000L, 15000L, true, null, null, false,
				LicenceAction.NONE, null, null, false, true, 9, null);
		assertThat(noPlates.deviations(new PenaltyComponents(false, 10000L, null, 9, LicenceAction.NONE, null, true))).isEmpty();
		assertThat(codes(noPlates.deviations(new PenaltyComponents(false, 10000L, null, 9, LicenceAction.NONE, null, false))))
			.containsExactly("deviation.seizure.missing");
	}

	@Test
	void moneyIsShownInYuanFromExactFen() {
		assertThat(GradeRange.yuan(20000)).isEqualTo("200.00");
		assertThat(GradeRange.yuan(20001)).isEqualTo("200.01");
		assertThat(redLight.fineText()).isEqualTo("200.00");
		assertThat(assault.fineText()).isEqualTo("200.00–500.00");
	}
}
