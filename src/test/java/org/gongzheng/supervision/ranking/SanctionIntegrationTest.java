package org.gongzheng.supervision.ranking;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.approval.Approvals;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.CaseType;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.LawCaseRepository;
import org.gongzheng.casework.internal.ReportSource;
import org.gongzheng.casework.internal.TransitionCommand;
import org.gongzheng.casework.internal.TransitionOutcome;
import org.gongzheng.organization.ApprovalRights;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.shared.error.ForbiddenException;
import org.gongzheng.supervision.quality.Months;
import org.gongzheng.supervision.quality.QualityRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Three strikes in a year suspend a reviewer's approval rights until LEGAL restores them; units get yellow cards. */
@IntegrationTest
class SanctionIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final QualityRows rows;

	private final Rankings rankings;

	private final Months months;

	private final ApprovalRights rights;

	private final Approvals approvals;

	private final TestApprovals testApprovals;

	private final CaseWork work;

	private final LawCaseRepository cases;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	SanctionIntegrationTest(MockMvc mvc, Fixtures fixtures, QualityRows rows, Rankings rankings, Months months,
			ApprovalRights rights, Approvals approvals, TestApprovals testApprovals, CaseWork work, LawCaseRepository cases,
			TestCases testCases, JdbcTemplate jdbc) {
		this.testCases = testCases;
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.rows = rows;
		this.rankings = rankings;
		this.months = months;
		this.rights = rights;
		this.approvals = approvals;
		this.testApprovals = testApprovals;
		this.work = work;
		this.cases = cases;
		this.jdbc = jdbc;
	}

	/** Three past months of one calendar year: the first quarter, or last year's fourth early in a year. */
	private List<YearMonth> pastMonthsOfOneYear() {
		YearMonth now = months.current();
		int year = now.getMonthValue() > 3 ? now.getYear() : now.getYear() - 1;
		int first = now.getMonthValue() > 3 ? 1 : 10;
		return List.of(YearMonth.of(year, first), YearMonth.of(year, first + 1), YearMonth.of(year, first + 2));
	}

	/** Four station-level signers each sign a case; only the chief's case draws an alert afterwards. */
	private void chiefAtTheBottomIn(Fixtures.Bureau b, YearMonth month) {
		Instant signed = months.start(month).plus(Duration.ofDays(1));
		for (SignedInOfficer signer : List.of(b.stationChief(), b.colleague(), b.unqualified(), b.otherStationOfficer())) {
			long caseId = rows.caseIn(b.stationOne(), b.officer().officerId(), "FILED", signed.minus(Duration.ofHours(3)));
			rows.signature(caseId, b.stationOne(), signer.officerId(), "办案部门审核", signed);
			if (signer == b.stationChief()) {
				rows.alert(caseId, b.stationOne(), b.officer().officerId(), signed.plus(Duration.ofDays(2)),
						signed.plus(Duration.ofDays(7)), "RAISED", null);
			}
		}
	}

	@Test
	void aReviewerAtTheBottomThreeTimesInAYearCannotSignUntilLegalRestoresThem() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long chief = b.stationChief().officerId();
		List<YearMonth> strikes = pastMonthsOfOneYear();

		chiefAtTheBottomIn(b, strikes.get(0));
		rankings.compute(b.bureau().getPath(), strikes.get(0));
		chiefAtTheBottomIn(b, strikes.get(1));
		rankings.compute(b.bureau().getPath(), strikes.get(1));
		assertThat(rights.suspended(chief)).as("two strikes are not enough").isFalse();
		chiefAtTheBottomIn(b, strikes.get(2));
		rankings.compute(b.bureau().getPath(), strikes.get(2));
		assertThat(rights.suspended(chief)).isTrue();
		assertThat(rights.history(chief)).hasSize(1).first().satisfies(change -> {
			assertThat(change.changedBy()).isNull();
			assertThat(change.reason()).contains("第3次").doesNotContain("peer group");
			assertThat(change.reason(Locale.ENGLISH)).startsWith("Bottom of the peer group for the 3rd time in ");
		});
		// The suspended reviewer's queue says why, in the reader's language only.
		mvc.perform(get("/approvals").param("lang", "en").with(user(testApprovals.signerOf(chief))))
			.andExpect(content().string(containsString("Bottom of the peer group for the 3rd time")))
			.andExpect(content().string(not(containsString("排名末位"))));
		rankings.compute(b.bureau().getPath(), strikes.get(2));
		assertThat(jdbc.queryForObject("select count(*) from reviewer_sanctions where officer_id = ?", Long.class, chief))
			.isEqualTo(1);

		// The approval module refuses the suspended reviewer on a real filing in their own station.
		long request = pendingFiling(b);
		testApprovals.readEverything(requestCase(request), chief);
		assertThat(approvals.eligibleSigners(request)).doesNotContain(chief);
		SignedInOfficer chiefSignedIn = testApprovals.signerOf(chief);
		assertThatThrownBy(() -> approvals.sign(request, Approvals.Decision.APPROVE, null, chiefSignedIn))
			.isInstanceOfSatisfying(ForbiddenException.class,
					ex -> assertThat(ex.messageCode()).isEqualTo("approval.suspended"));

		mvc.perform(get("/supervision/sanctions").with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(b.stationChief().name())));
		String chiefVersion = String.valueOf(officerVersion(chief));
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.reviewer())).with(csrf())
			.param("version", chiefVersion).param("reason", "整改到位")).andExpect(status().isForbidden());
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(fixtures.bureau().legal())).with(csrf())
			.param("version", chiefVersion).param("reason", "整改到位")).andExpect(status().isNotFound());
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.legal())).with(csrf())
			.param("version", chiefVersion).param("reason", "  "))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("必填")));
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.legal())).with(csrf())
			.param("version", chiefVersion).param("reason", "理".repeat(501))).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能超过 500 个字符")));
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.legal())).with(csrf())
			.param("version", chiefVersion).param("reason", "整改\u0000到位")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能包含空字符（NUL）")));
		assertThat(rights.suspended(chief)).isTrue();
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.legal())).with(csrf())
			.param("version", chiefVersion).param("reason", "已参加执法培训并考试合格，恢复审批权限"))
			.andExpect(status().is3xxRedirection());
		assertThat(rights.suspended(chief)).isFalse();
		assertThat(jdbc.queryForObject("select restore_reason from reviewer_sanctions where officer_id = ?", String.class, chief))
			.isEqualTo("已参加执法培训并考试合格，恢复审批权限");

		approvals.sign(request, Approvals.Decision.APPROVE, "材料齐全，同意立案", testApprovals.signerOf(chief));
		assertThat(jdbc.queryForObject("select count(*) from approval_signatures where request_id = ? and signer_id = ?",
				Long.class, request, chief)).isEqualTo(1);
		mvc.perform(get("/supervision/records/officers/{id}", chief).with(user(b.stationChief())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("已参加执法培训")));
	}

	@Test
	void aRestoreNamesTheOfficersVersionSoOneMadeAgainstAnOlderOneIsAConflictAndTheApiAnswersWithTheRights()
			throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long chief = b.stationChief().officerId();
		long before = officerVersion(chief);
		rights.suspend(chief, "测试暂停", null);
		long suspended = officerVersion(chief);
		assertThat(suspended).isGreaterThan(before);
		String restore = "/api/v1/supervision/sanctions/officers/{id}/restore";

		mvc.perform(post(restore, chief).with(user(b.legal())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"整改到位\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")));
		mvc.perform(post(restore, chief).with(user(b.legal())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"整改到位\", \"version\": %d}".formatted(before)))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/supervision/sanctions").with(user(b.legal())))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + suspended + "\"")));
		mvc.perform(post("/supervision/sanctions/officers/{id}/restore", chief).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(before)).param("reason", "整改到位"))
			.andExpect(status().isConflict());
		assertThat(rights.suspended(chief)).isTrue();

		mvc.perform(post(restore, chief).with(user(b.legal())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"整改到位\", \"version\": %d}".formatted(suspended)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.officerId").value(chief))
			.andExpect(jsonPath("$.approvalRightsSuspended").value(false))
			.andExpect(jsonPath("$.version").value(officerVersion(chief)));
		assertThat(rights.suspended(chief)).isFalse();
		assertThat(officerVersion(chief)).isGreaterThan(suspended);
	}

	@Test
	void aUnitAtTheBottomTwiceInAQuarterGetsAYellowCardItsPeopleSeeUntilLegalLiftsIt() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		List<YearMonth> quarter = pastMonthsOfOneYear();
		for (YearMonth month : quarter.subList(0, 2)) {
			Instant mid = months.start(month).plus(Duration.ofDays(12));
			rows.alert(null, b.stationOne(), b.officer().officerId(), mid, mid.plus(Duration.ofDays(3)), "CLOSED",
					mid.plus(Duration.ofDays(1)));
		}
		rankings.compute(b.bureau().getPath(), quarter.get(0));
		assertThat(jdbc.queryForObject("select count(*) from yellow_cards where unit_id = ?", Long.class, b.stationOne().getId()))
			.isZero();
		rankings.compute(b.bureau().getPath(), quarter.get(1));
		assertThat(jdbc.queryForObject("select rule from yellow_cards where unit_id = ?", String.class, b.stationOne().getId()))
			.isEqualTo("BOTTOM_IN_QUARTER");

		mvc.perform(get("/cases").with(user(b.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("page-banner")))
			.andExpect(content().string(containsString("本季度第2次在单位月度排名中居末位")))
			.andExpect(content().string(not(containsString("Bottom of the unit ranking"))));
		mvc.perform(get("/cases").param("lang", "en").with(user(b.officer())))
			.andExpect(content().string(containsString("Bottom of the unit ranking 2 times this quarter")))
			.andExpect(content().string(not(containsString("居末位"))));
		mvc.perform(get("/cases").with(user(b.otherStationOfficer())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("page-banner"))));
		mvc.perform(get("/supervision/rankings").param("month", quarter.get(1).toString()).with(user(b.otherStationOfficer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("黄牌警告")));
		mvc.perform(get("/supervision/units/{id}", b.stationOne().getId()).with(user(b.otherStationOfficer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("yellow-card")));
		// The card of a unit below is listed on its parent's page, its reason after the unit's name.
		mvc.perform(get("/supervision/units/{id}", b.bureau().getId()).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("</a>：<span")));
		mvc.perform(get("/supervision/units/{id}", b.bureau().getId()).param("lang", "en").with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("</a>: <span")));

		long card = jdbc.queryForObject("select id from yellow_cards where unit_id = ?", Long.class, b.stationOne().getId());
		mvc.perform(post("/supervision/yellow-cards/{id}/lift", card).with(user(b.legal())).with(csrf()).param("version", "0"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/supervision/yellow-cards/{id}/lift", card).with(user(b.legal())).with(csrf()).param("version", "0")
			.param("reason", "已完成\u0000整改")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能包含空字符（NUL）")));
		mvc.perform(post("/supervision/yellow-cards/{id}/lift", card).with(user(b.legal())).with(csrf()).param("version", "0")
			.param("reason", "已完成整改")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/supervision/yellow-cards/{id}/lift", card).with(user(b.legal())).with(csrf()).param("version", "0")
			.param("reason", "再次撤销")).andExpect(status().isConflict());
		mvc.perform(get("/cases").with(user(b.officer())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("page-banner"))));
	}

	@Test
	void aUnitWithTooManyOverdueAlertsInAMonthGetsAYellowCard() {
		Fixtures.Bureau b = fixtures.bureau();
		YearMonth month = months.previous();
		Instant start = months.start(month);
		for (int i = 0; i < 5; i++) {
			rows.alert(null, b.stationTwo(), null, start.plus(Duration.ofDays(1)), start.plus(Duration.ofDays(4)), "RAISED", null);
		}
		rankings.compute(b.bureau().getPath(), month);
		assertThat(jdbc.queryForObject("select rule from yellow_cards where unit_id = ?", String.class, b.stationTwo().getId()))
			.isEqualTo("OVERDUE_ALERTS");
	}

	private long officerVersion(long officerId) {
		return jdbc.queryForObject("select version from officers where id = ?", Long.class, officerId);
	}

	private long pendingFiling(Fixtures.Bureau b) {
		SignedInOfficer officer = b.officer();
		LawCase c = work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "李某盗窃案", "报案人称电动车被盗。", ReportSource.CALL_110,
				"王五", null, Instant.now().minusSeconds(3600), "东湖路1号", null, null), officer);
		transition(c.getId(), CaseTransition.ACCEPT, officer.officerId(), officer);
		testCases.addRecord(officer, c.getId());
		TransitionOutcome outcome = transition(c.getId(), CaseTransition.FILE, null, officer);
		assertThat(outcome.awaitingApproval()).isTrue();
		return outcome.approval().id();
	}

	private TransitionOutcome transition(long caseId, CaseTransition transition, Long handler, SignedInOfficer officer) {
		long version = cases.findById(caseId).orElseThrow().getVersion();
		return work.transition(caseId, new TransitionCommand(transition, version, null, handler, null, null, null), officer);
	}

	private long requestCase(long requestId) {
		return approvals.request(requestId).orElseThrow().caseId();
	}
}
