package org.gongzheng.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.supervision.alerts.Alert;
import org.gongzheng.supervision.alerts.AlertQueries;
import org.gongzheng.supervision.alerts.AlertView;

/**
 * Each rule with a subject that triggers it and one just short of its threshold. The subjects are
 * written at the threshold's edge relative to now; a full run then looks at the whole database.
 */
@IntegrationTest
class SupervisionRulesIntegrationTest {

	private final SupervisionEngine engine;

	private final SupervisionData data;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final AlertQueries alerts;

	private final AlertView alertView;

	SupervisionRulesIntegrationTest(SupervisionEngine engine, SupervisionData data, Fixtures fixtures, JdbcTemplate jdbc,
			Clock clock, AlertQueries alerts, AlertView alertView) {
		this.alerts = alerts;
		this.alertView = alertView;
		this.engine = engine;
		this.data = data;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private Instant ago(Duration duration) {
		return clock.instant().minus(duration);
	}

	private List<String> openAlerts(String subjectKey) {
		return jdbc.queryForList("SELECT rule_code FROM supervision_alerts WHERE subject_key = ? AND status <> 'CLOSED' ORDER BY rule_code",
				String.class, subjectKey);
	}

	@Test
	void anIntakeNotAcceptedWithinItsHoursIsRaisedAndOneJustYoungerIsNot() {
		Fixtures.Bureau b = fixtures.bureau();
		long late = data.registered(b, ago(Duration.ofHours(24).plusMinutes(5)));
		long young = data.registered(b, ago(Duration.ofHours(23).plusMinutes(55)));
		engine.run("TEST");
		assertThat(openAlerts("case:" + late)).containsExactly("INTAKE_NOT_ACCEPTED");
		assertThat(openAlerts("case:" + young)).isEmpty();
		Long officer = jdbc.queryForObject("SELECT officer_id FROM supervision_alerts WHERE subject_key = ? AND status <> 'CLOSED'",
				Long.class, "case:" + late);
		assertThat(officer).isEqualTo(b.officer().officerId());
	}

	@Test
	void aCaseAcceptedButNotFiledForLongerThanItsDaysIsRaisedAndOneJustYoungerIsNot() {
		Fixtures.Bureau b = fixtures.bureau();
		long stale = data.caseIn(b, "ACCEPTED", ago(Duration.ofDays(8)), ago(Duration.ofDays(7).plusMinutes(5)), null, null, null);
		long fresh = data.caseIn(b, "ACCEPTED", ago(Duration.ofDays(8)), ago(Duration.ofDays(7).minusMinutes(5)), null, null, null);
		engine.run("TEST");
		assertThat(openAlerts("case:" + stale)).containsExactly("ACCEPTED_NOT_FILED");
		assertThat(openAlerts("case:" + fresh)).isEmpty();
	}

	@Test
	void aFiledCaseLackingAMaterialItsStateRequiresIsRaisedButNotWithinTheGracePeriodOrWithTheMaterial() {
		Fixtures.Bureau b = fixtures.bureau();
		long bare = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(4)), ago(Duration.ofDays(3)), ago(Duration.ofHours(25)), null, null);
		long recent = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(4)), ago(Duration.ofDays(3)), ago(Duration.ofHours(23)), null, null);
		long complete = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(4)), ago(Duration.ofDays(3)), ago(Duration.ofHours(25)), null, null);
		data.material(complete, "INQUIRY_RECORD", b.officer().officerId());
		data.material(bare, "PHOTO", b.officer().officerId());
		engine.run("TEST");
		assertThat(openAlerts("case:" + bare)).containsExactly("FILED_WITHOUT_REQUIRED_MATERIALS");
		assertThat(openAlerts("case:" + recent)).isEmpty();
		assertThat(openAlerts("case:" + complete)).isEmpty();
		String missing = jdbc.queryForObject("SELECT details ->> 'missing' FROM supervision_alerts WHERE subject_key = ?", String.class,
				"case:" + bare);
		assertThat(missing).isEqualTo("INQUIRY_RECORD");
	}

	@Test
	void aRequiredMaterialVoidedAsAddedByMistakeNoLongerCountsAsPresent() {
		Fixtures.Bureau b = fixtures.bureau();
		long voided = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(4)), ago(Duration.ofDays(3)), ago(Duration.ofHours(25)), null, null);
		data.material(voided, "INQUIRY_RECORD", b.officer().officerId());
		jdbc.update("UPDATE case_materials SET voided_at = now(), voided_by = ?, void_reason = '他案笔录' WHERE case_id = ?",
				b.officer().officerId(), voided);
		engine.run("TEST");
		assertThat(openAlerts("case:" + voided)).containsExactly("FILED_WITHOUT_REQUIRED_MATERIALS");
	}

	@Test
	void caseDeadlinesInsideTheirWarningWindowAreNearAndPastOnesPassedButNotBefore() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(20)), ago(Duration.ofDays(20)), ago(Duration.ofDays(19)), null, null);
		Instant now = clock.instant();
		long near = data.deadline(c, "ADMIN_CASE_HANDLING", now.minus(Duration.ofDays(29)), now.plus(Duration.ofHours(71)), 72);
		long notYet = data.deadline(c, "ADMIN_CASE_HANDLING", now.minus(Duration.ofDays(26)), now.plus(Duration.ofHours(73)), 72);
		long passed = data.deadline(c, "QUESTIONING", now.minus(Duration.ofHours(9)), now.minus(Duration.ofMinutes(5)), 1);
		long met = data.deadline(c, "QUESTIONING", now.minus(Duration.ofHours(9)), now.minus(Duration.ofHours(1)), 1);
		data.closeDeadline(met);
		engine.run("TEST");
		assertThat(openAlerts("deadline:" + near)).containsExactly("DEADLINE_NEAR");
		assertThat(openAlerts("deadline:" + notYet)).isEmpty();
		assertThat(openAlerts("deadline:" + passed)).containsExactly("DEADLINE_PASSED");
		assertThat(openAlerts("deadline:" + met)).isEmpty();
	}

	@Test
	void aDetentionRunningPastItsLongestDurationHasPassedOneWithinADayIsNearAndAYoungerOneNeither() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(40)), ago(Duration.ofDays(40)), ago(Duration.ofDays(40)), null, null);
		long over = data.measure(c, "CRIMINAL_DETENTION", ago(Duration.ofDays(37).plusMinutes(5)), b.officer().officerId());
		long close = data.measure(c, "CRIMINAL_DETENTION", ago(Duration.ofDays(36).plusHours(1)), b.officer().officerId());
		long young = data.measure(c, "CRIMINAL_DETENTION", ago(Duration.ofDays(35).plusHours(23)), b.officer().officerId());
		engine.run("TEST");
		assertThat(openAlerts("measure:" + over)).containsExactly("DEADLINE_PASSED");
		assertThat(openAlerts("measure:" + close)).containsExactly("DEADLINE_NEAR");
		assertThat(openAlerts("measure:" + young)).isEmpty();
	}

	@Test
	void seizedPropertyOutOfTheRegisterOrPastItsDisposalDeadlineIsRaisedButNotAtTheEdge() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)), null, null);
		long by = b.officer().officerId();
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		long unregistered = data.property(c, ago(Duration.ofHours(24).plusMinutes(5)), today.plusDays(30), null, by);
		long justSeized = data.property(c, ago(Duration.ofHours(23).plusMinutes(55)), today.plusDays(30), null, by);
		long kept = data.property(c, ago(Duration.ofDays(5)), today.minusDays(1), "RK-T-" + System.nanoTime(), by);
		long dueToday = data.property(c, ago(Duration.ofDays(5)), today, "RK-U-" + System.nanoTime(), by);
		engine.run("TEST");
		assertThat(openAlerts("property:" + unregistered)).containsExactly("SEIZED_PROPERTY_UNREGISTERED");
		assertThat(openAlerts("property:" + justSeized)).isEmpty();
		assertThat(openAlerts("property:" + kept)).containsExactly("SEIZED_PROPERTY_KEPT_TOO_LONG");
		assertThat(openAlerts("property:" + dueToday)).isEmpty();
	}

	@Test
	void registerEntriesWithoutABasisInTheCaseFileAndDecisionsMissingFromTheRegisterAreRaised() {
		Fixtures.Bureau b = fixtures.bureau();
		long by = b.officer().officerId();
		long undecided = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)), null, null);
		long decided = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(2)), "ADMINISTRATIVE_PENALTY");
		long penaltyWithoutDecision = data.penalty(b, undecided, false, null, null, 10000L);
		long penaltyOnDecided = data.penalty(b, decided, false, null, null, 10000L);
		long revoked = data.caseIn(b, "REVOKED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)), null, null);
		long detentionOnRevoked = data.measure(revoked, "CRIMINAL_DETENTION", ago(Duration.ofDays(2)), by);
		long detentionOnOpenCase = data.measure(undecided, "CRIMINAL_DETENTION", ago(Duration.ofDays(2)), by);
		long decidedWithoutRegister = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)),
				ago(Duration.ofDays(9)), ago(Duration.ofHours(25)), "ADMINISTRATIVE_PENALTY");
		long justDecided = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofHours(23)), "ADMINISTRATIVE_PENALTY");
		engine.run("TEST");
		assertThat(openAlerts("penalty:" + penaltyWithoutDecision)).containsExactly("LEDGER_WITHOUT_CASE_FILE");
		assertThat(openAlerts("penalty:" + penaltyOnDecided)).isEmpty();
		assertThat(openAlerts("measure:" + detentionOnRevoked)).contains("LEDGER_WITHOUT_CASE_FILE");
		assertThat(openAlerts("measure:" + detentionOnOpenCase)).doesNotContain("LEDGER_WITHOUT_CASE_FILE");
		assertThat(openAlerts("case:" + decidedWithoutRegister)).contains("DECISION_MISSING_FROM_LEDGER");
		assertThat(openAlerts("case:" + justDecided)).doesNotContain("DECISION_MISSING_FROM_LEDGER");
		assertThat(openAlerts("case:" + decided)).doesNotContain("DECISION_MISSING_FROM_LEDGER");
	}

	@Test
	void decisionsOutsideTheRangeOverTheSimpleLimitOrOmittingAMandatoryComponentAreRaised() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(1)), "ADMINISTRATIVE_PENALTY");
		long c2 = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(1)), "ADMINISTRATIVE_PENALTY");
		long c3 = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(1)), "ADMINISTRATIVE_PENALTY");
		long outside = data.penalty(b, c, true, "当事人主动赔偿", null, 10000L);
		long inside = data.penalty(b, c2, false, null, null, 10000L);
		long withoutDetention = data.penalty(b, c3, "ORDINARY", null, false, null, null, 20000L);
		jdbc.update("""
				UPDATE penalty_decisions SET standard_id = (SELECT g.standard_id FROM discretion_grades g
				    JOIN discretion_standards s ON s.id = g.standard_id JOIN violations v ON v.id = s.violation_id
				    WHERE v.code = 'PO01' AND g.grade = 'ORDINARY' AND g.detention_required ORDER BY g.standard_id LIMIT 1)
				WHERE id = ?""", withoutDetention);
		Instant at = ago(Duration.ofHours(1));
		long overLimit = data.onsite(b, at, "DSJ-0001/a", 20001, 6, null);
		long atLimit = data.onsite(b, at, "DSJ-0001/b", 20000, 6, null);
		long pointsLeftOut = data.onsite(b, at, "DSJ-0001/c", 20000, 0, "驾驶人已满分");
		engine.run("TEST");
		assertThat(openAlerts("penalty:" + outside)).containsExactly("PENALTY_OUT_OF_RANGE");
		assertThat(openAlerts("penalty:" + inside)).isEmpty();
		assertThat(openAlerts("penalty:" + withoutDetention)).containsExactly("MANDATORY_COMPONENT_OMITTED");
		assertThat(openAlerts("onsite:" + overLimit)).contains("SIMPLE_PROCEDURE_OVER_LIMIT")
			.doesNotContain("MANDATORY_COMPONENT_OMITTED");
		assertThat(openAlerts("onsite:" + atLimit)).doesNotContain("SIMPLE_PROCEDURE_OVER_LIMIT", "MANDATORY_COMPONENT_OMITTED");
		assertThat(openAlerts("onsite:" + pointsLeftOut)).contains("MANDATORY_COMPONENT_OMITTED");
		String omitted = jdbc.queryForObject("SELECT details ->> 'omitted' FROM supervision_alerts WHERE subject_key = ? AND rule_code = ?",
				String.class, "onsite:" + pointsLeftOut, "MANDATORY_COMPONENT_OMITTED");
		assertThat(omitted).contains("POINTS");
	}

	@Test
	void aDecisionWhoseContentChangedAfterItsApprovalIsRaisedAndAnUnchangedOneIsNot() {
		Fixtures.Bureau b = fixtures.bureau();
		long c1 = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(1)), "ADMINISTRATIVE_PENALTY");
		long c2 = data.caseIn(b, "DECIDED", ago(Duration.ofDays(10)), ago(Duration.ofDays(10)), ago(Duration.ofDays(9)),
				ago(Duration.ofDays(1)), "ADMINISTRATIVE_PENALTY");
		long changed = data.penalty(b, c1, false, null, null, 20000L);
		long unchanged = data.penalty(b, c2, false, null, null, 20000L);
		data.approvedAt(b, changed, c1, ago(Duration.ofDays(1)));
		data.approvedAt(b, unchanged, c2, ago(Duration.ofDays(1)));
		jdbc.update("UPDATE penalty_decisions SET fine_fen = 30000 WHERE id = ?", changed);
		engine.run("TEST");
		assertThat(openAlerts("penalty:" + changed)).containsExactly("DECISION_CHANGED_AFTER_APPROVAL");
		assertThat(openAlerts("penalty:" + unchanged)).isEmpty();
	}

	@Test
	void anApprovalSignedFasterThanTheThresholdAfterOpeningTheMaterialsIsRaisedAndOneAtTheThresholdIsNot() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "FILED", ago(Duration.ofDays(3)), ago(Duration.ofDays(3)), ago(Duration.ofDays(2)), null, null);
		Instant opened = ago(Duration.ofHours(2));
		long fast = data.signature(b, c, opened, opened.plusSeconds(59));
		long careful = data.signature(b, c, opened, opened.plusSeconds(60));
		engine.run("TEST");
		assertThat(openAlerts("signature:" + fast)).containsExactly("SIGNED_TOO_FAST");
		assertThat(openAlerts("signature:" + careful)).isEmpty();
		Long signer = jdbc.queryForObject("SELECT officer_id FROM supervision_alerts WHERE subject_key = ?", Long.class,
				"signature:" + fast);
		assertThat(signer).isEqualTo(b.reviewer().officerId());
		// The link is named in the reader's language: the signature keeps '审核', its chain link an English name.
		String english = jdbc.queryForObject("""
				SELECT l.name_en FROM approval_signatures s JOIN approval_requests r ON r.id = s.request_id
				JOIN approval_chain_links l ON l.chain_id = r.chain_id AND l.link_order = s.link_order WHERE s.id = ?""",
				String.class, fast);
		Alert alert = alerts.find(jdbc.queryForObject("SELECT id FROM supervision_alerts WHERE subject_key = ?", Long.class,
				"signature:" + fast)).orElseThrow();
		assertThat(alertView.reason(alert, Locale.ENGLISH)).startsWith("The \"" + english + "\" link of case ")
			.doesNotContain("审核");
		assertThat(alertView.reason(alert, Locale.SIMPLIFIED_CHINESE)).contains("审核");
	}

	@Test
	void anOnSiteDecisionIsRaisedUnlessAClipOfItsCameraCoversTheTimeWithinTheMargin() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(3)), ago(Duration.ofDays(3)), ago(Duration.ofDays(2)), null, null);
		String device = "DSJ-T" + (System.nanoTime() % 100000);
		Instant at = ago(Duration.ofHours(3));
		data.bodycam(c, device, at.plus(Duration.ofMinutes(9)), at.plus(Duration.ofMinutes(30)), b.officer().officerId());
		long covered = data.onsite(b, at, device.toLowerCase() + "/0815-01", 10000, 6, null);
		long uncovered = data.onsite(b, at.minus(Duration.ofMinutes(2)), device + "/0813-01", 10000, 6, null);
		long otherCamera = data.onsite(b, at, device + "X/0815-01", 10000, 6, null);
		engine.run("TEST");
		assertThat(openAlerts("onsite:" + covered)).doesNotContain("ONSITE_WITHOUT_BODYCAM");
		assertThat(openAlerts("onsite:" + uncovered)).contains("ONSITE_WITHOUT_BODYCAM");
		assertThat(openAlerts("onsite:" + otherCamera)).contains("ONSITE_WITHOUT_BODYCAM");
	}

	@Test
	void aCaseClipVoidedAsAddedByMistakeNoLongerCoversAnOnSiteDecision() {
		Fixtures.Bureau b = fixtures.bureau();
		long c = data.caseIn(b, "INVESTIGATING", ago(Duration.ofDays(3)), ago(Duration.ofDays(3)), ago(Duration.ofDays(2)), null, null);
		String device = "DSJ-V" + (System.nanoTime() % 100000);
		Instant at = ago(Duration.ofHours(3));
		data.bodycam(c, device, at.minus(Duration.ofMinutes(5)), at.plus(Duration.ofMinutes(30)), b.officer().officerId());
		jdbc.update("UPDATE case_materials SET voided_at = now(), voided_by = ?, void_reason = '他人设备的视频' WHERE case_id = ?",
				b.officer().officerId(), c);
		long decision = data.onsite(b, at, device + "/0815-01", 10000, 6, null);
		engine.run("TEST");
		assertThat(openAlerts("onsite:" + decision)).contains("ONSITE_WITHOUT_BODYCAM");
	}

	@Test
	void aClipInTheTrafficRegisterCoversAnOnSiteDecisionButOneJustOutsideTheMarginDoesNot() {
		Fixtures.Bureau b = fixtures.bureau();
		String device = "DSJ-R" + (System.nanoTime() % 100000);
		String farDevice = device + "F";
		Instant at = ago(Duration.ofHours(3));
		data.registeredClip(b, device, at.plus(Duration.ofMinutes(10)), at.plus(Duration.ofMinutes(40)));
		data.registeredClip(b, farDevice, at.minus(Duration.ofMinutes(40)), at.minus(Duration.ofMinutes(10)).minusSeconds(1));
		long covered = data.onsite(b, at, device.toLowerCase() + "/0815-01", 10000, 6, null);
		long justOutside = data.onsite(b, at, farDevice + "/0815-01", 10000, 6, null);
		engine.run("TEST");
		assertThat(openAlerts("onsite:" + covered)).doesNotContain("ONSITE_WITHOUT_BODYCAM");
		assertThat(openAlerts("onsite:" + justOutside)).contains("ONSITE_WITHOUT_BODYCAM");
	}

	@Test
	void everySeededRuleHasItsSqlAndEvaluatesWithoutError() {
		List<String> codes = jdbc.queryForList("SELECT code FROM supervision_rules", String.class);
		assertThat(codes).hasSizeGreaterThanOrEqualTo(15);
		RunSummary summary = engine.run("TEST");
		assertThat(summary.runId()).isPositive();
		assertThat(summary.openByRule()).isNotNull();
		assertThat(summary.millisByRule().keySet())
			.containsExactlyInAnyOrderElementsOf(jdbc.queryForList("SELECT code FROM supervision_rules WHERE enabled", String.class));
	}

	@Test
	void seededChineseRuleTextsQuoteWithChineseQuotationMarks() {
		List<String> ascii = jdbc.queryForList("""
				SELECT code FROM supervision_rules WHERE description_zh LIKE '%"%' OR citation LIKE '%"%' OR name_zh LIKE '%"%'
				UNION ALL
				SELECT code FROM evaluation_parameters WHERE citation LIKE '%"%' OR name_zh LIKE '%"%'
				""", String.class);
		assertThat(ascii).isEmpty();
		assertThat(jdbc.queryForObject("SELECT description_zh FROM supervision_rules WHERE code = 'INTAKE_NOT_ACCEPTED'", String.class))
			.contains("“已登记”");
	}
}
