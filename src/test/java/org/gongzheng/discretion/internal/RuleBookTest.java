package org.gongzheng.discretion.internal;

import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.gongzheng.discretion.Grade;
import org.gongzheng.discretion.GradeRange;
import org.gongzheng.discretion.LicenceAction;
import org.gongzheng.discretion.LocalizedText;
import org.gongzheng.discretion.OffenderKind;
import org.gongzheng.discretion.PenaltyComponents;
import org.gongzheng.discretion.Procedure;
import org.gongzheng.discretion.RuleRefusal;
import org.gongzheng.discretion.ViolationDomain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every procedure rule kind at its limits, with the rules as the seed data has them (limits and
 * scope); that the seeded rows match is checked in ProcedureRulesIntegrationTest.
 */
class RuleBookTest {

	private static RuleBook.Rule rule(String code, RuleKind kind, String domain, String offender, Long limitFen,
			String citation) {
		return new RuleBook.Rule(code, kind, domain, offender, limitFen, LocalizedText.of(code, code),
				LocalizedText.of(citation, citation));
	}

	static final RuleBook BOOK = new RuleBook(List.of(
			rule("APL51_CITIZEN", RuleKind.SIMPLE_FINE_LIMIT, "ALL", "CITIZEN", 20000L, "APL 51"),
			rule("APL51_ORGANIZATION", RuleKind.SIMPLE_FINE_LIMIT, "ALL", "ORGANIZATION", 300000L, "APL 51"),
			rule("RTSL107", RuleKind.SIMPLE_FINE_LIMIT, "TRAFFIC", "ANY", 20000L, "RTSL 107"),
			rule("PSAPL100", RuleKind.SIMPLE_FINE_LIMIT, "PUBLIC_ORDER", "ANY", 20000L, "PSAPL 100"),
			rule("APL51_KINDS", RuleKind.SIMPLE_KINDS, "ALL", "ANY", null, "APL 51"),
			rule("POINTS_MANDATORY", RuleKind.MANDATORY_POINTS, "TRAFFIC", "ANY", null, "RTSL 24"),
			rule("DETENTION_MANDATORY", RuleKind.MANDATORY_DETENTION, "ALL", "ANY", null, "APL 5"),
			rule("LICENCE_MANDATORY", RuleKind.MANDATORY_LICENCE, "TRAFFIC", "ANY", null, "RTSL 88"),
			rule("HEARING_CITIZEN", RuleKind.HEARING_NOTICE, "ALL", "CITIZEN", 200000L, "MPS 123"),
			rule("HEARING_ORGANIZATION", RuleKind.HEARING_NOTICE, "ALL", "ORGANIZATION", 1000000L, "MPS 123"),
			rule("HEARING_REVOCATION", RuleKind.HEARING_NOTICE_REVOCATION, "ALL", "ANY", null, "APL 63"),
			rule("RANGE_REASON", RuleKind.OUT_OF_RANGE_REASON, "ALL", "ANY", null, "APL 34"),
			rule("REVIEW_OUT_OF_RANGE", RuleKind.LEGAL_REVIEW_OUT_OF_RANGE, "ALL", "ANY", null, "APL 58"),
			rule("REVIEW_HEARING", RuleKind.LEGAL_REVIEW_HEARING, "ALL", "ANY", null, "APL 58")));

	/** A range wide enough that only the rule under test matters. */
	private static GradeRange wide(int points) {
		return new GradeRange(Grade.ORDINARY, true, 1L, 10_000_000L, false, 1, 20, false, LicenceAction.NONE, null, null,
				false, false, points, null);
	}

	private static RuleBook.Outcome check(Procedure procedure, ViolationDomain domain, OffenderKind offender,
			GradeRange range, PenaltyComponents p, String deviationReason, String omissionReason, boolean hearingNotice) {
		return BOOK.check(new RuleBook.Context(procedure, domain, offender, range.points(),
				LocalizedText.of("163号令", "Order 163"), LocalizedText.of("罚则", "penalty article"),
				LocalizedText.of("基准", "standard"), range, p, range.deviations(p), deviationReason, omissionReason,
				hearingNotice));
	}

