package org.gongzheng.approval.web;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A lifelong record longer than one PDF holds: the page offers no print button but says why, the
 * PDF is refused with the same reason on the page's URL and in the API, a narrower filter prints,
 * and the Excel file still holds everything, read a window at a time. The long record is written in the test's own
 * transaction and rolled back, so no other test meets thousands of signatures without audit entries.
 */
@IntegrationTest
@Transactional
class AccountabilityPrintLimitIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	AccountabilityPrintLimitIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.jdbc = jdbc;
	}

	@Test
	void aRecordTooLongForOnePdfIsNotPrintedButNarrowedOrExported() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "签批过多案");
		long request = testCases.submitForApproval(bureau, lawCase, CaseTransition.FILE);
		long chief = bureau.stationChief().officerId();
		// More than one PDF prints, and than two of the windows the Excel record is read in.
		int signatures = Math.max(AccountabilityPdf.MAX_ROWS, 2 * AccountabilityExports.EXPORT_WINDOW) + 1;
		jdbc.update("""
				insert into approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id,
				                                 decision, opinion, signed_at, case_version, material_hashes)
				select ?, r, 1, '办案部门审核', 'FILING', ?, ?, 'RETURN', '请补充询问笔录', now() - r * interval '1 minute', 1, ''
				from generate_series(1, ?) r""", request, lawCase.getId(), chief, signatures);

		mvc.perform(get("/approvals/records/officers/{o}", chief).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"record-print-disabled\"")))
			.andExpect(content().string(not(containsString("id=\"record-print\""))))
			.andExpect(content().string(containsString(String.valueOf(signatures))));
		mvc.perform(get("/approvals/records/officers/{o}.pdf", chief).with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/pdf", chief).with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("filter"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString(String.valueOf(signatures))));

		mvc.perform(get("/approvals/records/officers/{o}", chief).param("decision", "APPROVE")
			.with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"record-print\"")));
		mvc.perform(get("/approvals/records/officers/{o}.pdf", chief).param("decision", "APPROVE")
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		byte[] xlsx = mvc.perform(get("/approvals/records/officers/{o}.xlsx", chief).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andExpect(header().string("Content-Disposition", containsString("accountability-")))
			// Written into the response as the windows are read, so its length is not known up front.
			.andExpect(header().doesNotExist("Content-Length"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.rows(xlsx)).isEqualTo(signatures + 1);
		assertThat(Workbooks.numbers(xlsx, "D"))
			.as("each signature once, newest first, across the windows the record is read in")
			.isEqualTo(IntStream.rangeClosed(1, signatures).mapToObj(String::valueOf).toList());
	}
}
