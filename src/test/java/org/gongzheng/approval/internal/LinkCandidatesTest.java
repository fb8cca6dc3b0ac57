package org.gongzheng.approval.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.gongzheng.organization.OfficerSummary;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;

import static org.assertj.core.api.Assertions.assertThat;

/** Who could sign a link for the cases of each unit, judged from the unit as signing judges it. */
class LinkCandidatesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

	private static final List<UnitSummary> UNITS = List.of(unit(1, UnitKind.BUREAU, "/1/"),
			unit(2, UnitKind.DEPARTMENT, "/1/2/"), unit(3, UnitKind.SUB_BUREAU, "/1/3/"),
			unit(4, UnitKind.STATION, "/1/3/4/"), unit(5, UnitKind.STATION, "/1/3/5/"),
			unit(6, UnitKind.TRAFFIC_BRIGADE, "/1/6/"), unit(7, UnitKind.SQUADRON, "/1/6/7/"),
			unit(8, UnitKind.TEAM, "/1/3/4/8/"), unit(9, UnitKind.DEPARTMENT, "/1/9/"));

	private static final Map<Long, UnitSummary> BY_ID = UNITS.stream()
		.collect(Collectors.toMap(UnitSummary::id, Function.identity()));

	private final LinkCandidates candidates = new LinkCandidates(List.of(
			officer(10, 1, Role.LEADER, false), officer(11, 2, Role.LEGAL, false), officer(12, 3, Role.REVIEWER, false),
			officer(13, 4, Role.REVIEWER, false), officer(14, 5, Role.REVIEWER, true), officer(15, 6, Role.REVIEWER, false),
			officer(16, 7, Role.REVIEWER, false), officer(17, 8, Role.REVIEWER, false),
			officer(18, 9, Role.LEGAL, false)), BY_ID, TODAY);

	@Test
	void aStationLinkIsSignedAtTheCasesOwnStationOrSquadronOnly() {
		LinkSpec link = link(Role.REVIEWER, UnitLevel.OWN_STATION);
		assertThat(candidates.forCasesOf(link, BY_ID.get(4L))).containsExactly(13L);
		assertThat(candidates.forCasesOf(link, BY_ID.get(7L))).containsExactly(16L);
		// Station 5's reviewer has their approval rights suspended.
		assertThat(candidates.forCasesOf(link, BY_ID.get(5L))).isEmpty();
		// A team's case may be signed at the team or at the station above it.
		assertThat(candidates.forCasesOf(link, BY_ID.get(8L))).containsExactlyInAnyOrder(13L, 17L);
	}

	@Test
	void aSubBureauLinkIsSignedAtTheSubBureauOrBrigadeAboveTheCase() {
		LinkSpec link = link(Role.REVIEWER, UnitLevel.SUB_BUREAU);
		assertThat(candidates.forCasesOf(link, BY_ID.get(4L))).containsExactly(12L);
		assertThat(candidates.forCasesOf(link, BY_ID.get(5L))).containsExactly(12L);
		assertThat(candidates.forCasesOf(link, BY_ID.get(7L))).containsExactly(15L);
	}

	/** Unit 2 is the legal-affairs department; unit 9, a detachment, holds an officer with LEGAL all the same. */
	@Test
	void legalAndLeaderLinksAreSignedAtTheBureauForEveryUnit() {
		assertThat(candidates.inBureau(link(Role.LEGAL, UnitLevel.BUREAU_LEGAL))).containsExactly(11L);
		for (long unit : List.of(4L, 5L, 7L, 9L)) {
			assertThat(candidates.forCasesOf(link(Role.LEGAL, UnitLevel.BUREAU_LEGAL), BY_ID.get(unit))).containsExactly(11L);
			assertThat(candidates.forCasesOf(link(Role.LEADER, UnitLevel.BUREAU_LEADER), BY_ID.get(unit)))
				.containsExactly(10L);
		}
	}

	@Test
	void theBureauAsAWholeCountsEveryoneOfTheRightKindOfUnit() {
		assertThat(candidates.inBureau(link(Role.REVIEWER, UnitLevel.OWN_STATION))).containsExactlyInAnyOrder(13L, 16L, 17L);
		assertThat(candidates.inBureau(link(Role.REVIEWER, UnitLevel.SUB_BUREAU))).containsExactlyInAnyOrder(12L, 15L);
	}

	private static LinkSpec link(Role role, UnitLevel level) {
		return new LinkSpec("环节", "Link", role, level, QualificationLevel.INTERMEDIATE, false, 24, ReviewUnit.HOURS);
	}

	private static UnitSummary unit(long id, UnitKind kind, String path) {
		return new UnitSummary(id, null, "U" + id, "单位" + id, "Unit " + id, "U", kind, path, "Asia/Shanghai", true, id == 2);
	}

	private static OfficerSummary officer(long id, long unitId, Role role, boolean suspended) {
		UnitSummary unit = BY_ID.get(unitId);
		return new OfficerSummary(id, "9" + id, "民警" + id, unitId, unit.nameZh(), unit.nameEn(), unit.path(),
				QualificationLevel.ADVANCED, TODAY.plusYears(1), suspended, true, Set.of(role));
	}
}
