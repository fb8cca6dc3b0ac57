package org.gongzheng.approval;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Pdfs;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.Workbooks;
import org.gongzheng.approval.internal.Signature;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.approval.internal.SignatureRepository;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.MaterialCommand;
import org.gongzheng.casework.internal.MaterialType;
import org.gongzheng.casework.internal.Materials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The two accountability views: a case's story and an officer's lifelong record, paged and filtered. */
@IntegrationTest
class AccountabilityRecordIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestApprovals testApprovals;

	private final TestCases testCases;

	private final Approvals approvals;

	private final SignatureRepository signatures;

	private final JdbcTemplate jdbc;

	private final AuditVerifier verifier;

	private final Materials materials;

	private Fixtures.Bureau bureau;

	AccountabilityRecordIntegrationTest(MockMvc mvc, Fixtures fixtures, TestApprovals testApprovals, TestCases testCases,
			Approvals approvals, SignatureRepository signatures, JdbcTemplate jdbc, AuditVerifier verifier,
			Materials materials) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testApprovals = testApprovals;
		this.testCases = testCases;
		this.approvals = approvals;
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.materials = materials;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void anOfficersRecordIsReadAPageAtATimeAndFilteredByActionDecisionAndDays() throws Exception {
		for (int i = 0; i < 3; i++) {
			testApprovals.approveAll(submitFiling(acceptedCase()));
		}
		LawCase returned = acceptedCase();
		returnAtTheStation(submitFiling(returned));
		long chief = bureau.stationChief().officerId();

		mvc.perform(get("/api/v1/approvals/records/officers/{o}", chief).param("size", "2").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(4))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.content.length()").value(2))
			.andExpect(jsonPath("$.content[0].decision").value("RETURN"))
			.andExpect(jsonPath("$.content[0].caseNumber").value(returned.getCaseNumber()))
			.andExpect(jsonPath("$.content[0].caseState").value("ACCEPTED"))
			.andExpect(jsonPath("$.content[0].linkNameEn").value("Review by the handling unit"))
			.andExpect(jsonPath("$.content[1].caseState").value("FILED"));
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", chief).param("decision", "APPROVE")
			.param("action", "FILING").with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(3));
		String tomorrow = LocalDate.now().plusDays(2).toString();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", chief).param("from", tomorrow)
			.with(user(bureau.legal())))
			.andExpect(jsonPath("$.totalElements").value(0));

		// The whole record in numbers, whatever the filter shows.
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/summary", chief).with(user(bureau.legal())))
			.andExpect(jsonPath("$.approved").value(3)).andExpect(jsonPath("$.returned").value(1))
			.andExpect(jsonPath("$.refused").value(0)).andExpect(jsonPath("$.withFindings").value(0))
			.andExpect(jsonPath("$.released").value(0));
		mvc.perform(get("/approvals/records/officers/{o}", chief).param("decision", "RETURN")
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共签批 4 次（同意 3、退回补正 1、不同意 0）")))
			.andExpect(content().string(containsString("共 1 条")))
			.andExpect(content().string(containsString(returned.getCaseNumber())))
			.andExpect(content().string(containsString(".xlsx?decision=RETURN")));
		mvc.perform(get("/approvals/records/me").param("decision", "RETURN").param("from", "{x}")
			.with(user(bureau.stationChief())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/approvals/records/officers/" + chief + "?decision=RETURN&from=%7Bx%7D"));
	}

	@Test
	void theExportHoldsEverythingTheFilterSelectsAndNothingElse() throws Exception {
		testApprovals.approveAll(submitFiling(acceptedCase()));
		returnAtTheStation(submitFiling(acceptedCase()));
		long chief = bureau.stationChief().officerId();

		assertThat(Workbooks.rows(export(chief, null))).isEqualTo(1 + 2);
		assertThat(Workbooks.rows(export(chief, "RETURN"))).isEqualTo(1 + 1);
	}

	@Test
	void aSignersNameOnTheCaseRecordLinksToTheirRecordOnlyForThoseWhoMayReadIt() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		String link = "href=\"/approvals/records/officers/" + bureau.stationChief().officerId() + "\"";

		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(link)));
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(link))))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(bureau.stationChief().name())));
	}

	@Test
	void bothRecordsPrintAsPdfWithEverySignatureAndWhoPrintedThem() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		long chief = bureau.stationChief().officerId();

		String caseRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(caseRecord).contains("案件签批记录", lawCase.getCaseNumber(), bureau.stationChief().name(), "退回补正",
				"请补充询问笔录", bureau.legal().name() + "（" + bureau.legal().getUsername() + "）");

		mvc.perform(get("/approvals/records/officers/{o}", chief).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString("id=\"record-print\"")));
		String officerRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/officers/{o}.pdf", chief)
			.param("decision", "RETURN").with(user(bureau.stationChief()))).andReturn()));
		assertThat(officerRecord).contains("终身签批档案", "筛选条件：退回补正", lawCase.getCaseNumber(), "请补充询问笔录",
				"共签批1次（同意0、退回补正1、不同意0）");
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'ACCOUNTABILITY_EXPORTED' and details like ?""", Long.class,
				lawCase.getCaseNumber() + " pdf")).isEqualTo(1);
		mvc.perform(get("/approvals/records/officers/{o}.pdf", chief).with(user(bureau.officer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTitleStoredWithControlCharactersBeforeInputRefusedThemStillPrintsWithoutThem() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		jdbc.update("update cases set title = ? where id = ?", "控制\u0001字符\u000b案\ufffe", lawCase.getId());

		String caseRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(caseRecord).contains("控制字符案", lawCase.getCaseNumber());
		String officerRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/api/v1/approvals/records/officers/{o}/pdf",
				bureau.stationChief().officerId()).with(user(bureau.stationChief()))).andReturn()));
		assertThat(officerRecord).contains("控制字符案");
	}

	@Test
	void aRecordWithACharacterNoFontDrawsSaysWhichOnThePrint() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		String plain = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(plain).doesNotContain("U+");
		// A private-use character an older system used for a rare name character: no font has it.
		jdbc.update("update cases set title = ? where id = ?", "私用\uE000字案", lawCase.getId());

		String caseRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(caseRecord).contains("本服务器的字体中没有", "U+E000");
		String officerRecord = Pdfs.flatText(Pdfs.of(mvc.perform(get("/api/v1/approvals/records/officers/{o}/pdf",
				bureau.stationChief().officerId()).param("lang", "en").with(user(bureau.stationChief()))).andReturn()));
		assertThat(officerRecord).contains("nofontonthisserverhas", "U+E000");
	}

	@Test
	void aTitleWithAWordLongerThanTheLinePrintsWholeOnThePaper() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		String title = "手机被盗案" + "861234567890123,".repeat(11) + "861234567890134";
		jdbc.update("update cases set title = ? where id = ?", title, lawCase.getId());

		String caseRecord = Pdfs.visibleFlatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf",
				lawCase.getId()).with(user(bureau.legal()))).andReturn()));
		assertThat(caseRecord).contains(title);
	}

	@Test
	void theEnglishPrintsKeepEachWordWholeAndLeaveOutTheColumnsTheirHeadingsName() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		long chief = bureau.stationChief().officerId();

		String caseText = Pdfs.text(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.param("lang", "en").with(user(bureau.legal()))).andReturn()));
		assertThat(List.of(caseText.split("\\s+"))).contains("Round", "Decision", "version", "material", "Outcome",
				"findings", "Return", "correction", "Submitted")
			.doesNotContain("title");
		assertThat(caseText.replaceAll("\\s+", " ")).contains("Exported by " + bureau.legal().name() + " ("
				+ bureau.legal().getUsername() + ") at");
		// A time may put its hour under its date, but "16:26" never breaks at its colon.
		assertThat(caseText).containsPattern("\\d{4}-\\d{2}-\\d{2}\\s+\\d{2}:\\d{2}").doesNotContainPattern("\\d{2}:\\s+\\d{2}");
		String officerText = Pdfs.text(Pdfs.of(mvc.perform(get("/approvals/records/officers/{o}.pdf", chief)
			.param("lang", "en").with(user(bureau.stationChief()))).andReturn()));
		assertThat(List.of(officerText.split("\\s+"))).contains("number", "title", "Round", "Decision", "version",
				"Outcome", "Return", "correction")
			.doesNotContain("Signer");
	}

	@Test
	void theApiHandsOutBothRecordsAsExcelAndPdfUnderTheSameRules() throws Exception {
		LawCase lawCase = acceptedCase();
		returnAtTheStation(submitFiling(lawCase));
		testApprovals.approveAll(submitFiling(acceptedCase()));
		long chief = bureau.stationChief().officerId();

		var excel = mvc.perform(get("/api/v1/approvals/records/officers/{o}/xlsx", chief).param("decision", "RETURN")
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn().getResponse();
		assertThat(Workbooks.rows(excel.getContentAsByteArray())).isEqualTo(1 + 1);
		// The case's record: its submission and the return.
		assertThat(Workbooks.rows(mvc.perform(get("/api/v1/approvals/records/cases/{c}/xlsx", lawCase.getId())
			.with(user(bureau.legal()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
			.isEqualTo(1 + 1 + 1);
		String casePdf = Pdfs.flatText(Pdfs.of(mvc.perform(get("/api/v1/approvals/records/cases/{c}/pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(casePdf).contains("案件签批记录", lawCase.getCaseNumber(), "请补充询问笔录");
		String officerPdf = Pdfs.flatText(Pdfs.of(mvc.perform(get("/api/v1/approvals/records/officers/{o}/pdf", chief)
			.with(user(bureau.stationChief()))).andReturn()));
		assertThat(officerPdf).contains("终身签批档案", lawCase.getCaseNumber());
		assertThat(jdbc.queryForObject("""
				select count(*) from audit_log where action = 'ACCOUNTABILITY_EXPORTED' and object_type = 'OFFICER'
						and object_id = ?""", Long.class,
				String.valueOf(chief))).isEqualTo(2);

		mvc.perform(get("/api/v1/approvals/records/officers/{o}/xlsx", chief).with(user(bureau.officer())))
			.andExpect(status().isForbidden())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")));
		mvc.perform(get("/api/v1/approvals/records/cases/{c}/pdf", lawCase.getId())
			.with(user(bureau.otherStationOfficer())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/records/officers/{o}/xlsx", chief).param("to", "nonsense")
			.with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aRangeThatEndsBeforeItStartsIsRefusedWithAMessageOnTheEndDate() throws Exception {
		long chief = bureau.stationChief().officerId();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", chief).param("from", "2026-05-02")
			.param("to", "2026-05-01").with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/approvals/records/officers/{o}", chief).param("from", "2026-05-02").param("to", "2026-05-01")
			.with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		// The export streams its workbook, so the range is refused before anything of it is sent.
		mvc.perform(get("/approvals/records/officers/{o}.xlsx", chief).param("from", "2026-05-02").param("to", "2026-05-01")
			.with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(content().string(containsString("结束日期不能早于开始日期")));
		mvc.perform(get("/approvals/records/officers/{o}", chief).param("decision", "MAYBE")
			.with(user(bureau.stationChief())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void nobodyReadsTheRecordOfAnOfficerOutsideTheirScopeOrSomeoneElsesWithoutAReviewingRole() throws Exception {
		long otherStation = bureau.otherStationOfficer().officerId();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", otherStation).with(user(bureau.stationChief())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/approvals/records/officers/{o}", otherStation).with(user(bureau.stationChief())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", bureau.stationChief().officerId())
			.with(user(bureau.colleague())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", bureau.colleague().officerId())
			.with(user(bureau.colleague())))
			.andExpect(status().isOk());
		Fixtures.Bureau elsewhere = fixtures.bureau();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", bureau.stationChief().officerId())
			.with(user(elsewhere.legal())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theCaseRecordTellsEveryRoundWithItsSignersOpinionsAndWhatTheyRead() throws Exception {
		LawCase lawCase = acceptedCase();
		long requestId = returnedResubmittedAndApproved(lawCase);

		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.caseNumber").value(lawCase.getCaseNumber()))
			.andExpect(jsonPath("$.caseState").value("FILED"))
			.andExpect(jsonPath("$.requests[0].status").value("APPROVED"))
			.andExpect(jsonPath("$.requests[0].round").value(2))
			.andExpect(jsonPath("$.requests[0].signatures.length()").value(3))
			.andExpect(jsonPath("$.requests[0].signatures[0].round").value(1))
			.andExpect(jsonPath("$.requests[0].signatures[0].decision").value("RETURN"))
			.andExpect(jsonPath("$.requests[0].signatures[0].opinion").value("请补充询问笔录"))
			.andExpect(jsonPath("$.requests[0].signatures[0].linkName").value("办案部门审核"))
			.andExpect(jsonPath("$.requests[0].signatures[0].linkNameEn").value("Review by the handling unit"))
			.andExpect(jsonPath("$.requests[0].signatures[0].signer.policeNumber")
				.value(bureau.stationChief().getUsername()))
			.andExpect(jsonPath("$.requests[0].signatures[0].materialsSeen.length()").value(1))
			.andExpect(jsonPath("$.requests[0].signatures[0].materialsSeen[0].title").value("询问笔录"))
			.andExpect(jsonPath("$.requests[0].signatures[0].materialsSeen[0].contentHash").isString())
			.andExpect(jsonPath("$.requests[0].signatures[0].materialsReadAt").exists())
			.andExpect(jsonPath("$.requests[0].signatures[2].round").value(2))
			.andExpect(jsonPath("$.requests[0].rounds.length()").value(2))
			.andExpect(jsonPath("$.requests[0].rounds[0].note").doesNotExist())
			.andExpect(jsonPath("$.requests[0].rounds[1].note").value("已补充询问笔录"))
			.andExpect(jsonPath("$.requests[0].rounds[1].submittedBy").value(bureau.officer().officerId()));
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(content().string(containsString("id=\"record-round-" + requestId + "-2\"")))
			.andExpect(content().string(containsString("补正说明")))
			.andExpect(content().string(containsString("已补充询问笔录")));
		String excel = Workbooks.text(mvc.perform(get("/approvals/records/cases/{c}.xlsx", lawCase.getId())
			.param("lang", "en").with(user(bureau.legal()))).andReturn().getResponse().getContentAsByteArray());
		assertThat(excel).contains("Submitted", "Resubmitted", "Correction note: 已补充询问笔录");
		assertThat(Workbooks.text(mvc.perform(get("/approvals/records/cases/{c}.xlsx", lawCase.getId())
			.with(user(bureau.legal()))).andReturn().getResponse().getContentAsByteArray())).contains("补正说明：已补充询问笔录");
		assertThat(Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()))).contains("补正后重新提交", "已补充询问笔录");
		Fixtures.Bureau elsewhere = fixtures.bureau();
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(elsewhere.legal())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).param("lang", "en")
			.with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("询问笔录")))
			.andExpect(content().string(containsString("Review by the handling unit")))
			.andExpect(content().string(not(containsString("办案部门审核"))))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("办案部门审核"))));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.stationChief().officerId()).param("lang", "en")
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Review by the handling unit (round 1)")))
			.andExpect(content().string(not(containsString("办案部门审核"))));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.stationChief().officerId())
			.with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("办案部门审核（第 1 轮）")));
	}

	@Test
	void theCaseRecordsFilesTellWhatHappenedInTheOrderItHappened() throws Exception {
		LawCase lawCase = acceptedCase();
		returnedResubmittedAndApproved(lawCase);

		byte[] excel = mvc.perform(get("/approvals/records/cases/{c}.xlsx", lawCase.getId()).param("lang", "en")
			.with(user(bureau.legal()))).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.column(excel, "G")).containsExactly("Decision", "Submitted", "Return for correction",
				"Resubmitted", "Approve", "Approve");
		String printed = Pdfs.flatText(Pdfs.of(mvc.perform(get("/approvals/records/cases/{c}.pdf", lawCase.getId())
			.with(user(bureau.legal()))).andReturn()));
		assertThat(printed.indexOf("提交报审")).isNotNegative().isLessThan(printed.indexOf("请补充询问笔录"));
		assertThat(printed.indexOf("请补充询问笔录")).isLessThan(printed.indexOf("补正后重新提交"));
	}

	@Test
	void anOpinionWrittenOnSeveralLinesKeepsThemWhereverItIsShown() throws Exception {
		LawCase lawCase = acceptedCase();
		long requestId = submitFiling(lawCase);
		testApprovals.readEverything(lawCase.getId(), bureau.stationChief().officerId());
		String opinion = "1. 补充对证人的询问笔录\n2. 补充现场照片";
		approvals.sign(requestId, Approvals.Decision.RETURN, opinion, bureau.stationChief());

		String shown = "class=\"multiline\">" + opinion + "<";
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.officer())))
			.andExpect(content().string(containsString(shown)));
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(content().string(containsString(shown)));
		mvc.perform(get("/approvals/records/officers/{o}", bureau.stationChief().officerId()).with(user(bureau.stationChief())))
			.andExpect(content().string(containsString(shown)));
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(content().string(containsString(shown)));
	}

	@Test
	void twoMaterialsCarryingOneFileAreEachListedAsRead() throws Exception {
		LawCase lawCase = acceptedCase();
		byte[] pdf = ("%PDF-1.4\n% evidence " + lawCase.getId() + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")
			.getBytes(StandardCharsets.US_ASCII);
		for (String title : List.of("书证（甲）", "书证（乙）")) {
			materials.add(lawCase.getId(), new MaterialCommand(MaterialType.DOCUMENTARY_EVIDENCE, title, null, null, null,
					null, null, null), new ByteArrayInputStream(pdf), "scan.pdf", "application/pdf", bureau.officer());
		}
		long requestId = submitFiling(lawCase);
		testApprovals.approveAll(requestId);

		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.requests[0].signatures[0].materialsSeen[*].title",
					containsInAnyOrder("询问笔录", "书证（甲）", "书证（乙）")));
		mvc.perform(get("/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.legal())))
			.andExpect(content().string(containsString("书证（甲）")))
			.andExpect(content().string(containsString("书证（乙）")));
		// The signer's lifelong record names them too, not only their hashes.
		long chief = bureau.stationChief().officerId();
		mvc.perform(get("/api/v1/approvals/records/officers/{o}", chief).with(user(bureau.legal())))
			.andExpect(jsonPath("$.content[0].materialsSeen[*].title", containsInAnyOrder("询问笔录", "书证（甲）", "书证（乙）")));
		mvc.perform(get("/approvals/records/officers/{o}", chief).with(user(bureau.legal())))
			.andExpect(content().string(containsString("书证（甲）")))
			.andExpect(content().string(containsString("书证（乙）")));
		byte[] xlsx = mvc.perform(get("/approvals/records/officers/{o}.xlsx", chief).with(user(bureau.legal())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(Workbooks.text(xlsx)).contains("书证（甲）", "书证（乙）");
	}

	@Test
	void everySignaturesDigestIsInItsAuditEntryAndRecomputesFromTheStoredRow() throws Exception {
		LawCase lawCase = acceptedCase();
		long requestId = returnedResubmittedAndApproved(lawCase);

		List<Signature> stored = signatures.findByCaseIdOrderBySignedAtAsc(lawCase.getId());
		assertThat(stored).hasSize(3);
		for (Signature signature : stored) {
			assertThat(jdbc.queryForObject("""
					select count(*) from audit_log where action = 'APPROVAL_SIGNED' and object_id = ?
					and details like ?""", Integer.class, String.valueOf(requestId),
					"%attests SIGNATURE " + signature.getId() + " sha256:" + signature.digest())).as("audit entry of signature %s", signature.getId())
				.isEqualTo(1);
		}
		mvc.perform(get("/api/v1/approvals/records/cases/{c}", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(jsonPath("$.requests[0].signatures[0].digest").value(stored.get(0).digest()));
		assertThat(stored.get(0).digest()).as("the opinion is part of what the digest covers")
			.isNotEqualTo(stored.get(1).digest());
	}

	@Test
	void auditVerificationFindsASignatureAlteredBehindTheApplicationsBack() throws Exception {
		LawCase lawCase = acceptedCase();
		long requestId = submitFiling(lawCase);
		returnAtTheStation(requestId);
		Signature returned = signatures.findByCaseIdOrderBySignedAtAsc(lawCase.getId()).get(0);
		long entryId = jdbc.queryForObject("select id from audit_log where details like ?", Long.class,
				"%attests SIGNATURE " + returned.getId() + " sha256:%");
		AuditVerification before = verifier.verify();
		assertThat(before.intact()).as(String.valueOf(before)).isTrue();
		assertThat(before.recordsChecked()).isPositive();

		// What a database administrator could do: switch the permanence trigger off and soften the opinion.
		testApprovals.alterSignature(returned.getId(), "opinion", "同意");
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBrokenId()).isEqualTo(entryId);
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}
		finally {
			testApprovals.alterSignature(returned.getId(), "opinion", returned.getOpinion());
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void auditVerificationNamesASignatureInsertedBehindTheApplicationsBack() throws Exception {
		LawCase lawCase = acceptedCase();
		long requestId = submitFiling(lawCase);
		returnAtTheStation(requestId);
		AuditVerification before = verifier.verify();

		// A row no audit entry vouches for: an approval that was never given through the application.
		long forged = jdbc.queryForObject("""
				insert into approval_signatures (request_id, round, link_order, link_name, action, case_id, signer_id,
				       decision, opinion, signed_at, case_version, material_hashes)
				select request_id, 99, link_order, link_name, action, case_id, signer_id, 'APPROVE', '同意', signed_at,
				       case_version, material_hashes
				from approval_signatures where request_id = ? returning id""", Long.class, requestId);
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).as("the rows themselves are untouched").isTrue();
			assertThat(after.complete()).isFalse();
			assertThat(after.unattestedCount()).isEqualTo(before.unattestedCount() + 1);
			assertThat(after.summary()).contains("SIGNATURE records vouched for by no row");

			mvc.perform(get("/api/v1/audit/verification").with(user(bureau.legal())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.unattested[0].type").value("SIGNATURE"))
				.andExpect(jsonPath("$.unattested[0].count").value(after.unattestedCount()));
			mvc.perform(post("/audit/verify").with(user(bureau.legal())).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"unattested\"")));
		}
		finally {
			jdbc.execute("alter table approval_signatures disable trigger approval_signatures_no_update");
			try {
				jdbc.update("delete from approval_signatures where id = ?", forged);
			}
			finally {
				jdbc.execute("alter table approval_signatures enable trigger approval_signatures_no_update");
			}
		}
		assertThat(verifier.verify().unattestedCount()).isEqualTo(before.unattestedCount());
	}

	private byte[] export(long officerId, String decision) throws Exception {
		var request = get("/approvals/records/officers/{o}.xlsx", officerId).with(user(bureau.stationChief()));
		if (decision != null) {
			request = request.param("decision", decision);
		}
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	/** A filing returned at the station, resubmitted with a note and approved by every link; its request. */
	private long returnedResubmittedAndApproved(LawCase lawCase) {
		long requestId = submitFiling(lawCase);
		returnAtTheStation(requestId);
		approvals.resubmit(requestId, null, "已补充询问笔录", bureau.officer());
		testApprovals.approveAll(requestId);
		return requestId;
	}

	private void returnAtTheStation(long requestId) {
		Approvals.RequestSummary request = approvals.request(requestId).orElseThrow();
		testApprovals.readEverything(request.caseId(), bureau.stationChief().officerId());
		approvals.sign(requestId, Approvals.Decision.RETURN, "请补充询问笔录", bureau.stationChief());
	}

	private LawCase acceptedCase() {
		return testCases.acceptedWithRecord(bureau, "档案测试案");
	}

	private long submitFiling(LawCase lawCase) {
		return testCases.submit(bureau, lawCase, CaseTransition.FILE).approval().id();
	}
}
