package org.gongzheng.approval;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.ReviewUnit;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.error.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Editing chains: every edit is a new version, and a chain nobody could sign is refused. */
@IntegrationTest
class ApprovalChainIntegrationTest {

	private static final String LINK = """
			{"nameZh": "%s", "nameEn": "Link", "role": "%s", "unitLevel": "%s", "minQualification": "%s",
			 "countersign": false, "reviewAmount": 24, "reviewUnit": "HOURS"}""";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final ChainAdministration chains;

	private Fixtures.Bureau bureau;

	ApprovalChainIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc, ChainAdministration chains) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.chains = chains;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void aChainWithoutLinksIsRefused() throws Exception {
		edit("MEASURE_END", "[]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links"));
	}

	@Test
	void anEmptyEntryInTheListOfLinksIsRefusedOnItsPlace() throws Exception {
		edit("MEASURE_END", "[" + LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "BASIC") + ", null]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value(containsString("links[1]")));
	}

	@Test
	void aLinkNobodyCanSignIsRefusedWithTheReason() throws Exception {
		edit("MEASURE_END", "[" + LINK.formatted("领导在所", "LEADER", "OWN_STATION", "ADVANCED") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("没有人能签批")));
		edit("MEASURE_END", "[" + LINK.formatted("法制", "LEGAL", "SUB_BUREAU", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("links[0].unitLevel")));
	}

	@Test
	void aChainThatGoesDownTheRanksIsRefusedOnTheLowerLinkWhileLegalReviewMayComeBetween() throws Exception {
		edit("PENALTY_ORDINARY", "[" + LINK.formatted("分局审批", "REVIEWER", "SUB_BUREAU", "BASIC") + ","
				+ LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[1].unitLevel"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("第 2 环节的层级低于在它之前的第 1 环节")));
		assertThat(ownActive("PENALTY_ORDINARY")).isZero();
		edit("PENALTY_ORDINARY", "[" + LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "BASIC") + ","
				+ LINK.formatted("法制审核", "LEGAL", "BUREAU_LEGAL", "ADVANCED") + ","
				+ LINK.formatted("分局审批", "REVIEWER", "SUB_BUREAU", "BASIC") + "]")
			.andExpect(status().isOk());
	}

	@Test
	void anUnknownRoleOrAnEmptyNameIsRefusedPerField() throws Exception {
		edit("MEASURE_END", "[" + LINK.formatted("x", "MAGICIAN", "OWN_STATION", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"))
			.andExpect(jsonPath("$.errors[0].message").value("须为以下取值之一：OFFICER, REVIEWER, LEGAL, LEADER, ADMIN"));
		edit("MEASURE_END", "[" + LINK.formatted("", "REVIEWER", "OWN_STATION", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].nameZh"));
		edit("MEASURE_END", "[" + LINK.formatted("x", "OFFICER", "OWN_STATION", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"));
	}

	@Test
	void aCitationLongerThanAThousandCharactersIsRefusedOnItsFieldAndNothingIsSaved() throws Exception {
		int version = inForce("MEASURE_END");
		mvc.perform(put("/api/v1/approvals/chains/MEASURE_END?version=" + version).with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"citationZh": "%s", "citationEn": "%s", "changeNote": "测试", "links": [%s]}""".formatted(
					"引".repeat(1001), "c".repeat(1000), LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "BASIC"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("citationZh"))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 1000 个字符"));
		assertThat(inForce("MEASURE_END")).isEqualTo(version);
		assertThat(mvc.perform(get("/approvals/chains/MEASURE_END").with(user(bureau.legal())))
			.andReturn().getResponse().getContentAsString()).contains("maxlength=\"1000\"");
	}

	@Test
	void theApiAnswersAnEmptyNameAndARoleThatSignsNothingTogether() throws Exception {
		edit("MEASURE_END", "[" + LINK.formatted("", "REVIEWER", "OWN_STATION", "BASIC") + ","
				+ LINK.formatted("民警签字", "OFFICER", "OWN_STATION", "BASIC") + "]")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("links[0].nameZh", "links[1].role")))
			.andExpect(jsonPath("$.errors[?(@.field == 'links[1].role')].message",
					org.hamcrest.Matchers.hasItem("签批角色只能是审核人、法制部门或局领导")));
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\": [" + LINK.formatted("", "REVIEWER", "OWN_STATION", "BASIC")
					+ "," + LINK.formatted("民警签字", "OFFICER", "OWN_STATION", "BASIC") + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("links[0].nameZh", "links[1].role")));
		assertThat(ownActive("MEASURE_END")).isZero();
	}

	@Test
	void onlyTheLegalDepartmentAndAdministratorsEditChains() throws Exception {
		mvc.perform(put("/api/v1/approvals/chains/MEASURE_END?version=1").with(user(bureau.leader()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("[" + LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "BASIC") + "]")))
			.andExpect(status().isForbidden());
		// Refused for who they are before anything they sent is read: not told to fix fields first.
		mvc.perform(put("/api/v1/approvals/chains/MEASURE_END").with(user(bureau.leader()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\":[]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/approvals/chains/MEASURE_END").with(user(bureau.officer())).with(csrf())
			.param("links[0].nameZh", ""))
			.andExpect(status().isForbidden());
		mvc.perform(get("/approvals/chains").with(user(bureau.officer()))).andExpect(status().isForbidden());
		mvc.perform(get("/approvals/chains").with(user(bureau.legal()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("办案部门审核")))
			// The one chain nothing submits yet says so, rather than inviting edits that change nothing.
			.andExpect(content().string(containsString("暂无业务提交此类申请")))
			.andExpect(content().string(containsString("局领导集体讨论</span><span>（会签）")));
		mvc.perform(get("/approvals/chains").param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Collective discussion by the bureau leaders</span><span> (countersign)")));
		mvc.perform(get("/approvals/chains/PENALTY_SIMPLE").param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Nothing submits this yet")));
		mvc.perform(get("/approvals/chains/PENALTY_ORDINARY").with(user(bureau.legal())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("not-submitted"))));
	}

	@Test
	void anEditWritesTheNextVersionAndRunningRequestsKeepTheirOwn() throws Exception {
		int version = inForce("MEASURE_CHANGE");
		mvc.perform(put("/api/v1/approvals/chains/MEASURE_CHANGE?version=" + version).with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("[" + LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE") + ","
					+ LINK.formatted("法制审核", "LEGAL", "BUREAU_LEGAL", "ADVANCED") + "]")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chainVersion").value(version + 1))
			.andExpect(jsonPath("$.links.length()").value(2));
		assertThat(ownActive("MEASURE_CHANGE")).isEqualTo(1);
		mvc.perform(get("/api/v1/approvals/chains/MEASURE_CHANGE").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chainVersion").value(version + 1))
			.andExpect(jsonPath("$.bureauId").isNumber())
			.andExpect(jsonPath("$.links[1].role").value("LEGAL"));
		mvc.perform(put("/api/v1/approvals/chains/MEASURE_CHANGE?version=" + version).with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body("[" + LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE") + "]")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("变更强制措施审批链已被他人修改，您看到的是旧版本。请刷新后重新操作。"));
	}

	@Test
	void theChainPageShowsFieldMessagesInline() throws Exception {
		mvc.perform(post("/approvals/chains/MEASURE_END").with(user(bureau.legal())).with(csrf())
			.param("version", "1").param("citationZh", "").param("citationEn", "x").param("changeNote", "")
			.param("links[0].nameZh", "").param("links[0].nameEn", ""))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"citationZh-error\"")))
			.andExpect(content().string(containsString("至少要有一个环节")));
	}

	@Test
	void aProblemWithALinkIsShownBesideItsOwnRowEvenAfterARowLeftEmpty() throws Exception {
		mvc.perform(link(link(chainForm().param("links[1].nameZh", "").param("links[1].nameEn", "")
			.param("links[1].reviewAmount", "24"), 0, "所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE", "24", "HOURS"),
				2, "法制审核", "LEGAL", "BUREAU_LEGAL", "INTERMEDIATE", "0", "HOURS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[2].reviewAmount-error\"")))
			.andExpect(content().string(containsString("须大于 0")))
			.andExpect(content().string(not(containsString("id=\"links[1].reviewAmount-error\""))));
		// A choice that is not on the list (only a hand-made request can send one) is named too, in words.
		mvc.perform(link(chainForm().param("lang", "en"), 0, "所长审核", "REVIEWER", "OWN_STATION", "GRANDMASTER", "24",
				"FORTNIGHTS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[0].minQualification-error\"")))
			.andExpect(content().string(containsString("id=\"links[0].reviewUnit-error\"")))
			.andExpect(content().string(containsString("Not a valid value")))
			.andExpect(content().string(not(containsString("Failed to convert"))));
		assertThat(ownActive("MEASURE_END")).isZero();
	}

	@Test
	void oneSubmissionShowsAnEmptyNameBesideALinkGoingDownTheRanksAndARoleThatSignsNothing() throws Exception {
		mvc.perform(link(link(link(chainForm(), 0, "", "LEADER", "BUREAU_LEADER", "INTERMEDIATE", "24", "HOURS"),
				1, "所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE", "24", "HOURS"),
				2, "民警签字", "OFFICER", "OWN_STATION", "BASIC", "24", "HOURS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[0].nameZh-error\"")))
			.andExpect(content().string(containsString("id=\"links[1].unitLevel-error\"")))
			.andExpect(content().string(containsString("第 2 环节的层级低于在它之前的第 1 环节")))
			.andExpect(content().string(containsString("id=\"links[2].role-error\"")))
			.andExpect(content().string(containsString("签批角色只能是审核人、法制部门或局领导")));
		// The staffing check beside the form reports them together the same way.
		mvc.perform(link(link(post("/approvals/chains/MEASURE_END/staffing-check").with(user(bureau.legal())).with(csrf())
			.param("version", "1"), 0, "所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE", "0", "HOURS"),
				1, "民警签字", "OFFICER", "OWN_STATION", "BASIC", "24", "HOURS"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[0].reviewAmount-error\"")))
			.andExpect(content().string(containsString("id=\"links[1].role-error\"")));
		assertThat(ownActive("MEASURE_END")).isZero();
	}

	@Test
	void theHistoryShowsWhoWroteEachVersionAndWhatItChanged() throws Exception {
		String station = LINK.formatted("所长审核", "REVIEWER", "OWN_STATION", "INTERMEDIATE");
		String legal = LINK.formatted("法制审核", "LEGAL", "BUREAU_LEGAL", "ADVANCED");
		edit("MEASURE_CHANGE", "[" + station + "," + legal + "]").andExpect(status().isOk());
		edit("MEASURE_CHANGE", "[" + station + "," + legal.replace("\"reviewAmount\": 24", "\"reviewAmount\": 48") + "]")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[1].reviewAmount").value(48));
		int latest = inForce("MEASURE_CHANGE");
		long latestId = jdbc.queryForObject("select id from approval_chains where action = 'MEASURE_CHANGE' and active "
				+ "and bureau_id = ?", Long.class, bureau.bureau().getId());

		mvc.perform(get("/api/v1/approvals/chains/MEASURE_CHANGE/versions").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].chain.chainVersion").value(latest))
			.andExpect(jsonPath("$.content[0].chain.bureauId").value(bureau.bureau().getId()))
			.andExpect(jsonPath("$.content[0].inForce").value(true))
			.andExpect(jsonPath("$.content[0].createdBy.name").value(bureau.legal().name()))
			.andExpect(jsonPath("$.content[0].changes.links[0].changed.length()").value(0))
			.andExpect(jsonPath("$.content[0].changes.links[1].changed[0]").value("REVIEW_TIME"))
			.andExpect(jsonPath("$.content[1].chain.active").value(false))
			.andExpect(jsonPath("$.content[1].inForce").value(false));

		mvc.perform(get("/approvals/chain-versions/" + latestId).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bureau.legal().name())))
			.andExpect(content().string(containsString("table-warning changed")))
			.andExpect(content().string(containsString("原为")))
			.andExpect(content().string(containsString("id=\"version-previous\"")));
		mvc.perform(get("/approvals/chains/MEASURE_CHANGE").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/approvals/chain-versions/" + latestId)));

		long shortened = ((Number) JsonPath.read(edit("MEASURE_CHANGE", "[" + station + "]")
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(get("/api/v1/approvals/chains/versions/" + shortened).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.previousId").value(latestId))
			.andExpect(jsonPath("$.nextId").doesNotExist())
			.andExpect(jsonPath("$.changes.removedLinks[0]").value(2));
		// The version it was edited from now leads on to it, on the page and in the API.
		mvc.perform(get("/api/v1/approvals/chains/versions/" + latestId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.nextId").value(shortened));
		mvc.perform(get("/approvals/chain-versions/" + latestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("/approvals/chain-versions/" + shortened + "\"")))
			.andExpect(content().string(containsString("id=\"version-next\"")));

		// Another bureau's legal department neither follows nor sees this bureau's own versions.
		Fixtures.Bureau other = fixtures.bureau();
		mvc.perform(get("/api/v1/approvals/chains/versions/" + shortened).with(user(other.legal())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/chains").with(user(other.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.action == 'MEASURE_CHANGE')].bureauId").value(hasItem(nullValue())));
	}

	@Test
	void aVersionTheChainNeverHadIsNotFoundAndOfficersCannotReadTheHistory() throws Exception {
		long seeded = jdbc.queryForObject("select id from approval_chains where action = 'FILING' and chain_version = 1 "
				+ "and bureau_id is null", Long.class);
		mvc.perform(get("/approvals/chain-versions/99999999").with(user(bureau.legal()))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/chains/versions/99999999").with(user(bureau.legal())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("99999999")));
		mvc.perform(get("/api/v1/approvals/chains/FILING/versions").with(user(bureau.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/approvals/chain-versions/" + seeded).with(user(bureau.officer()))).andExpect(status().isForbidden());
		mvc.perform(get("/approvals/chain-versions/" + seeded).with(user(bureau.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("系统预置")))
			.andExpect(content().string(containsString("随系统发布的全省默认审批链")))
			.andExpect(content().string(containsString("省默认")));
		mvc.perform(get("/approvals/chain-versions/" + seeded).param("lang", "en").with(user(bureau.admin())))
			.andExpect(content().string(containsString("The provincial default shipped with the system")));
	}

	@Test
	void twoEditsOfTheSameVersionAtOnceWriteOneVersionAndRefuseTheOtherAsStale() throws Exception {
		int version = inForce("MEASURE_CHANGE");
		ChainEdit edit = new ChainEdit("依据", "basis", "同时修改", List.of(new LinkSpec("所长审核", "Station review",
				Role.REVIEWER, UnitLevel.OWN_STATION, QualificationLevel.INTERMEDIATE, false, 24, ReviewUnit.HOURS)));

		List<Object> results = Races.race(() -> chains.edit(ApprovalAction.MEASURE_CHANGE, version, edit, bureau.legal()),
				() -> chains.edit(ApprovalAction.MEASURE_CHANGE, version, edit, bureau.secondLegal()));

		assertThat(results).filteredOn(ApprovalChain.class::isInstance).hasSize(1);
		assertThat(results).filteredOn(ConflictException.class::isInstance).hasSize(1);
		assertThat(ownActive("MEASURE_CHANGE")).isEqualTo(1);
		assertThat(inForce("MEASURE_CHANGE")).isEqualTo(version + 1);
	}

	@Test
	void theHistoryComesTwentyVersionsAPageNewestFirstOnThePageAndInTheApi() throws Exception {
		for (int i = 0; i < 21; i++) {
			edit("MEASURE_CHANGE", "[" + LINK.formatted("所长审核" + i, "REVIEWER", "OWN_STATION", "INTERMEDIATE") + "]")
				.andExpect(status().isOk());
		}
		int all = JsonPath.<Integer>read(mvc.perform(get("/api/v1/approvals/chains/MEASURE_CHANGE/versions")
			.with(user(bureau.legal()))).andReturn().getResponse().getContentAsString(), "$.totalElements");
		int newest = inForce("MEASURE_CHANGE");
		mvc.perform(get("/api/v1/approvals/chains/MEASURE_CHANGE/versions").param("page", "1").with(user(bureau.legal())))
			.andExpect(jsonPath("$.content.length()").value(all - 20))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content[" + (all - 21) + "].chain.chainVersion").value(1));
		mvc.perform(get("/api/v1/approvals/chains/MEASURE_CHANGE/versions").param("size", "5").with(user(bureau.legal())))
			.andExpect(jsonPath("$.content.length()").value(5))
			.andExpect(jsonPath("$.content[0].chain.chainVersion").value(newest));

		String first = mvc.perform(get("/approvals/chains/MEASURE_CHANGE").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 " + all + " 条")))
			.andReturn().getResponse().getContentAsString();
		assertThat(versionRows(first)).hasSize(20).first().isEqualTo("v" + newest);
		assertThat(first).contains("/approvals/chains/MEASURE_CHANGE?page=1");

		String second = mvc.perform(get("/approvals/chains/MEASURE_CHANGE").param("page", "1").param("lang", "en")
			.with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page 2 of 2")))
			.andReturn().getResponse().getContentAsString();
		assertThat(versionRows(second)).hasSize(all - 20).last().isEqualTo("v1");
		// The editor above the list still starts from the version in force, whichever page is shown.
		assertThat(second).contains("所长审核20");

		mvc.perform(get("/approvals/chains/MEASURE_CHANGE").param("page", "9").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/approvals/chains/MEASURE_CHANGE?page=1")));
	}

	@Test
	void aBureauThatWentBackToTheDefaultAndEditedItAgainContinuesTheDefaultsHistoryWithItsNewestVersion()
			throws Exception {
		long defaultId = activeId("MEASURE_END");
		edit("MEASURE_END", "[" + LINK.formatted("第一次", "REVIEWER", "OWN_STATION", "INTERMEDIATE") + "]")
			.andExpect(status().isOk());
		long firstOwn = activeId("MEASURE_END");
		mvc.perform(post("/api/v1/approvals/chains/MEASURE_END/follow-default").param("version",
				String.valueOf(inForce("MEASURE_END"))).with(user(bureau.legal())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"试行结束\"}")).andExpect(status().isOk());
		edit("MEASURE_END", "[" + LINK.formatted("第二次", "REVIEWER", "OWN_STATION", "INTERMEDIATE") + "]")
			.andExpect(status().isOk());
		long secondOwn = activeId("MEASURE_END");

		mvc.perform(get("/api/v1/approvals/chains/versions/" + defaultId).with(user(bureau.legal())))
			.andExpect(jsonPath("$.inForce").value(false))
			.andExpect(jsonPath("$.nextId").value(secondOwn));
		mvc.perform(get("/api/v1/approvals/chains/versions/" + firstOwn).with(user(bureau.legal())))
			.andExpect(jsonPath("$.previousId").value(defaultId))
			.andExpect(jsonPath("$.nextId").doesNotExist());
		mvc.perform(get("/api/v1/approvals/chains/MEASURE_END/versions").param("size", "2").with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(3)))
			.andExpect(jsonPath("$.content[0].chain.id").value(secondOwn))
			.andExpect(jsonPath("$.content[0].inForce").value(true))
			.andExpect(jsonPath("$.content[0].previousId").value(defaultId))
			.andExpect(jsonPath("$.content[1].chain.id").value(firstOwn))
			.andExpect(jsonPath("$.content[1].inForce").value(false));
	}

	/** The id of the version in force for this test's bureau. */
	private long activeId(String action) {
		return jdbc.queryForObject("select id from approval_chains where action = ? and active "
				+ "and (bureau_id = ? or bureau_id is null) order by bureau_id nulls last limit 1", Long.class, action,
				bureau.bureau().getId());
	}

	private static List<String> versionRows(String html) {
		String table = html.substring(html.indexOf("id=\"chain-versions\""));
		return java.util.regex.Pattern.compile("<strong>(v\\d+)</strong>").matcher(table).results()
			.map(m -> m.group(1)).toList();
	}

	/** The version of the chain in force for this test's bureau: its own, else the default. */
	private int inForce(String action) {
		return jdbc.queryForObject("select chain_version from approval_chains where action = ? and active "
				+ "and (bureau_id = ? or bureau_id is null) order by bureau_id nulls last limit 1", Integer.class, action,
				bureau.bureau().getId());
	}

	/** The editor's form for MEASURE_END as the legal department posts it, without links. */
	private MockHttpServletRequestBuilder chainForm() {
		return post("/approvals/chains/MEASURE_END").with(user(bureau.legal())).with(csrf())
			.param("version", "1").param("citationZh", "依据").param("citationEn", "basis").param("changeNote", "调整");
	}

	/** One named row of the editor's links table, as typed. */
	private static MockHttpServletRequestBuilder link(MockHttpServletRequestBuilder form, int row, String nameZh,
			String role, String level, String qualification, String reviewAmount, String reviewUnit) {
		String at = "links[" + row + "].";
		return form.param(at + "nameZh", nameZh).param(at + "nameEn", nameZh + " (en)").param(at + "role", role)
			.param(at + "unitLevel", level).param(at + "minQualification", qualification)
			.param(at + "reviewAmount", reviewAmount).param(at + "reviewUnit", reviewUnit);
	}

	private int ownActive(String action) {
		return jdbc.queryForObject("select count(*) from approval_chains where action = ? and active and bureau_id = ?",
				Integer.class, action, bureau.bureau().getId());
	}

	private org.springframework.test.web.servlet.ResultActions edit(String action, String links) throws Exception {
		int version = inForce(action);
		return mvc.perform(put("/api/v1/approvals/chains/" + action + "?version=" + version).with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(body(links)));
	}

	private static String body(String links) {
		return """
				{"citationZh": "依据", "citationEn": "basis", "changeNote": "测试", "links": %s}""".formatted(links);
	}
}
