package org.gongzheng.organization;

import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
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
import org.gongzheng.organization.internal.Unit;
import org.gongzheng.organization.internal.UnitCommand;
import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The bureau's legal-affairs department is a unit its administrator marks, and the LEGAL role, which
 * reads the whole bureau and signs its legal review, belongs to that unit's officers only.
 */
@IntegrationTest
class LegalAffairsDepartmentIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final OrganizationAdministration administration;

	private final TransactionTemplate transactions;

	private Fixtures.Bureau bureau;

	private long legalUnitId;

	LegalAffairsDepartmentIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc,
			OrganizationAdministration administration, TransactionTemplate transactions) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.administration = administration;
		this.transactions = transactions;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
		legalUnitId = jdbc.queryForObject("select unit_id from officers where id = ?", Long.class, bureau.legal().officerId());
	}

	@Test
	void onlyADepartmentDirectlyUnderTheBureauCanBeMarkedAsItsLegalAffairsDepartment() throws Exception {
		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.subBureau().getId(), code(1), "DEPARTMENT", true)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalAffairs"))
			.andExpect(jsonPath("$.errors[0].message").value("只有局直属的部门可以设为法制部门"));
		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.bureau().getId(), code(2), "SUB_BUREAU", true)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalAffairs"));
		assertThat(jdbc.queryForObject("select count(*) from units where code in (?, ?)", Integer.class, code(1), code(2)))
			.isZero();

		mvc.perform(post("/api/v1/units").with(user(bureau.admin())).contentType(MediaType.APPLICATION_JSON)
			.content(unit(bureau.bureau().getId(), code(3), "DEPARTMENT", true)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.legalAffairs").value(true));
		mvc.perform(get("/api/v1/units/{id}", legalUnitId).with(user(bureau.admin())))
			.andExpect(jsonPath("$.legalAffairs").value(true));
		mvc.perform(get("/admin/units").with(user(bureau.admin())))
			.andExpect(content().string(containsString("法制部门")));
	}

	@Test
	void theLegalRoleIsRefusedForAnOfficerOutsideTheLegalAffairsDepartmentAndKeptOutOfItsReachByMoves() throws Exception {
		Unit detachment = fixtures.anotherUnit(bureau, bureau.bureau(), "刑侦支队", UnitKind.DEPARTMENT);
		SignedInOfficer detective = fixtures.anotherOfficer(bureau, detachment, "支队法制员", Role.REVIEWER);
		long version = jdbc.queryForObject("select version from accounts where id = ?", Long.class, detective.accountId());
		// The page does not offer it, and says why; the legal officer's page does.
		mvc.perform(get("/admin/officers/{id}", detective.officerId()).with(user(bureau.admin())))
			.andExpect(content().string(matchesPattern("(?s).*<input[^>]*id=\"role-LEGAL\"[^>]*disabled.*")))
			.andExpect(content().string(containsString("“法制”角色只能授予法制部门的人员（")));
		mvc.perform(get("/admin/officers/{id}", bureau.legal().officerId()).with(user(bureau.admin())))
			.andExpect(content().string(not(matchesPattern("(?s).*<input[^>]*id=\"role-LEGAL\"[^>]*disabled.*"))))
			.andExpect(content().string(not(containsString("“法制”角色只能授予法制部门的人员（"))));

		mvc.perform(post("/admin/officers/{id}/account/roles", detective.officerId()).with(user(bureau.admin())).with(csrf())
			.param("version", String.valueOf(version)).param("roles", "REVIEWER", "LEGAL").param("enabled", "true"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "“法制”角色只能授予法制部门的人员，" + detachment.getNameZh() + "不是法制部门"));
		assertThat(roles(detective)).containsExactly("REVIEWER");

		// A legal officer moved to a station would keep reading the whole bureau from there.
		mvc.perform(put("/api/v1/officers/{id}?version=0", bureau.legal().officerId()).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(officer(bureau.legal().getUsername(), bureau.stationOne().getId())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("unitId"));
		assertThat(jdbc.queryForObject("select unit_id from officers where id = ?", Long.class, bureau.legal().officerId()))
			.isEqualTo(legalUnitId);
		// Within the department, and for officers without LEGAL, nothing is in the way.
		mvc.perform(put("/api/v1/officers/{id}?version=0", bureau.colleague().officerId()).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON).content(officer(bureau.colleague().getUsername(), detachment.getId())))
			.andExpect(status().isOk());
	}

	@Test
	void theLegalAffairsDepartmentIsNotUnmarkedWhileOfficersThereHoldTheLegalRole() throws Exception {
		String department = """
				{"parentId": %d, "code": "%s", "nameZh": "法制支队", "nameEn": "Legal", "shortName": "法"%s}""";
		String code = jdbc.queryForObject("select code from units where id = ?", String.class, legalUnitId);
		mvc.perform(put("/api/v1/units/{id}?version=0", legalUnitId).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(department.formatted(bureau.bureau().getId(), code, ", \"kind\": \"DEPARTMENT\", \"legalAffairs\": false")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("legalAffairs"))
			.andExpect(jsonPath("$.errors[0].message").value("本部门有 2 名人员担任“法制”角色，请先调整他们的角色或所在单位"));
		// Left out, the mark stays as it is.
		mvc.perform(put("/api/v1/units/{id}?version=0", legalUnitId).with(user(bureau.admin()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(department.formatted(bureau.bureau().getId(), code, ", \"kind\": \"DEPARTMENT\"")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.legalAffairs").value(true));

		// The page says the same beside the box, and keeps the box as the administrator left it.
		mvc.perform(post("/admin/units/{id}", legalUnitId).with(user(bureau.admin())).with(csrf())
			.param("version", "1").param("code", code).param("nameZh", "法制支队").param("nameEn", "Legal")
			.param("shortName", "法").param("_legalAffairs", "on"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"legalAffairs-error\"")))
			.andExpect(content().string(containsString("本部门有 2 名人员担任“法制”角色")));
		assertThat(jdbc.queryForObject("select legal_affairs from units where id = ?", Boolean.class, legalUnitId)).isTrue();
	}

	@Test
	void givingLegalWaitsForAnUnmarkingUnderWayAndIsRefusedOnceItCommits() throws Exception {
		DataScope scope = new DataScope(bureau.bureau().getPath());
		Unit office = transactions.execute(status -> administration.createUnit(scope, new UnitCommand(bureau.bureau().getId(),
				code(4), "复议室", "Review office", "复", UnitKind.DEPARTMENT, null, true)));
		SignedInOfficer clerk = fixtures.anotherOfficer(bureau, office, "内勤", Role.REVIEWER);
		long version = jdbc.queryForObject("select version from accounts where id = ?", Long.class, clerk.accountId());

		CountDownLatch unmarking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		// An unmarking that has changed the row and not yet committed.
		CompletableFuture<Void> unmark = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
			jdbc.update("update units set legal_affairs = false where id = ?", office.getId());
			unmarking.countDown();
			Races.holdUntil(release);
		}));
		assertThat(unmarking.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<Void> grant = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status ->
				administration.changeAccount(scope, clerk.officerId(), version, EnumSet.of(Role.REVIEWER, Role.LEGAL), true)));
		assertThat(Races.untilWaitingForALock(jdbc, grant)).as("the grant waits for the unit's row").isTrue();
		release.countDown();
		unmark.get(10, TimeUnit.SECONDS);
		assertThatThrownBy(() -> grant.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(InvalidInputException.class);
		assertThat(roles(clerk)).containsExactly("REVIEWER");
	}

	/** A unit code of this test's bureau: fixtures number theirs in hundreds, so these are free. */
	private String code(int n) {
		return String.valueOf(Long.parseLong(bureau.bureau().getCode()) + n);
	}

	private java.util.List<String> roles(SignedInOfficer officer) {
		return jdbc.queryForList("select role from account_roles where account_id = ?", String.class, officer.accountId());
	}

	private static String unit(long parentId, String code, String kind, boolean legalAffairs) {
		return """
				{"parentId": %d, "code": "%s", "nameZh": "新部门", "nameEn": "New department", "shortName": "新", "kind": "%s",
				 "legalAffairs": %s}"""
			.formatted(parentId, code, kind, legalAffairs);
	}

	private static String officer(String policeNumber, long unitId) {
		return """
				{"policeNumber": "%s", "name": "调动", "unitId": %d, "qualificationLevel": "ADVANCED",
				 "qualificationValidFrom": "2025-01-01", "qualificationValidUntil": "2027-12-31", "active": true}"""
			.formatted(policeNumber, unitId);
	}
}