	private static List<String> refused(RuleBook.Outcome outcome) {
		return outcome.refusals().stream().map(r -> r.rule().code()).distinct().toList();
	}

	private static PenaltyComponents fine(long fen) {
		return new PenaltyComponents(false, fen, null, 0, LicenceAction.NONE, null, false);
	}

	@Nested
	class SimpleProcedureFineLimits {

		@Test
		void aCitizenMayBeFinedUpTo200YuanOnTheSpotButNotOneFenMore() {
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
					fine(20000), null, null, false))).isEmpty();
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
					fine(20001), null, null, false))).containsExactlyInAnyOrder("APL51_CITIZEN", "PSAPL100");
		}

		@Test
		void trafficPoliceMayFineUpTo200YuanOnTheSpotUnderArticle107() {
			RuleBook.Outcome outcome = check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(0),
					fine(50000), null, null, false);
			assertThat(refused(outcome)).containsExactlyInAnyOrder("APL51_CITIZEN", "RTSL107");
			RuleRefusal article107 = outcome.refusals().stream().filter(r -> r.rule().code().equals("RTSL107")).findFirst()
				.orElseThrow();
			assertThat(article107.field()).isEqualTo("fine");
			assertThat(article107.rule().citation().zh()).isEqualTo("RTSL 107");
			assertThat(article107.detailArguments()).containsExactly("200.00", "500.00");
		}

		@Test
		void anOrganizationMayBeFinedUpTo3000YuanUnderArticle51() {
			// Only the Administrative Penalty Law limit for organizations applies in this check.
			RuleBook organizationsOnly = new RuleBook(List.of(
					rule("APL51_ORGANIZATION", RuleKind.SIMPLE_FINE_LIMIT, "ALL", "ORGANIZATION", 300000L, "APL 51"),
					rule("APL51_CITIZEN", RuleKind.SIMPLE_FINE_LIMIT, "ALL", "CITIZEN", 20000L, "APL 51")));
			GradeRange range = wide(0);
			for (long fen : new long[] { 300000, 300001 }) {
				PenaltyComponents p = fine(fen);
				RuleBook.Outcome outcome = organizationsOnly.check(new RuleBook.Context(Procedure.SIMPLE,
						ViolationDomain.PUBLIC_ORDER, OffenderKind.ORGANIZATION, 0, null, null, null, range, p,
						range.deviations(p), null, null, false));
				assertThat(refused(outcome)).isEqualTo(fen == 300000 ? List.of() : List.of("APL51_ORGANIZATION"));
			}
		}

		@Test
		void theLimitsDoNotApplyToTheOrdinaryProcedure() {
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(0),
					fine(50000), null, null, false))).isEmpty();
		}
	}

	@Nested
	class SimpleProcedureKinds {

		@Test
		void detentionCannotBeDecidedOnTheSpot() {
			PenaltyComponents p = new PenaltyComponents(false, 10000L, 3, 0, LicenceAction.NONE, null, false);
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0), p, null,
					null, false))).containsExactly("APL51_KINDS");
		}

		@Test
		void aLicenceCannotBeSuspendedOnTheSpot() {
			PenaltyComponents p = new PenaltyComponents(false, 10000L, null, 0, LicenceAction.SUSPEND, 6, false);
			assertThat(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(0), p, "reason", null,
					false).refusals()).extracting(RuleRefusal::field).contains("licenceAction");
		}

		@Test
		void aViolationWhoseStandardRequiresDetentionNeedsTheOrdinaryProcedure() {
			GradeRange detentionRequired = new GradeRange(Grade.ORDINARY, false, 20000L, 50000L, true, 5, 10, true,
					LicenceAction.NONE, null, null, false, false, 0, null);
			RuleBook.Outcome outcome = check(Procedure.SIMPLE, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN,
					detentionRequired, fine(20000), null, "none", false);
			assertThat(outcome.refusals()).extracting(RuleRefusal::detailCode).contains("rule.simpleKinds.requiresOrdinary");
		}
	}

	@Nested
	class MandatoryComponents {

		@Test
		void pointsTheCodeCarriesCannotBeLeftOutWithoutALawfulReason() {
			PenaltyComponents noPoints = fine(20000);
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(6), noPoints, null,
					null, false))).containsExactly("POINTS_MANDATORY");
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(6), noPoints, null,
					"驾驶人系执行紧急任务的消防车驾驶人", false))).isEmpty();
		}

		@Test
		void pointsAreExactlyThoseOfTheCode() {
			PenaltyComponents three = new PenaltyComponents(false, 20000L, null, 3, LicenceAction.NONE, null, false);
			PenaltyComponents six = new PenaltyComponents(false, 20000L, null, 6, LicenceAction.NONE, null, false);
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(6), three, null,
					"reason", false))).containsExactly("POINTS_MANDATORY");
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(6), six, null,
					null, false))).isEmpty();
			assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, wide(0), six, null,
					null, false))).containsExactly("POINTS_MANDATORY");
		}

		@Test
		void detentionTheStandardRequiresCannotBeReplacedByAFine() {
			GradeRange detentionRequired = new GradeRange(Grade.ORDINARY, false, 20000L, 50000L, true, 5, 10, true,
					LicenceAction.NONE, null, null, false, false, 0, null);
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN,
					detentionRequired, fine(50000), null, null, false))).containsExactly("DETENTION_MANDATORY");
			RuleBook.Outcome withReason = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN,
					detentionRequired, fine(50000), null, "已满十四周岁不满十六周岁，依法不执行行政拘留", false);
			assertThat(refused(withReason)).isEmpty();
			assertThat(withReason.reviewRules()).extracting(r -> r.code()).containsExactly("REVIEW_OUT_OF_RANGE");
		}

		@Test
		void aRequiredLicenceActionCannotBeLeftOut() {
			GradeRange drink = new GradeRange(Grade.ORDINARY, false, 100000L, 200000L, true, null, null, false,
					LicenceAction.SUSPEND, 6, 6, true, false, 12, null);
			PenaltyComponents fineOnly = new PenaltyComponents(false, 150000L, null, 12, LicenceAction.NONE, null, false);
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, drink, fineOnly, null,
					null, false))).containsExactly("LICENCE_MANDATORY");
			PenaltyComponents both = new PenaltyComponents(false, 150000L, null, 12, LicenceAction.SUSPEND, 6, false);
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, drink, both, null,
					null, false))).isEmpty();
		}
	}

	@Nested
	class HearingNotice {

		@Test
		void aCitizenFinedBelow2000YuanHasNoHearingRight() {
			RuleBook.Outcome outcome = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
					fine(199999), null, null, false);
			assertThat(outcome.hearingApplies()).isFalse();
			assertThat(refused(outcome)).isEmpty();
			assertThat(outcome.reviewRules()).isEmpty();
		}

		@Test
		void aCitizenFined2000YuanMustFirstBeToldOfTheHearingRightAndTheDecisionIsReviewed() {
			RuleBook.Outcome without = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
					fine(200000), null, null, false);
			assertThat(refused(without)).containsExactly("HEARING_CITIZEN");
			assertThat(without.refusals().get(0).field()).isEqualTo("hearingNoticeGiven");
			RuleBook.Outcome with = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
					fine(200000), null, null, true);
			assertThat(refused(with)).isEmpty();
			assertThat(with.hearingApplies()).isTrue();
			assertThat(with.reviewRules()).extracting(r -> r.code()).containsExactly("REVIEW_HEARING");
		}

		@Test
		void anOrganizationsThresholdIs10000Yuan() {
			assertThat(check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.ORGANIZATION, wide(0),
					fine(999999), null, null, false).hearingApplies()).isFalse();
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.ORGANIZATION, wide(0),
					fine(1000000), null, null, false))).containsExactly("HEARING_ORGANIZATION");
		}

		@Test
		void revokingALicenceRequiresTheHearingNotice() {
			GradeRange revocation = new GradeRange(Grade.HEAVIER, false, 150000L, 200000L, true, null, null, false,
					LicenceAction.REVOKE, null, null, false, false, 6, null);
			PenaltyComponents p = new PenaltyComponents(false, 150000L, null, 6, LicenceAction.REVOKE, null, false);
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, revocation, p, null,
					null, false))).containsExactly("HEARING_REVOCATION");
			assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, revocation, p, null,
					null, true))).isEmpty();
		}
	}

	@Nested
	class OutOfRange {

		private final GradeRange assault = new GradeRange(Grade.ORDINARY, false, 20000L, 50000L, true, 5, 10, true,
				LicenceAction.NONE, null, null, false, false, 0, null);

		@Test
		void leavingTheRangeWithoutAWrittenReasonIsRefusedOnTheReasonAndTheComponent() {
			PenaltyComponents p = new PenaltyComponents(false, 50001L, 10, 0, LicenceAction.NONE, null, false);
			RuleBook.Outcome outcome = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, assault,
					p, " ", null, false);
			assertThat(refused(outcome)).containsExactly("RANGE_REASON");
			assertThat(outcome.refusals()).extracting(RuleRefusal::field).containsExactly("deviationReason", "fine");
		}

		@Test
		void withAReasonItGoesToLegalReviewInTheOrdinaryProcedure() {
			PenaltyComponents p = new PenaltyComponents(false, 50000L, 11, 0, LicenceAction.NONE, null, false);
			RuleBook.Outcome outcome = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, assault,
					p, "情节恶劣", null, false);
			assertThat(refused(outcome)).isEmpty();
			assertThat(outcome.reviewRules()).extracting(r -> r.code()).containsExactly("REVIEW_OUT_OF_RANGE");
		}

		@Test
		void justInsideTheRangeNeedsNoReasonAndNoReview() {
			PenaltyComponents p = new PenaltyComponents(false, 50000L, 10, 0, LicenceAction.NONE, null, false);
			RuleBook.Outcome outcome = check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, assault,
					p, null, null, false);
			assertThat(outcome.refusals()).isEmpty();
			assertThat(outcome.reviewRules()).isEmpty();
		}

		@Test
		void onTheSpotAReasonedDeviationIsFlaggedButNotReviewed() {
			GradeRange redLight = new GradeRange(Grade.ORDINARY, false, 20000L, 20000L, true, null, null, false,
					LicenceAction.NONE, null, null, false, false, 6, null);
			PenaltyComponents p = new PenaltyComponents(false, 15000L, null, 6, LicenceAction.NONE, null, false);
			RuleBook.Outcome outcome = check(Procedure.SIMPLE, ViolationDomain.TRAFFIC, OffenderKind.CITIZEN, redLight, p,
					"驾驶人为避让救护车", null, false);
			assertThat(outcome.refusals()).isEmpty();
			assertThat(outcome.reviewRules()).isEmpty();
		}
	}

	@Test
	void rulesOfAnotherDomainDoNotApply() {
		// Article 107 concerns traffic police only; a public-order fine on the spot meets PSAPL 100 instead.
		assertThat(refused(check(Procedure.SIMPLE, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
				fine(30000), null, null, false))).doesNotContain("RTSL107");
		// Points are a traffic matter.
		assertThat(refused(check(Procedure.ORDINARY, ViolationDomain.PUBLIC_ORDER, OffenderKind.CITIZEN, wide(0),
				fine(10000), null, null, false))).isEmpty();
	}
}
