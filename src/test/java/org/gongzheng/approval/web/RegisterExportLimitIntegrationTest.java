package org.gongzheng.approval.web;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A register longer than one workbook holds: the page offers no export but says why, the export
 * is refused with the same reason on the page's URL and in the API, and a narrower filter exports.
 * The long register is written in the test's own transaction and rolled back.
 */
@IntegrationTest
@Transactional
class RegisterExportLimitIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	RegisterExportLimitIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.jdbc = jdbc;
	}

	@Test
	void aRegisterTooLongForOneWorkbookIsNotExportedButNarrowed() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "申请过多案");
		long pending = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		int requests = RegisterExport.MAX_ROWS + 1;
		jdbc.update("""
				insert into approval_requests (action, chain_id, case_id, case_number, case_title, case_unit_id,
				    case_unit_path, summary, status, round, case_version, submitted_by, submitted_at, decided_at)
				select action, chain_id, case_id, case_number, case_title, case_unit_id, case_unit_path, summary,
				    'APPROVED', 1, case_version, submitted_by, submitted_at - g * interval '1 hour',
				    submitted_at - g * interval '1 hour' + interval '30 minutes'
				from approval_requests, generate_series(1, ?) g where id = ?""", requests - 1, pending);

		mvc.perform(get("/approvals/requests").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"register-export-disabled\"")))
			.andExpect(content().string(not(containsString("id=\"register-export\""))))
			.andExpect(content().string(containsString("共 " + requests + " 条申请")));
		mvc.perform(get("/approvals/requests.xlsx").with(user(bureau.leader()))).andExpect(status().isBadRequest());
		mvc.perform(head("/approvals/requests.xlsx").with(user(bureau.leader()))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/approvals/xlsx").with(user(bureau.leader())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("filter"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(String.valueOf(requests))));

		mvc.perform(get("/approvals/requests").param("status", "PENDING").with(user(bureau.leader())))
			.andExpect(content().string(containsString("id=\"register-export\"")));
		mvc.perform(get("/api/v1/approvals/xlsx").param("status", "PENDING").with(user(bureau.leader())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")));
	}
}
