package org.gongzheng.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.organization.internal.OrganizationAdministration;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class OrganizationAdministrationIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Organization organization;

	private final OrganizationAdministration administration;

	private final TransactionTemplate transactions;

	private Fixtures.Bureau bureau;

	OrganizationAdministrationIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc, Organization organization,
			OrganizationAdministration administration, TransactionTemplate transactions) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.organization = organization;
		this.administration = administration;
		this.transactions = transactions;
	}

	@Test
	void theBureausAreTheRootsOfTheTreeAndNothingBelowThem() {
		assertThat(organization.bureaus()).extracting(UnitSummary::id).contains(bureau.bureau().getId())
			.doesNotContain(bureau.subBureau().getId(), bureau.stationOne().getId());
		assertThat(organization.bureaus()).allMatch(unit -> unit.kind() == UnitKind.BUREAU && unit.active());
	}

	@Test
	void theOfficersHoldingAnyOfSomeRolesAreThoseOfTheScopeWithAnEnabledAccountAndAllTheirRoles() {
		Fixtures.Bureau other = fixtures.bureau();
		SignedInOfficer both = fixtures.anotherOfficer(bureau, bureau.stationTwo(), "审核兼法制", Role.REVIEWER,
				Role.LEGAL);
		SignedInOfficer disabled = fixtures.anotherOfficer(bureau, bureau.stationTwo(), "停用账号", Role.REVIEWER);
		jdbc.update("update accounts set enabled = false where officer_id = ?", disabled.officerId());

		List<OfficerSummary> found = organization.officersHoldingAny(new DataScope(bureau.bureau().getPath()),
				EnumSet.of(Role.REVIEWER, Role.LEGAL));

		assertThat(found).extracting(OfficerSummary::id)
			.containsExactlyInAnyOrder(bureau.reviewer().officerId(), bureau.stationChief().officerId(),
					bureau.legal().officerId(), bureau.secondLegal().officerId(), both.officerId())
			.doesNotContain(other.reviewer().officerId(), bureau.officer().officerId(), bureau.leader().officerId(),
					disabled.officerId());
		assertThat(found).filteredOn(o -> o.id() == both.officerId()).singleElement()
			.satisfies(o -> assertThat(o.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.LEGAL));
		assertThat(organization.officersHoldingAny(new DataScope(bureau.bureau().getPath()), EnumSet.noneOf(Role.class)))
			.isEmpty();
	}

	@Test
	void theUnitsOfSomeKindsWhereSomeoneHoldsARoleAreFoundInTheScopeOnly() {
		Fixtures.Bureau other = fixtures.bureau();
		DataScope scope = new DataScope(bureau.bureau().getPath());

		assertThat(organization.unitsWhereSomeoneHolds(scope, Role.OFFICER, EnumSet.of(UnitKind.STATION)))
			.containsExactlyInAnyOrder(bureau.stationOne().getId(), bureau.stationTwo().getId())
			.doesNotContain(other.stationOne().getId());
		assertThat(organization.unitsWhereSomeoneHolds(scope, Role.OFFICER, EnumSet.of(UnitKind.DEPARTMENT)))
			.isEmpty();
		assertThat(organization.unitsWhereSomeoneHolds(scope, Role.REVIEWER,
				EnumSet.of(UnitKind.SUB_BUREAU, UnitKind.DEPARTMENT)))
			.containsExactly(bureau.subBureau().getId());
		assertThat(organization.unitsWhereSomeoneHolds(scope, Role.OFFICER, EnumSet.noneOf(UnitKind.class))).isEmpty();
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void anAdministratorAddsAStationUnderASubBureau() throws Exception {
		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.subBureau().getId(), "776655443322", "STATION")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.path").value(containsString(bureau.subBureau().getPath())));
	}

	@Test
	void aUnitOfTheWrongKindOrWithATakenCodeIsRefusedPerField() throws Exception {
		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.stationOne().getId(), bureau.stationTwo().getCode(), "SUB_BUREAU")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("code")));
		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.subBureau().getId(), "12AB", "STATION")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("code"));
	}

	@Test
	void aUnitChangeThatMovesItOrChangesItsKindIsRefusedNotSavedWithoutIt() throws Exception {
		long station = bureau.stationOne().getId();
		String unit = """
				{"parentId": %d, "code": "%s", "nameZh": "%s", "nameEn": "Station", "shortName": "所", "kind": "%s"}""";
		long version = jdbc.queryForObject("select version from units where id = ?", Long.class, station);
		mvc.perform(put("/api/v1/units/{id}?version={v}", station, version).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(unit.formatted(bureau.bureau().getId(), bureau.stationOne().getCode(), "改名所", "DEPARTMENT")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("parentId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("kind")));
		assertThat(jdbc.queryForObject("select name_zh from units where id = ?", String.class, station))
			.isEqualTo(bureau.stationOne().getNameZh());
		mvc.perform(put("/api/v1/units/{id}?version={v}", station, version).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(unit.formatted(bureau.subBureau().getId(), bureau.stationOne().getCode(), "改名所", "STATION")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nameZh").value("改名所"));
	}

	@Test
	void aUnitChangeAgainstAnOlderVersionNamesTheUnitInTheReadersLanguage() throws Exception {
		long station = bureau.stationOne().getId();
		long version = jdbc.queryForObject("select version from units where id = ?", Long.class, station);
		String body = """
				{"parentId": %d, "code": "%s", "nameZh": "改名所", "nameEn": "Renamed Station", "shortName": "所", "kind": "STATION"}"""
			.formatted(bureau.subBureau().getId(), bureau.stationOne().getCode());
		mvc.perform(put("/api/v1/units/{id}?version={v}", station, version + 1).with(user(bureau.admin()))
				.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					bureau.stationOne().getNameEn() + " was changed by someone else")));
		mvc.perform(put("/api/v1/units/{id}?version={v}", station, version + 1).with(user(bureau.admin()))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(
					bureau.stationOne().getNameZh() + " 已被他人修改")));
	}

	@Test
	void onlyAdministratorsChangeTheOrganization() throws Exception {
		mvc.perform(post("/api/v1/units").with(user(bureau.leader())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.subBureau().getId(), "776655443399", "STATION")))
			.andExpect(status().isForbidden());
	}

	@Test
	void anOfficerUpdateAgainstAnOldVersionIsAConflict() throws Exception {
		String body = """
				{"policeNumber": "%s", "name": "改名", "unitId": %d, "qualificationLevel": "ADVANCED",
				 "qualificationValidFrom": "2025-01-01", "qualificationValidUntil": "2027-12-31", "active": true}"""
			.formatted(bureau.colleague().getUsername(), bureau.stationOne().getId());
		mvc.perform(put("/api/v1/officers/{id}?version=0", bureau.colleague().officerId()).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("改名"));
		mvc.perform(put("/api/v1/officers/{id}?version=0", bureau.colleague().officerId()).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict());
	}

	@Test
	void theBureausLastAdministratorCannotBeRemovedByTakingTheRoleDisablingTheAccountOrTakingTheOfficerOffDuty()
			throws Exception {
		long admin = bureau.admin().officerId();
		mvc.perform(post("/admin/officers/{id}/account/roles", admin).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(accountVersion(admin))).param("roles", "OFFICER").param("enabled", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", containsString("最后一个在用的管理员账号")));
		mvc.perform(post("/admin/officers/{id}/account/roles", admin).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(accountVersion(admin))).param("roles", "ADMIN").param("enabled", "false"))
			.andExpect(flash().attribute("problem", containsString("最后一个在用的管理员账号")));
		mvc.perform(put("/api/v1/officers/{id}?version={v}", admin, officerVersion(admin)).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"policeNumber": "%s", "name": "管理员", "unitId": %d, "active": false}"""
				.formatted(bureau.admin().getUsername(), bureau.bureau().getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("active"));
		assertThat(jdbc.queryForObject("""
				select count(*) from accounts a join account_roles r on r.account_id = a.id
				where a.officer_id = ? and a.enabled and r.role = 'ADMIN'""", Integer.class, admin)).isEqualTo(1);

		// With a second administrator, the first may hand the role over.
		fixtures.anotherOfficer(bureau, bureau.bureau(), "第二管理员", Role.ADMIN);
		mvc.perform(post("/admin/officers/{id}/account/roles", admin).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(accountVersion(admin))).param("roles", "OFFICER").param("enabled", "true"))
			.andExpect(flash().attributeExists("notice"));
	}

	@Test
	void twoAdministratorsRemovingEachOtherAtTheSameMomentLeaveTheBureauOneOfThem() throws Exception {
		long first = bureau.admin().officerId();
		long second = fixtures.anotherOfficer(bureau, bureau.bureau(), "同时卸任", Role.ADMIN).officerId();
		DataScope scope = new DataScope(bureau.bureau().getPath());
		CountDownLatch firstCounted = new CountDownLatch(1);
		CountDownLatch firstMayCommit = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			// The first has passed the check and not yet committed when the second asks.
			Future<?> firstGivesUp = pool.submit(() -> transactions.executeWithoutResult(tx -> {
				administration.changeAccount(scope, first, accountVersion(first), Set.of(Role.OFFICER), true);
				firstCounted.countDown();
				Races.holdUntil(firstMayCommit);
			}));
			assertThat(firstCounted.await(20, TimeUnit.SECONDS)).isTrue();
			Future<?> secondGivesUp = pool.submit(
					() -> administration.changeAccount(scope, second, accountVersion(second), Set.of(Role.OFFICER), true));
			assertThat(Races.untilWaitingForALock(jdbc, secondGivesUp)).as("the second waits for the first").isTrue();
			firstMayCommit.countDown();
			firstGivesUp.get(20, TimeUnit.SECONDS);
			assertThatThrownBy(() -> secondGivesUp.get(20, TimeUnit.SECONDS)).cause()
				.isInstanceOf(InvalidInputException.class);
		}
		finally {
			firstMayCommit.countDown();
			pool.shutdownNow();
		}
		assertThat(jdbc.queryForList("""
				select a.officer_id from accounts a join account_roles r on r.account_id = a.id
				where a.officer_id in (?, ?) and a.enabled and r.role = 'ADMIN'""", Long.class, first, second))
			.containsExactly(second);
	}

	@Test
	void anOfficerChangedThroughTheApiWithoutDutyOrPhoneKeepsBoth() throws Exception {
		SignedInOfficer colleague = bureau.colleague();
		jdbc.update("update officers set phone = '13900000001' where id = ?", colleague.officerId());
		mvc.perform(put("/api/v1/officers/{id}?version={v}", colleague.officerId(), officerVersion(colleague.officerId()))
			.with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"policeNumber": "%s", "name": "仍在岗", "unitId": %d}"""
				.formatted(colleague.getUsername(), bureau.stationOne().getId())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.active").value(true));
		assertThat(jdbc.queryForObject("select phone from officers where id = ?", String.class, colleague.officerId()))
			.isEqualTo("13900000001");
		// An empty phone clears it, as the page's empty box does.
		mvc.perform(put("/api/v1/officers/{id}?version={v}", colleague.officerId(), officerVersion(colleague.officerId()))
			.with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"policeNumber": "%s", "name": "仍在岗", "unitId": %d, "phone": ""}"""
				.formatted(colleague.getUsername(), bureau.stationOne().getId())))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select phone from officers where id = ?", String.class, colleague.officerId()))
			.isNull();
	}

	private long accountVersion(long officerId) {
		return jdbc.queryForObject("select version from accounts where officer_id = ?", Long.class, officerId);
	}

	private long officerVersion(long officerId) {
		return jdbc.queryForObject("select version from officers where id = ?", Long.class, officerId);
	}

	@Test
	void anOfficerUpdateLeavesWhatChangedInTheAuditLogSoAnEarlierNameStaysOnRecord() throws Exception {
		SignedInOfficer colleague = bureau.colleague();
		String before = jdbc.queryForObject("select name from officers where id = ?", String.class, colleague.officerId());
		mvc.perform(put("/api/v1/officers/{id}?version=0", colleague.officerId()).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"policeNumber": "%s", "name": "更名后", "unitId": %d, "phone": "13800138000",
					 "qualificationLevel": "ADVANCED", "qualificationValidFrom": "2025-01-01",
					 "qualificationValidUntil": "2027-12-31", "active": true}"""
				.formatted(colleague.getUsername(), bureau.stationOne().getId())))
			.andExpect(status().isOk());

		String details = jdbc.queryForObject("""
				select details from audit_log where action = 'OFFICER_UPDATED' and object_id = ? order by id desc limit 1""",
				String.class, String.valueOf(colleague.officerId()));
		assertThat(details).startsWith(colleague.getUsername() + " ").contains("name " + before + " → 更名后")
			.contains("phone changed").doesNotContain("13800138000");
	}

	@Test
	void aQualificationThatEndsBeforeItStartsIsRefused() throws Exception {
		mvc.perform(post("/api/v1/officers").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"policeNumber": "7766554", "name": "新警", "unitId": %d, "qualificationLevel": "BASIC",
					 "qualificationValidFrom": "2026-01-01", "qualificationValidUntil": "2025-01-01", "active": true}"""
				.formatted(bureau.stationOne().getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("qualificationValidUntil"));
	}

	@Test
	void anOfficersNameIsStoredAsTheNameItShowsAndFoundHoweverItIsPaddedWhenSearched() throws Exception {
		// Padded to align as forms do, with a zero-width space carried along from a chat program.
		mvc.perform(post("/admin/officers").with(user(bureau.admin())).with(csrf())
			.param("policeNumber", "6655501").param("name", "欧​　阳").param("unitId", String.valueOf(bureau.stationOne().getId()))
			.param("qualificationLevel", "BASIC").param("qualificationValidFrom", "2026-01-01")
			.param("qualificationValidUntil", "2028-12-31").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select name from officers where police_number = '6655501'", String.class))
			.isEqualTo("欧阳");
		mvc.perform(get("/api/v1/officers").param("q", "欧阳").with(user(bureau.admin())))
			.andExpect(jsonPath("$.content[0].policeNumber").value("6655501"));
		mvc.perform(get("/api/v1/officers").param("q", "欧　阳").with(user(bureau.admin())))
			.andExpect(jsonPath("$.content[0].policeNumber").value("6655501"));
	}

	@Test
	void anAccountOpenedInTheAdminPagesCanSignInToTheApi() throws Exception {
		// The police number as typed with an input method in full-width mode, in groups.
		mvc.perform(post("/admin/officers").with(user(bureau.admin())).with(csrf())
			.param("policeNumber", "６６５５ ４４３").param("name", "新民警").param("unitId", String.valueOf(bureau.stationOne().getId()))
			.param("qualificationLevel", "BASIC").param("qualificationValidFrom", "2026-01-01")
			.param("qualificationValidUntil", "2028-12-31").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		Long officerId = jdbc.queryForObject("select id from officers where police_number = '6655443'", Long.class);
		mvc.perform(get("/api/v1/officers").param("q", "６６５５４").with(user(bureau.admin())))
			.andExpect(jsonPath("$.content[0].policeNumber").value("6655443"));
		mvc.perform(post("/admin/officers/{id}/account", officerId).with(user(bureau.admin())).with(csrf())
			.param("username", "6655443").param("password", "short").param("roles", "OFFICER"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"password-error\"")))
			// Said once, above the account form, not also above the officer's own form.
			.andExpect(content().string(containsString("id=\"form-invalid\"")))
			.andExpect(content().string(not(matchesPattern("(?s).*id=\"form-invalid\".*id=\"form-invalid\".*"))));
		mvc.perform(post("/admin/officers/{id}/account", officerId).with(user(bureau.admin())).with(csrf())
			.param("username", "6655443").param("password", "goodpass1").param("roles", "OFFICER"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/me").with(httpBasic("6655443", "goodpass1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("OFFICER"))
			.andExpect(jsonPath("$.scope").value(bureau.stationOne().getPath()));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'ACCOUNT_CREATED' and details like '6655443%'",
				Integer.class)).isEqualTo(1);
	}

	private static String unit(long parentId, String code, String kind) {
		return """
				{"parentId": %d, "code": "%s", "nameZh": "新所", "nameEn": "New station", "shortName": "新", "kind": "%s"}"""
			.formatted(parentId, code, kind);
	}
}
