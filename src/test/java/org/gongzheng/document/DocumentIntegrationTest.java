package org.gongzheng.document;

import java.time.Clock;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Pdfs;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.SeizedProperties;
import org.gongzheng.casework.internal.SeizedProperty;
import org.gongzheng.casework.internal.SeizedPropertyCommand;
import org.gongzheng.discretion.PenaltyCases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DocumentIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final PenaltyCases penaltyCases;

	private final Documents documents;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final SeizedProperties property;

	private final TestCases testCases;

	private final TestApprovals approvals;

	private Fixtures.Bureau bureau;

	private long caseId;

	DocumentIntegrationTest(MockMvc mvc, Fixtures fixtures, PenaltyCases penaltyCases, Documents documents,
			TransactionTemplate transactions, JdbcTemplate jdbc, Clock clock, SeizedProperties property, TestCases testCases,
			TestApprovals approvals) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.penaltyCases = penaltyCases;
		this.documents = documents;
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.clock = clock;
		this.property = property;
		this.testCases = testCases;
		this.approvals = approvals;
	}

	@BeforeEach
	void aCase() {
		bureau = fixtures.bureau();
		caseId = penaltyCases.assault(bureau).caseId();
	}

	private long receipt(String recipient) throws Exception {
		return receipt(caseId, recipient);
	}

	/** A case has one acceptance receipt; a second receipt is on another case. */
	private long receipt(long onCase, String recipient) throws Exception {
		String response = mvc.perform(post("/api/v1/cases/{id}/documents", onCase).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "ACCEPTANCE_RECEIPT", "fields": {"recipient": "%s", "note": ""}}""".formatted(recipient)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(containsString("受案字〔")))
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(response, "$.id")).longValue();
	}

	@Test
	void thePdfEmbedsTheChineseTitleAndTheNumberAsText() throws Exception {
		long id = receipt("李四");
		String number = jdbc.queryForObject("select number from legal_documents where id = ?", String.class, id);
		byte[] pdf = Pdfs.of(mvc.perform(get("/documents/{id}.pdf", id).with(user(bureau.officer()))).andReturn());
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String text = Pdfs.flatText(pdf);
		assertThat(text).contains("受案回执").contains(number).contains("李四：").contains("张某殴打他人案");
	}

	/** Seized property recorded on the case, which a seizure decision lists. */
	private void seizePhone() {
		property.seize(caseId, new SeizedPropertyCommand("手机", SeizedProperty.Category.ELECTRONICS, 9, "部", null,
				SeizedProperty.Kind.SEIZURE, null, null, null, null), bureau.officer());
	}

	@Test
	void aWordTooLongForALineBreaksOntoTheNextRatherThanRunningOffThePage() throws Exception {
		seizePhone();
		String serials = "861234567890123,".repeat(8) + "861234567890131";
		String response = mvc.perform(post("/api/v1/cases/{id}/documents", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "SEIZURE_DECISION", "fields": {"recipient": "张某", "items": "手机九部，串号%s",
					 "basis": "依据", "custodyPlace": "保管室"}}""".formatted(serials)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(response, "$.id")).longValue();

		byte[] pdf = Pdfs.of(mvc.perform(get("/documents/{id}.pdf", id).with(user(bureau.officer()))).andReturn());

		assertThat(Pdfs.visibleFlatText(pdf)).contains("手机九部，串号" + serials);
	}

	@Test
	void aCharacterNoFontOfTheServerDrawsIsNamedOnTheDocumentsPageAndInTheApi() throws Exception {
		// A private-use character, as older systems stored rare name characters: no font draws it.
		long id = receipt("王\uE000明");
		long plain = receipt(penaltyCases.assault(bureau).caseId(), "李四");
		assumeFalse(mvc.perform(get("/documents/{id}.pdf", plain).with(user(bureau.officer()))).andReturn().getResponse()
			.getStatus() == 503, "No font with Chinese glyphs on this machine: apt-get install fonts-noto-cjk");

		mvc.perform(get("/api/v1/documents/{id}", id).with(user(bureau.officer())))
			.andExpect(jsonPath("$.unprintableCharacters[0]").value("U+E000"))
			.andExpect(jsonPath("$.unprintableCharacters.length()").value(1));
		mvc.perform(get("/api/v1/documents/{id}", plain).with(user(bureau.officer())))
			.andExpect(jsonPath("$.unprintableCharacters").isEmpty());
		String page = mvc.perform(get("/documents/{id}", id).with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"unprintable-characters\"").contains("\uE000 U+E000").contains("印不出以下字符");
		assertThat(mvc.perform(get("/documents/{id}", plain).with(user(bureau.officer()))).andReturn().getResponse()
			.getContentAsString()).doesNotContain("unprintable-characters");
	}

	@Test
	void aNumberSearchFindsWhatWasTypedAndTakesWildcardsLiterally() throws Exception {
		long id = receipt("李四");
		String number = jdbc.queryForObject("select number from legal_documents where id = ?", String.class, id);
		// Copied from paper: no keyboard has 〔〕, so the year is typed in [] or 【】 or (); or copied from a
		// register that pads the sequence with zeros.
		for (String typed : new String[] { number, number.substring(1, number.length() - 1),
				number.replace('〔', '[').replace('〕', ']'), number.replace('〔', '【').replace('〕', '】'),
				number.replace("〔", "（").replace("〕", "）第"), number.replace("〕", "〕000") }) {
			mvc.perform(get("/api/v1/documents").param("number", typed).with(user(bureau.officer())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(1));
		}
		mvc.perform(get("/documents").param("number", number.replace('〔', '[').replace('〕', ']'))
			.with(user(bureau.officer())))
			.andExpect(content().string(containsString(number)));
		for (String wildcard : new String[] { "%", "_", "\\" }) {
			mvc.perform(get("/api/v1/documents").param("number", wildcard).with(user(bureau.officer())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.totalElements").value(0));
		}
	}

	@Test
	void anIssuedDocumentCannotBeChangedInTheDatabase() throws Exception {
		long id = receipt("李四");
		assertThatThrownBy(() -> jdbc.update("update legal_documents set recipient = '王五' where id = ?", id))
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("immutable");
		assertThatThrownBy(() -> jdbc.update("delete from legal_documents where id = ?", id))
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("immutable");
	}

	@Test
	void aCorrectionIsANewDocumentReferencingTheOldOneWhichStaysAsItWas() throws Exception {
		long id = receipt("李斯");
		String hash = jdbc.queryForObject("select content_hash from legal_documents where id = ?", String.class, id);
		mvc.perform(post("/api/v1/documents/{id}/corrections", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"fields": {"recipient": "李四"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		String response = mvc.perform(post("/api/v1/documents/{id}/corrections", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"reason": "送达对象姓名写错", "fields": {"recipient": "李四"}}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.correctsId").value(id))
			.andExpect(jsonPath("$.recipient").value("李四"))
			.andReturn().getResponse().getContentAsString();
		long corrected = ((Number) JsonPath.read(response, "$.id")).longValue();
		assertThat(jdbc.queryForObject("select content_hash from legal_documents where id = ?", String.class, id))
			.isEqualTo(hash);
		mvc.perform(get("/api/v1/documents/{id}/html", corrected).with(user(bureau.officer())))
			.andExpect(content().string(containsString("本文书更正")));
		mvc.perform(post("/api/v1/documents/{id}/corrections", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"reason": "again", "fields": {"recipient": "李四"}}"""))
			.andExpect(status().isConflict());
		String caseNumber = jdbc.queryForObject("select case_number from cases where id = ?", String.class, caseId);
		mvc.perform(get("/documents/{id}", id).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已被更正")))
			.andExpect(content().string(containsString(">" + caseNumber + "</a>")));
	}

	@Test
	void missingFieldsAreRefusedPerFieldAndNothingIsNumbered() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/documents", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "SEIZURE_DECISION", "fields": {"recipient": "张某"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'items')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'basis')]").exists());
		mvc.perform(post("/api/v1/cases/{id}/documents", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "PENALTY_DECISION_ORDINARY", "fields": {}}"""))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from legal_documents where case_id = ?", Integer.class, caseId))
			.isZero();
	}

	@Test
	void aFieldHoldingAnInvisibleControlCharacterIsRefusedOnThatFieldAndNothingIsNumbered() throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/documents", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "SEIZURE_DECISION", "fields": {"recipient": "张某", "items": "手机\\u000b一部", "basis": "依据"}}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("fields.items"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("不能包含不可见的控制字符 U+000B")));
		mvc.perform(post("/cases/{id}/documents/new", caseId).param("type", "SEIZURE_DECISION")
			.param("recipient", "张某").param("items", "手机\u000b一部").param("basis", "依据")
			.with(user(bureau.officer()))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"items-error\">不能包含不可见的控制字符 U+000B")))
			.andExpect(content().string(containsString("依据")));
		assertThat(jdbc.queryForObject("select count(*) from legal_documents where case_id = ?", Integer.class, caseId))
			.isZero();
	}

	@Test
	void everyCaseDocumentCanBeIssuedByHandFromItsPage() throws Exception {
		seizePhone();
		LawCase declined = testCases.acceptedWithRecord(bureau, "不予立案案");
		approvals.approveAll(testCases.submitForApproval(bureau, declined, CaseTransition.DECLINE_FILING));
		// Each where its case stands as the law has it issued: the notice once filing was declined.
		for (var type : new Object[][] { { "NON_FILING_NOTICE", "不予立案通知书", declined.getId() },
				{ "PENALTY_NOTICE_RECORD", "行政处罚告知笔录", caseId }, { "SEIZURE_DECISION", "扣押决定书", caseId } }) {
			long target = (Long) type[2];
			mvc.perform(get("/cases/{id}/documents/new", target).param("type", (String) type[0]).with(user(bureau.officer())))
				.andExpect(status().isOk());
			var request = post("/cases/{id}/documents/new", target).param("type", (String) type[0])
				.with(user(bureau.officer()))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
			for (String key : DocumentType.valueOf((String) type[0]).inputs()) {
				request.param(key, "内容" + key);
			}
			String location = mvc.perform(request).andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
			mvc.perform(get(location).with(user(bureau.officer())))
				.andExpect(content().string(containsString((String) type[1])))
				.andExpect(content().string(containsString("内容recipient")));
		}
		mvc.perform(get("/cases/{id}/documents", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("扣字〔")));
	}

	@Test
	void documentsOutsideTheOfficersScopeAreNotFound() throws Exception {
		long id = receipt("李四");
		mvc.perform(get("/documents/{id}", id).with(user(bureau.otherStationOfficer()))).andExpect(status().isNotFound());
		mvc.perform(get("/documents/{id}.pdf", id).with(user(fixtures.bureau().legal()))).andExpect(status().isNotFound());
	}

	@Test
	void aHeadForTheDocumentsPdfNamesTheFileButRendersNothingAndRecordsNoOpening() throws Exception {
		long id = receipt("李四");
		String viewed = "select count(*) from audit_log where action = 'DOCUMENT_VIEWED' and object_id = ?";
		// The page shows the PDF in the browser; the API hands it out as a file.
		Map<String, String> dispositions = Map.of("/documents/{id}.pdf", "inline", "/api/v1/documents/{id}/pdf", "attachment");
		for (Map.Entry<String, String> url : dispositions.entrySet()) {
			byte[] body = mvc.perform(head(url.getKey(), id).with(user(bureau.officer())))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andExpect(header().string("Content-Disposition", startsWith(url.getValue() + "; filename=")))
				.andReturn().getResponse().getContentAsByteArray();
			assertThat(body).as(url.getKey()).isEmpty();
			mvc.perform(head(url.getKey(), id).with(user(fixtures.bureau().legal()))).andExpect(status().isNotFound());
		}
		assertThat(jdbc.queryForObject(viewed, Long.class, String.valueOf(id))).isZero();

		mvc.perform(get("/api/v1/documents/{id}/pdf", id).with(user(bureau.officer()))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject(viewed, Long.class, String.valueOf(id))).isEqualTo(1);
	}

	@Test
	void aPenaltyDecisionWithoutAFineTellsNobodyToPayOne() {
		Map<String, String> detention = Map.of("partyName", "张某", "fineFen", "", "detentionDays", "5", "points", "0");
		Map<String, String> fine = Map.of("partyName", "张某", "fineFen", "20000", "detentionDays", "", "points", "0");
		for (DocumentType type : new DocumentType[] { DocumentType.PENALTY_DECISION_ORDINARY,
				DocumentType.PENALTY_DECISION_SIMPLE }) {
			assertThat(html(type, detention)).doesNotContain("缴纳罚款");
			assertThat(html(type, fine)).contains("缴纳罚款");
		}
	}

	private String html(DocumentType type, Map<String, String> fields) {
		IssuedDocument issued = transactions.execute(status -> documents.issue(DocumentRequest.of(type,
				bureau.stationOne().getId(), caseId, "PENALTY_DECISION", "1", "张某", fields, bureau.officer().officerId(),
				clock.instant())));
		return jdbc.queryForObject("select html from legal_documents where id = ?", String.class, issued.id());
	}

	@Test
	void anUnnumberedRecordKeepsNoNumber() {
		IssuedDocument record = transactions.execute(status -> documents.issue(DocumentRequest.of(
				DocumentType.PENALTY_NOTICE_RECORD, bureau.stationOne().getId(), caseId, null, null, "张某",
				Map.of("facts", "殴打他人"), bureau.officer().officerId(), clock.instant())));
		assertThat(record.number()).isNull();
	}
}
