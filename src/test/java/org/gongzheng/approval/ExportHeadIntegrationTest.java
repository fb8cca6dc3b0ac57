package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A HEAD for an accountability record's or the register's file, as a link checker or a download
 * manager sends before fetching: refused as its GET would be, told the file's type and name, and
 * nothing is exported, so nothing is audited as exported.
 */
@IntegrationTest
class ExportHeadIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	ExportHeadIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.jdbc = jdbc;
	}

	@Test
	void aHeadForAnyExportNamesTheFileButExportsAndAuditsNothing() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "预检导出案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		long chief = bureau.stationChief().officerId();
		long exportsBefore = exports();

		for (String url : List.of("/approvals/records/cases/{id}.xlsx", "/api/v1/approvals/records/cases/{id}/xlsx")) {
			headOf(url, lawCase.getId(), bureau.legal(), "accountability-" + lawCase.getCaseNumber() + ".xlsx");
		}
		for (String url : List.of("/approvals/records/cases/{id}.pdf", "/api/v1/approvals/records/cases/{id}/pdf")) {
			headOf(url, lawCase.getId(), bureau.legal(), "accountability-" + lawCase.getCaseNumber() + ".pdf");
		}
		String policeNumber = bureau.stationChief().getUsername();
		for (String url : List.of("/approvals/records/officers/{id}.xlsx", "/api/v1/approvals/records/officers/{id}/xlsx")) {
			headOf(url, chief, bureau.stationChief(), "accountability-" + policeNumber + ".xlsx");
		}
		for (String url : List.of("/approvals/records/officers/{id}.pdf", "/api/v1/approvals/records/officers/{id}/pdf")) {
			headOf(url, chief, bureau.stationChief(), "accountability-" + policeNumber + ".pdf");
		}
		for (String url : List.of("/approvals/requests.xlsx", "/api/v1/approvals/xlsx")) {
			mvc.perform(head(url).with(user(bureau.leader())))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
				.andExpect(header().string("Content-Disposition", containsString("approval-register.xlsx")));
		}
		assertThat(exports()).isEqualTo(exportsBefore);

		// The same refusals as the files themselves.
		mvc.perform(head("/api/v1/approvals/records/cases/{id}/xlsx", lawCase.getId())
			.with(user(bureau.otherStationOfficer())))
			.andExpect(status().isNotFound());
		mvc.perform(head("/approvals/records/officers/{id}.xlsx", chief).with(user(bureau.otherStationOfficer())))
			.andExpect(status().isNotFound());
		mvc.perform(head("/api/v1/approvals/records/officers/{id}/pdf", chief).param("to", "nonsense")
			.with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest());

		// A GET still exports, and is audited.
		mvc.perform(get("/api/v1/approvals/records/cases/{id}/xlsx", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(status().isOk());
		assertThat(exports()).isEqualTo(exportsBefore + 1);
	}

	private void headOf(String url, long id, SignedInOfficer reader, String fileName) throws Exception {
		byte[] body = mvc.perform(head(url, id).with(user(reader)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString(fileName)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).as(url).isEmpty();
	}

	private long exports() {
		return jdbc.queryForObject("""
				select count(*) from audit_log where action in ('ACCOUNTABILITY_EXPORTED', 'APPROVAL_REGISTER_EXPORTED')""",
				Long.class);
	}
}
