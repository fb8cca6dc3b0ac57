package org.gongzheng.supervision.ranking;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.supervision.quality.Months;
import org.gongzheng.supervision.quality.QualityRows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Monthly rankings over rows inserted into a fresh bureau, and the snapshot they are kept in. */
@IntegrationTest
class RankingIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final QualityRows rows;

	private final Rankings rankings;

	private final RankingQueries queries;

	private final Months months;

	private final JdbcTemplate jdbc;

	RankingIntegrationTest(MockMvc mvc, Fixtures fixtures, QualityRows rows, Rankings rankings, RankingQueries queries,
			Months months, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.rows = rows;
		this.rankings = rankings;
		this.queries = queries;
		this.months = months;
		this.jdbc = jdbc;
	}

	@Test
	void reviewersAreRankedWithinTheirPeerGroupByDefectsLaterFoundInCasesTheySigned() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		YearMonth month = months.previous();
		Instant start = months.start(month);
		Instant signed = start.plus(Duration.ofDays(1));
		Instant later = start.plus(Duration.ofDays(3));
		long chiefCase = signedCase(b, b.stationChief(), signed);
		long colleagueCase = signedCase(b, b.colleague(), signed);
		long officerCase = signedCase(b, b.officer(), signed);
		signedCase(b, b.unqualified(), signed);
		signedCase(b, b.otherStationOfficer(), signed);
		rows.signature(chiefCase, b.stationOne(), b.reviewer().officerId(), "分局负责人审批", signed);
		rows.alert(chiefCase, b.stationOne(), b.officer().officerId(), later, later.plus(Duration.ofDays(5)), "RAISED", null);
		rows.alert(chiefCase, b.stationOne(), b.officer().officerId(), later, later.plus(Duration.ofDays(5)), "RAISED", null);
		rows.alert(colleagueCase, b.stationOne(), b.colleague().officerId(), later, later.plus(Duration.ofDays(5)), "RAISED", null);
		// Raised before the signature: not a defect the signer missed.
		rows.alert(officerCase, b.stationOne(), b.officer().officerId(), start.plus(Duration.ofHours(2)),
				start.plus(Duration.ofDays(2)), "CLOSED", start.plus(Duration.ofHours(20)));
		long rectified = rows.alert(null, b.stationTwo(), null, start.plus(Duration.ofHours(1)), later, "CLOSED", later);
		jdbc.update("""
				insert into supervision_rectifications (alert_id, round, explanation, submitted_by, submitted_at, verdict)
				values (?, 1, '已补正', ?, ?, 'ACCEPTED')""", rectified, b.otherStationOfficer().officerId(), Timestamp.from(later));

		RankingTables.Snapshot snapshot = rankings.compute(b.bureau().getPath(), month);
		RankingTables tables = queries.tables(snapshot);

		Map<Long, RankingTables.ReviewerEntry> reviewers = tables.reviewers().stream()
			.collect(Collectors.toMap(RankingTables.ReviewerEntry::officerId, e -> e));
		RankingTables.ReviewerEntry chief = reviewers.get(b.stationChief().officerId());
		assertThat(chief.peerGroup()).isEqualTo("STATION");
		assertThat(chief.groupSize()).isEqualTo(5);
		assertThat(chief.alerts()).isEqualTo(2);
		assertThat(chief.place()).isEqualTo(5);
		assertThat(chief.bottom()).isTrue();
		assertThat(reviewers.get(b.colleague().officerId()).bottom()).isTrue();
		assertThat(reviewers.get(b.officer().officerId()).defectPoints()).isZero();
		assertThat(reviewers.get(b.officer().officerId()).bottom()).isFalse();
		assertThat(reviewers.get(b.officer().officerId()).place()).isEqualTo(1);
		RankingTables.ReviewerEntry subBureau = reviewers.get(b.reviewer().officerId());
		assertThat(subBureau.peerGroup()).isEqualTo("SUB_BUREAU");
		assertThat(subBureau.defectPoints()).isEqualTo(2);
		assertThat(subBureau.bottom()).as("a group of one has no bottom").isFalse();

		Map<Long, RankingTables.UnitEntry> units = tables.units().stream()
			.collect(Collectors.toMap(RankingTables.UnitEntry::unitId, e -> e));
		assertThat(units.get(b.stationOne().getId()).alerts()).isEqualTo(4);
		assertThat(units.get(b.stationOne().getId()).bottom()).isTrue();
		assertThat(units.get(b.stationTwo().getId()).place()).isEqualTo(1);
		assertThat(units.get(b.stationTwo().getId()).rectificationRate()).isEqualByComparingTo("100.0");
		assertThat(units.get(b.subBureau().getId()).peerGroup()).isEqualTo("SUB_BUREAU");
		assertThat(units.get(b.subBureau().getId()).alerts()).as("a sub-bureau counts its subtree").isEqualTo(5);
		assertThat(tables.officers()).extracting(RankingTables.OfficerEntry::officerId).contains(b.officer().officerId());

		// Stored, not recomputed: a later alert does not move the published placements.
		rows.alert(colleagueCase, b.stationOne(), b.colleague().officerId(), later, later, "RAISED", null);
		RankingTables.Snapshot again = rankings.compute(b.bureau().getPath(), month);
		assertThat(again.id()).isEqualTo(snapshot.id());
		assertThat(queries.tables(again).reviewers()).isEqualTo(tables.reviewers());

		String colleaguesRecord = "/supervision/records/officers/" + b.colleague().officerId() + "\"";
		mvc.perform(get("/supervision/rankings").param("month", month.toString()).with(user(b.otherStationOfficer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("所长")))
			.andExpect(content().string(not(containsString(colleaguesRecord))));
		mvc.perform(get("/supervision/rankings").param("month", month.toString()).with(user(b.legal())))
			.andExpect(status().isOk()).andExpect(content().string(containsString(colleaguesRecord)));
		// A rate and its counts, a person and their unit: full-width brackets in Chinese, " (…)" in English.
		mvc.perform(get("/supervision/rankings").param("month", month.toString()).with(user(b.legal())))
			.andExpect(content().string(containsString("100.0%（1/1）")));
		mvc.perform(get("/supervision/rankings").param("month", month.toString()).param("lang", "en").with(user(b.legal())))
			.andExpect(content().string(containsString("100.0% (1/1)")))
			.andExpect(content().string(not(containsString("%（"))));
		mvc.perform(get("/supervision/rankings/summary").with(user(b.officer())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ranking-summary")));
		mvc.perform(get("/api/v1/supervision/rankings").param("month", month.toString()).with(user(b.officer())))
			.andExpect(status().isOk()).andExpect(jsonPath("$.reviewers.length()").value(6));
		mvc.perform(post("/api/v1/supervision/rankings").param("month", month.toString()).with(user(b.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/supervision/rankings").param("month", months.current().toString()).with(user(b.legal()))
			.with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(post("/supervision/rankings/compute").param("month", month.toString()).with(user(b.legal())).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void aBrigadeHeadUnderASubBureauIsRankedWithTheStationChiefsADetachmentHeadWithTheSubBureausAndTheLegalDepartmentWithItsOwn() {
		Fixtures.Bureau b = fixtures.bureau();
		YearMonth month = months.previous();
		Instant signed = months.start(month).plus(Duration.ofDays(1));
		Unit brigade = fixtures.anotherUnit(b, b.subBureau(), "刑侦大队", UnitKind.DEPARTMENT);
		SignedInOfficer head = fixtures.anotherOfficer(b, brigade, "大队长", Role.REVIEWER);
		Unit detachment = fixtures.anotherUnit(b, b.bureau(), "刑侦支队", UnitKind.DEPARTMENT);
		SignedInOfficer detachmentHead = fixtures.anotherOfficer(b, detachment, "支队长", Role.REVIEWER);
		signedCase(b, head, signed);
		signedCase(b, b.stationChief(), signed);
		signedCase(b, detachmentHead, signed);
		signedCase(b, b.reviewer(), signed);
		signedCase(b, b.legal(), signed);

		Map<Long, String> groups = queries.tables(rankings.compute(b.bureau().getPath(), month)).reviewers().stream()
			.collect(Collectors.toMap(RankingTables.ReviewerEntry::officerId, RankingTables.ReviewerEntry::peerGroup));

		assertThat(groups).containsEntry(head.officerId(), "STATION")
			.containsEntry(b.stationChief().officerId(), "STATION")
			.containsEntry(detachmentHead.officerId(), "SUB_BUREAU")
			.containsEntry(b.reviewer().officerId(), "SUB_BUREAU")
			.containsEntry(b.legal().officerId(), "LEGAL");
	}

	private long signedCase(Fixtures.Bureau b, SignedInOfficer signer, Instant at) {
		long caseId = rows.caseIn(b.stationOne(), b.officer().officerId(), "FILED", at.minus(Duration.ofHours(5)));
		rows.signature(caseId, b.stationOne(), signer.officerId(), "办案部门审核", at);
		return caseId;
	}
}
