package org.gongzheng.approval.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.gongzheng.approval.ApprovalAction;
import org.gongzheng.approval.ApprovalCaseFiles;
import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;
import org.gongzheng.organization.WorkingCalendar;
import org.gongzheng.shared.error.DomainException;

import static org.assertj.core.api.Assertions.assertThat;

/** Each signing rule on its own: everything else in the context is fine. */
class SigningRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

	private static final String CASE_PATH = "/1/4/17/";

	private final ApprovalChain chain = new ApprovalChain(ApprovalAction.FILING, null, 1, null, "依据", "basis", "test", 1, Instant.EPOCH,
			List.of(new LinkSpec("所长审核", "Station review", Role.REVIEWER, UnitLevel.OWN_STATION, QualificationLevel.INTERMEDIATE,
					false, 24, ReviewUnit.HOURS),
					new LinkSpec("局领导集体讨论", "Collective", Role.LEADER, UnitLevel.BUREAU_LEADER, QualificationLevel.ADVANCED,
							true, 3, ReviewUnit.WORKING_DAYS)));

	private final ChainLink stationLink = chain.link(1).orElseThrow();

	private final ApprovalCaseFiles.CaseFile file = new ApprovalCaseFiles.CaseFile(9, "X-2026-00001", "案", 17, CASE_PATH,
			100L, 101L, 5, "ACCEPTED", null, false, "");

	private final List<PinnedMaterial> pinned = List.of(new PinnedMaterial(1, "询问笔录", "a".repeat(64)),
			new PinnedMaterial(2, "现场照片", "b".repeat(64)));

	private ApprovalRequest request() {
		ApprovalRequest request = new ApprovalRequest(ApprovalAction.FILING, chain,
				new CaseSnapshot(9, "X-2026-00001", "案", 17, CASE_PATH, 5, ""), "CASE_ACTION", "1", "立案", null, 100,
				Instant.EPOCH);
		request.openLink(chain.link(1).orElseThrow(), Instant.EPOCH.plusSeconds(3600));
		return request;
	}

	private static OfficerSummary officer(long id, QualificationLevel level, LocalDate until, Set<Role> roles) {
		return new OfficerSummary(id, "00" + id, "签批人", 17, "所", "Station", CASE_PATH, level, until, false, true, roles);
	}

	private final OfficerSummary chief = officer(200, QualificationLevel.ADVANCED, TODAY.plusYears(1), EnumSet.of(Role.REVIEWER));

	private final UnitSummary station = new UnitSummary(17, 4L, "990102510000", "所", "Station", "所", UnitKind.STATION,
			CASE_PATH, "Asia/Shanghai", true, false);

	private SigningContext context(ApprovalRequest request, ChainLink link, ApprovalCaseFiles.CaseFile caseFile,
			OfficerSummary signer, UnitSummary unit, boolean suspended, Set<Long> viewed, boolean signed, Set<Long> named) {
		return new SigningContext(request, link, caseFile, signer, unit, suspended, TODAY, pinned,
				viewed.stream().collect(java.util.stream.Collectors.toMap(id -> id, id -> java.time.Instant.EPOCH)), signed, null,
				named);
	}

	private SigningContext valid() {
		return context(request(), stationLink, file, chief, station, false, Set.of(1L, 2L), false, Set.of());
	}

	private static List<String> codes(SigningContext context) {
		return SigningRules.refusals(context).stream().map(DomainException::messageCode).toList();
	}

	@Test
	void aQualifiedStationChiefWhoReadEverythingMaySign() {
		assertThat(codes(valid())).isEmpty();
	}

	@Test
	void nobodySignsForACaseTheyHandle() {
		OfficerSummary handler = officer(100, QualificationLevel.ADVANCED, TODAY.plusYears(1), EnumSet.of(Role.REVIEWER));
		assertThat(codes(context(request(), stationLink, file, handler, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.ownCase");
	}

	@Test
	void nobodySignsASecondLinkOfTheRoundTheySignedAnotherLinkOf() {
		SigningContext fine = valid();
		SigningContext signedFirst = new SigningContext(fine.request(), fine.link(), fine.caseFile(), fine.signer(),
				fine.signerUnit(), false, TODAY, pinned, fine.firstViews(), false, 1, Set.of());
		assertThat(codes(signedFirst)).containsExactly("approval.otherLinkSigned");
		assertThat(SigningRules.refusals(signedFirst).get(0).arguments()).containsExactly(1);
		assertThat(SigningRules.eligible(signedFirst)).isFalse();
	}

	@Test
	void theSignerNeedsTheLinksRole() {
		OfficerSummary legal = officer(200, QualificationLevel.ADVANCED, TODAY.plusYears(1), EnumSet.of(Role.LEGAL));
		assertThat(codes(context(request(), stationLink, file, legal, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.role");
	}

	@Test
	void theSignerMustStandAtTheLinksUnitLevel() {
		UnitSummary otherStation = new UnitSummary(18, 4L, "990102520000", "他所", "Other", "他", UnitKind.STATION, "/1/4/18/",
				"Asia/Shanghai", true, false);
		UnitSummary subBureau = new UnitSummary(4, 1L, "990102000000", "分局", "Sub", "分", UnitKind.SUB_BUREAU, "/1/4/",
				"Asia/Shanghai", true, false);
		assertThat(codes(context(request(), stationLink, file, chief, otherStation, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.unitLevel");
		assertThat(codes(context(request(), stationLink, file, chief, subBureau, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.unitLevel");
	}

	@Test
	void theSignerNeedsAValidQualificationOfTheLinksLevel() {
		OfficerSummary basic = officer(200, QualificationLevel.BASIC, TODAY.plusYears(1), EnumSet.of(Role.REVIEWER));
		OfficerSummary lapsed = officer(200, QualificationLevel.ADVANCED, TODAY.minusDays(1), EnumSet.of(Role.REVIEWER));
		OfficerSummary lastDay = officer(200, QualificationLevel.INTERMEDIATE, TODAY, EnumSet.of(Role.REVIEWER));
		assertThat(codes(context(request(), stationLink, file, basic, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.qualification");
		assertThat(codes(context(request(), stationLink, file, lapsed, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.qualification");
		assertThat(codes(context(request(), stationLink, file, lastDay, station, false, Set.of(1L, 2L), false, Set.of())))
			.isEmpty();
	}

	@Test
	void suspendedApprovalRightsStopTheSignature() {
		assertThat(codes(context(request(), stationLink, file, chief, station, true, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.suspended");
	}

	@Test
	void everySubmittedMaterialMustHaveBeenOpened() {
		SigningContext oneUnread = context(request(), stationLink, file, chief, station, false, Set.of(1L), false, Set.of());
		assertThat(codes(oneUnread)).containsExactly("approval.unread");
		assertThat(SigningRules.refusals(oneUnread).get(0).arguments()).contains(1, List.of("现场照片"));
		assertThat(SigningRules.eligible(oneUnread)).isTrue();
	}

	@Test
	void aRequestMadeAgainstAnOlderCaseVersionCannotBeSigned() {
		ApprovalCaseFiles.CaseFile moved = new ApprovalCaseFiles.CaseFile(9, "X-2026-00001", "案", 17, CASE_PATH, 100L, 101L, 6,
				"ACCEPTED", null, false, "");
		assertThat(codes(context(request(), stationLink, moved, chief, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.stale");
	}

	@Test
	void aLinkNotOpenOrARequestNoLongerPendingCannotBeSigned() {
		ApprovalRequest request = request();
		request.approved(Instant.EPOCH);
		assertThat(codes(context(request, stationLink, file, chief, station, false, Set.of(1L, 2L), false, Set.of())))
			.containsExactly("approval.notPending");
		assertThat(codes(context(request(), chain.link(2).orElseThrow(), file, chief, station, false, Set.of(1L, 2L), false,
				Set.of()))).containsExactly("approval.notPending");
	}

	@Test
	void nobodySignsTheSameLinkTwice() {
		assertThat(codes(context(request(), stationLink, file, chief, station, false, Set.of(1L, 2L), true, Set.of())))
			.containsExactly("approval.alreadySigned");
	}

	@Test
	void aCountersignLinkIsForTheNamedSignersOnly() {
		ApprovalRequest request = request();
		request.openLink(chain.link(2).orElseThrow(), Instant.EPOCH.plusSeconds(3600));
		ChainLink collective = chain.link(2).orElseThrow();
		OfficerSummary leader = officer(300, QualificationLevel.ADVANCED, TODAY.plusYears(1), EnumSet.of(Role.LEADER));
		UnitSummary bureau = new UnitSummary(1, null, "990100000000", "局", "Bureau", "局", UnitKind.BUREAU, "/1/",
				"Asia/Shanghai", true, false);
		assertThat(codes(context(request, collective, file, leader, bureau, false, Set.of(1L, 2L), false, Set.of(300L))))
			.isEmpty();
		assertThat(codes(context(request, collective, file, leader, bureau, false, Set.of(1L, 2L), false, Set.of(301L))))
			.containsExactly("approval.notNamed");
	}

	@Test
	void unitLevelsFollowTheUnitTree() {
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.SUB_BUREAU, "/1/4/"), CASE_PATH)).isTrue();
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.SUB_BUREAU, "/1/5/"), CASE_PATH)).isFalse();
		assertThat(UnitLevel.BUREAU_LEGAL.matches(legalAffairs("/1/3/"), CASE_PATH)).isTrue();
		assertThat(UnitLevel.BUREAU_LEGAL.matches(legalAffairs("/2/3/"), CASE_PATH)).isFalse();
		assertThat(UnitLevel.BUREAU_LEADER.matches(unit(UnitKind.BUREAU, "/1/"), CASE_PATH)).isTrue();
		assertThat(UnitLevel.OWN_STATION.matches(unit(UnitKind.SQUADRON, "/1/9/30/"), "/1/9/30/")).isTrue();
		// A criminal investigation brigade's own case, and one of a team inside it, is its own to review.
		assertThat(UnitLevel.OWN_STATION.matches(unit(UnitKind.DEPARTMENT, "/1/4/40/"), "/1/4/40/")).isTrue();
		assertThat(UnitLevel.OWN_STATION.matches(unit(UnitKind.DEPARTMENT, "/1/4/40/"), "/1/4/40/41/")).isTrue();
		assertThat(UnitLevel.OWN_STATION.matches(unit(UnitKind.DEPARTMENT, "/1/4/40/"), CASE_PATH)).isFalse();
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.SUB_BUREAU, "/1/4/"), "/1/4/40/")).isTrue();
		// The legal department reviews at its own level, not as the station of every case.
		assertThat(UnitLevel.OWN_STATION.matches(legalAffairs("/1/3/"), CASE_PATH)).isFalse();
		// A detachment directly under the bureau stands at the sub-bureau's rank for its own cases only;
		// a brigade inside a sub-bureau does not.
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.DEPARTMENT, "/1/6/"), "/1/6/61/")).isTrue();
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.DEPARTMENT, "/1/6/"), CASE_PATH)).isFalse();
		assertThat(UnitLevel.SUB_BUREAU.matches(unit(UnitKind.DEPARTMENT, "/1/4/40/"), "/1/4/40/")).isFalse();
	}

	@Test
	void onlyTheDepartmentMarkedAsTheBureausLegalAffairsDepartmentStandsAtTheLegalReviewLevel() {
		// A detachment directly under the bureau is a department of the same kind and depth; its own
		// legal officer is not the bureau's legal review.
		assertThat(UnitLevel.BUREAU_LEGAL.matches(unit(UnitKind.DEPARTMENT, "/1/6/"), CASE_PATH)).isFalse();
		assertThat(UnitLevel.BUREAU_LEGAL.matches(unit(UnitKind.DEPARTMENT, "/1/6/"), "/1/6/61/")).isFalse();
		assertThat(UnitLevel.BUREAU_LEGAL.matches(legalAffairs("/1/3/"), "/1/6/61/")).isTrue();
	}

	private static UnitSummary unit(UnitKind kind, String path) {
		return new UnitSummary(9, null, "990100000000", "单位", "Unit", "单", kind, path, "Asia/Shanghai", true, false);
	}

	private static UnitSummary legalAffairs(String path) {
		return new UnitSummary(9, null, "990100000000", "法制", "Legal", "法", UnitKind.DEPARTMENT, path, "Asia/Shanghai",
				true, true);
	}

	@Test
	void aReviewInWorkingDaysIsDueAtTheSameTimeOnTheDayTheCalendarGivesAndOneInHoursByTheClock() {
		java.time.ZoneId shanghai = java.time.ZoneId.of("Asia/Shanghai");
		Instant friday = java.time.ZonedDateTime.of(2026, 11, 20, 10, 0, 0, 0, shanghai).toInstant();
		WorkingCalendar mondayOff = (start, days) -> start.plusDays(3 + days);
		assertThat(ReviewUnit.WORKING_DAYS.dueFrom(friday, 1, shanghai, mondayOff))
			.isEqualTo(java.time.ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, shanghai).toInstant());
		assertThat(ReviewUnit.HOURS.dueFrom(friday, 24, shanghai, mondayOff)).isEqualTo(friday.plusSeconds(86400));
	}
}
