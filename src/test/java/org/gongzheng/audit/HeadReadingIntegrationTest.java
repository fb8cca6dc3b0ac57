package org.gongzheng.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A HEAD, as link checkers and download managers send, is answered without a body: nobody was shown
 * the case, the person's data or the document, so the log records no reading. A refused HEAD is
 * still recorded, because it probed for something out of scope.
 */
@IntegrationTest
class HeadReadingIntegrationTest {

	private static final String READINGS = "select count(*) from audit_log where action = ? and object_id = ? and outcome = ?";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	HeadReadingIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.jdbc = jdbc;
	}

	@Test
	void aHeadForACasePersonalDataOrADocumentIsAnsweredButNotRecordedAsARead() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer officer = bureau.officer();
		long caseId = testCases.acceptedWithRecord(bureau, "预检案").getId();
		long partyId = created(officer, post("/api/v1/cases/{id}/parties", caseId).content("""
				{"kind":"PERSON","role":"OFFENDER","name":"张三","idNumber":"11010519491231002X"}"""));
		long documentId = created(officer, post("/api/v1/cases/{id}/documents", caseId).content("""
				{"type":"ACCEPTANCE_RECEIPT","fields":{"recipient":"张三","note":""}}"""));
		List<Reading> readings = List.of(
				new Reading("CASE_VIEWED", caseId, "/cases/{id}", caseId),
				new Reading("CASE_VIEWED", caseId, "/api/v1/cases/{id}", caseId),
				new Reading("PERSONAL_DATA_VIEWED", partyId, "/cases/{id}/parties/{p}/personal-data", caseId, partyId),
				new Reading("PERSONAL_DATA_VIEWED", partyId, "/api/v1/cases/{id}/parties/{p}/personal-data", caseId,
						partyId),
				new Reading("DOCUMENT_VIEWED", documentId, "/documents/{id}", documentId),
				new Reading("DOCUMENT_VIEWED", documentId, "/api/v1/documents/{id}", documentId),
				new Reading("DOCUMENT_VIEWED", documentId, "/api/v1/documents/{id}/html", documentId));

		for (Reading reading : readings) {
			mvc.perform(head(reading.url(), reading.variables()).with(user(officer))).andExpect(status().isOk());
			assertThat(recorded(reading, "SUCCESS")).as("HEAD " + reading.url()).isZero();
		}
		mvc.perform(head("/api/v1/cases/{id}/parties/{p}/personal-data", caseId, partyId).with(user(bureau.colleague())))
			.andExpect(status().isForbidden());
		assertThat(recorded(readings.get(3), "DENIED")).isEqualTo(1);

		for (Reading reading : readings) {
			long before = recorded(reading, "SUCCESS");
			mvc.perform(get(reading.url(), reading.variables()).with(user(officer))).andExpect(status().isOk());
			assertThat(recorded(reading, "SUCCESS")).as("GET " + reading.url()).isEqualTo(before + 1);
		}
	}

	@Test
	void aHeadForTheAuditVerificationIsNotRecordedAsAVerificationThatSucceeded() throws Exception {
		String verified = "select count(*) from audit_log where action = 'AUDIT_VERIFIED' and outcome = ?";
		long before = jdbc.queryForObject(verified, Long.class, "SUCCESS");
		mvc.perform(head("/api/v1/audit/verification").with(user(fixtures.bureau().legal()))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(verified, Long.class, "SUCCESS")).isEqualTo(before);

		long all = jdbc.queryForObject("select count(*) from audit_log where action = 'AUDIT_VERIFIED'", Long.class);
		mvc.perform(get("/api/v1/audit/verification").with(user(fixtures.bureau().legal()))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'AUDIT_VERIFIED'", Long.class))
			.isEqualTo(all + 1);
	}

	private long created(SignedInOfficer officer,
			org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		String body = mvc.perform(request.with(user(officer)).contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	private long recorded(Reading reading, String outcome) {
		return jdbc.queryForObject(READINGS, Long.class, reading.action(), String.valueOf(reading.objectId()), outcome);
	}

	private record Reading(String action, long objectId, String url, Object... variables) {
	}
}
