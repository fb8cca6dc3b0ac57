package org.gongzheng.approval;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A message that names an approval link names it in the reader's language. */
@IntegrationTest
class LinkNameLanguageIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	LinkNameLanguageIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
	}

	@Test
	void aCountersignLinkNobodyCanBeNamedForIsNamedInEnglishToAnEnglishReaderAndInChineseToAChineseOne()
			throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "会签无人案");
		long requestId = testApprovals.submitMajorFine(bureau.officer(), lawCase.getId(), "91");
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		mvc.perform(sign(requestId, bureau.stationChief())).andExpect(status().isOk());
		// Both leaders lose their approval rights while the legal review waits: the countersign link
		// after it can name nobody, so the legal review's approval is refused.
		jdbc.update("update officers set approval_rights_suspended = true where id in (?, ?)",
				bureau.leader().officerId(), bureau.secondLeader().officerId());
		Map<String, Object> leaders = jdbc.queryForMap("""
				select l.name_zh, l.name_en from approval_chain_links l join approval_requests r on r.chain_id = l.chain_id
				where r.id = ? and l.link_order = 3""", requestId);
		testApprovals.readEverything(lawCase.getId(), bureau.secondLegal().officerId());

		mvc.perform(sign(requestId, bureau.secondLegal()).header("Accept-Language", "en"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Nobody can sign the link \"" + leaders.get("name_en") + "\"."))
			.andExpect(jsonPath("$.detail").value(not(containsString((String) leaders.get("name_zh")))));
		mvc.perform(sign(requestId, bureau.secondLegal()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("环节“" + leaders.get("name_zh") + "”找不到可以签批的民警。"));
	}

	private static MockHttpServletRequestBuilder sign(long requestId, SignedInOfficer signer) {
		return post("/api/v1/approvals/{id}/signatures", requestId).with(user(signer))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"decision\":\"APPROVE\"}");
	}
}
