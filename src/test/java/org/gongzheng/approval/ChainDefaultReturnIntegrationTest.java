package org.gongzheng.approval;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A bureau going back to the provincial default says why, as an edit does, and the chain's history
 * shows who did it, when and why, next to the version it retired.
 */
@IntegrationTest
class ChainDefaultReturnIntegrationTest {

	private static final String ACTION = "MEASURE_END";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private int own;

	private int defaultVersion;

	private long ownId;

	ChainDefaultReturnIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
	}

	/** The bureau runs its own version of the chain, written over the default. */
	@BeforeEach
	void ownVersionInForce() throws Exception {
		bureau = fixtures.bureau();
		defaultVersion = inForce();
		mvc.perform(put("/api/v1/approvals/chains/" + ACTION).param("version", String.valueOf(defaultVersion))
			.with(user(bureau.legal())).contentType(MediaType.APPLICATION_JSON).content("""
					{"citationZh": "依据", "citationEn": "basis", "changeNote": "本局试行", "links": [
					 {"nameZh": "法制审核", "nameEn": "Legal review", "role": "LEGAL", "unitLevel": "BUREAU_LEGAL",
					  "minQualification": "INTERMEDIATE", "countersign": false, "reviewAmount": 24, "reviewUnit": "HOURS"}]}"""))
			.andExpect(status().isOk());
		own = inForce();
		ownId = jdbc.queryForObject("select id from approval_chains where action = ? and active and bureau_id = ?",
				Long.class, ACTION, bureau.bureau().getId());
	}

	@Test
	void goingBackToTheDefaultWithoutAReasonIsRefusedOnTheReasonFieldAndTheOwnVersionStaysInForce() throws Exception {
		mvc.perform(post("/api/v1/approvals/chains/" + ACTION + "/follow-default").param("version", String.valueOf(own))
			.with(user(bureau.legal())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		followDefaultApi(own, "   ").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		followDefaultApi(own, "长".repeat(501)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("500")));

		assertThat(inForce()).isEqualTo(own);
		assertThat(jdbc.queryForObject("select count(*) from approval_chain_default_restorations where retired_chain_id = ?",
				Long.class, ownId)).isZero();
		// As long as an edit's change note may be, and no longer.
		followDefaultApi(own, "长".repeat(500)).andExpect(status().isOk());
	}

	@Test
	void theFormWithoutAReasonComesBackWithTheProblemUnderTheReasonAndTheVersionTheOfficerSaw() throws Exception {
		mvc.perform(get("/approvals/chains/" + ACTION).with(user(bureau.legal())))
			.andExpect(content().string(containsString("id=\"follow-reason\"")))
			.andExpect(content().string(containsString("data-confirm=\"本局自己的版本将停止执行")));

		String page = mvc.perform(post("/approvals/chains/" + ACTION + "/follow-default")
			.param("version", String.valueOf(own)).param("reason", " ").with(user(bureau.legal())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"reason-error\"", "必填", "is-invalid");
		assertThat(page).containsPattern("name=\"version\" value=\"" + own + "\"");
		assertThat(inForce()).isEqualTo(own);
		mvc.perform(post("/approvals/chains/" + ACTION + "/follow-default").param("lang", "en")
			.param("version", String.valueOf(own)).param("reason", "x".repeat(501)).with(user(bureau.legal())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("At most 500 characters")))
			.andExpect(content().string(containsString("value=\"" + "x".repeat(501) + "\"")));
	}

	@Test
	void theHistoryShowsTheReturnWithWhoWhenAndWhyInBothLanguages() throws Exception {
		mvc.perform(post("/approvals/chains/" + ACTION + "/follow-default").param("version", String.valueOf(own))
			.param("reason", "试行期满，恢复全省统一流程").with(user(bureau.legal())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(inForce()).isEqualTo(defaultVersion);

		String who = bureau.legal().name();
		mvc.perform(get("/api/v1/approvals/chains/" + ACTION + "/versions").with(user(bureau.secondLegal())))
			.andExpect(jsonPath("$.content[0].chain.id").value(ownId))
			.andExpect(jsonPath("$.content[0].inForce").value(false))
			.andExpect(jsonPath("$.content[0].returnedToDefault.summary").value("恢复执行省级默认（第" + defaultVersion + "版）"))
			.andExpect(jsonPath("$.content[0].returnedToDefault.defaultVersion").value(defaultVersion))
			.andExpect(jsonPath("$.content[0].returnedToDefault.by.name").value(who))
			.andExpect(jsonPath("$.content[0].returnedToDefault.at").isNotEmpty())
			.andExpect(jsonPath("$.content[0].returnedToDefault.reason").value("试行期满，恢复全省统一流程"))
			.andExpect(jsonPath("$.content[1].returnedToDefault").doesNotExist());
		mvc.perform(get("/api/v1/approvals/chains/versions/" + ownId).header("Accept-Language", "en")
			.with(user(bureau.legal())))
			.andExpect(jsonPath("$.returnedToDefault.summary")
				.value("Returned to the provincial default (version " + defaultVersion + ")"))
			.andExpect(jsonPath("$.returnedToDefault.reason").value("试行期满，恢复全省统一流程"));

		String zh = mvc.perform(get("/approvals/chains/" + ACTION).with(user(bureau.legal())))
			.andReturn().getResponse().getContentAsString();
		String returned = zh.substring(zh.indexOf("id=\"returned-" + ownId + "\""));
		assertThat(returned.substring(0, returned.indexOf("</tr>"))).contains(
				"恢复执行省级默认（第" + defaultVersion + "版）", who, "试行期满，恢复全省统一流程", "本局第 " + own + " 版停止执行");
		mvc.perform(get("/approvals/chains/" + ACTION).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Returned to the provincial default (version " + defaultVersion + ")")))
			.andExpect(content().string(containsString("试行期满，恢复全省统一流程")));
		mvc.perform(get("/approvals/chain-versions/" + ownId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("id=\"version-returned\"")))
			.andExpect(content().string(containsString("when " + who + " (")))
			.andExpect(content().string(containsString("returned your bureau to the provincial default")))
			.andExpect(content().string(containsString("Reason: 试行期满，恢复全省统一流程")));
		assertThat(jdbc.queryForObject("""
				select details from audit_log where action = 'APPROVAL_CHAIN_DEFAULT_RESTORED' and object_id = ?""",
				String.class, String.valueOf(ownId))).endsWith(": 试行期满，恢复全省统一流程");
	}

	@Test
	void aVersionThatEndedByAnEditShowsNoReturn() throws Exception {
		mvc.perform(get("/api/v1/approvals/chains/" + ACTION + "/versions").with(user(bureau.legal())))
			.andExpect(jsonPath("$.content[0].returnedToDefault").doesNotExist());
		mvc.perform(get("/approvals/chains/" + ACTION).with(user(bureau.legal())))
			.andExpect(content().string(not(containsString("default-return"))));
	}

	@Test
	void aReturnFromAVersionAlreadyReplacedIsStillRefusedAsStale() throws Exception {
		followDefaultApi(own - 1, "试行期满").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.chain.stale"));
		mvc.perform(post("/approvals/chains/" + ACTION + "/follow-default").param("version", String.valueOf(own + 1))
			.param("reason", "试行期满").with(user(bureau.legal())).with(csrf()))
			.andExpect(status().isConflict());
		assertThat(inForce()).isEqualTo(own);

		followDefaultApi(own, "试行期满").andExpect(status().isOk())
			.andExpect(jsonPath("$.chainVersion").value(defaultVersion));
		followDefaultApi(own, "试行期满").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("approval.chain.alreadyDefault"));
	}

	private ResultActions followDefaultApi(int version, String reason) throws Exception {
		return mvc.perform(post("/api/v1/approvals/chains/" + ACTION + "/follow-default")
			.param("version", String.valueOf(version)).with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"%s\"}".formatted(reason)));
	}

	/** The version of the chain in force for this test's bureau: its own, else the default. */
	private int inForce() {
		return jdbc.queryForObject("select chain_version from approval_chains where action = ? and active "
				+ "and (bureau_id = ? or bureau_id is null) order by bureau_id nulls last limit 1", Integer.class, ACTION,
				bureau.bureau().getId());
	}
}
