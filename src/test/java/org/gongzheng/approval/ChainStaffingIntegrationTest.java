package org.gongzheng.approval;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;
import org.gongzheng.IntegrationTest;
import org.gongzheng.approval.internal.ApprovalChain;
import org.gongzheng.approval.internal.ApprovalChainRepository;
import org.gongzheng.approval.internal.ChainAdministration;
import org.gongzheng.approval.internal.ChainEdit;
import org.gongzheng.approval.internal.ChainLink;
import org.gongzheng.approval.internal.ChainStaffing;
import org.gongzheng.approval.internal.ChainStaffing.Gap;
import org.gongzheng.approval.internal.ChainStaffing.Shortage;
import org.gongzheng.approval.internal.LinkSpec;
import org.gongzheng.approval.internal.UnitLevel;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.organization.QualificationLevel;
import org.gongzheng.organization.Role;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.internal.Unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The legal department sees where a chain cannot be staffed: the stations whose cases would meet a
 * link nobody there can sign, though someone elsewhere in the bureau could.
 */
@IntegrationTest
class ChainStaffingIntegrationTest {

	/** A countersign link for the bureau's leaders, as the editor's API takes it. */
	private static final String LEADERS_COUNTERSIGN = """
			{"nameZh":"局领导审批","nameEn":"Leader","role":"LEADER","unitLevel":"BUREAU_LEADER",
			 "minQualification":"ADVANCED","countersign":true,"reviewAmount":24,"reviewUnit":"HOURS"}""";

	private final MockMvc mvc;

	private final JdbcTemplate jdbc;

	private final Fixtures fixtures;

	private final ApprovalChainRepository chains;

	private final ChainAdministration administration;

	private final ChainStaffing staffing;

	private final TestCases testCases;

	ChainStaffingIntegrationTest(MockMvc mvc, JdbcTemplate jdbc, Fixtures fixtures, ApprovalChainRepository chains,
			ChainAdministration administration, ChainStaffing staffing, TestCases testCases) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.fixtures = fixtures;
		this.chains = chains;
		this.administration = administration;
		this.staffing = staffing;
		this.testCases = testCases;
	}

	@Test
	void aStationWithoutAReviewerIsNamedAtTheStationLinkAndGoesOnceOneIsAppointed() {
		Fixtures.Bureau bureau = fixtures.bureau();
		// Station one has its chief; station two has none, and the sub-bureau reviewer signs only the second link.
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.containsExactly(tuple(bureau.stationTwo().getId(), 1, Shortage.NOBODY));

		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal())).isEmpty();
	}

	@Test
	void aChiefWhoseApprovalRightsAreSuspendedLeavesTheStationWithNobody() {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		jdbc.update("update officers set approval_rights_suspended = true where id = ?",
				bureau.stationChief().officerId());

		assertThat(staffing.gaps(filingChain(bureau), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.containsExactly(tuple(bureau.stationOne().getId(), 1, Shortage.NOBODY));
	}

	@Test
	void aChiefWhoAlsoHandlesCasesLeavesHisOwnCasesToNobodyUntilSomeoneElseThereCanSign() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer chief = chiefWhoHandlesCases(bureau);
		String policeNumber = policeNumber(chief);
		// Nobody signs a case they handle, and he is the only one at his station who could review it.
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage, gap -> gap.handler().id())
			.containsExactly(tuple(bureau.stationTwo().getId(), 1, Shortage.OWN_CASES, chief.officerId()));
		mvc.perform(get("/api/v1/approvals/chains/FILING/staffing").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].shortage").value("OWN_CASES"))
			.andExpect(jsonPath("$[0].handlerPoliceNumber").value(policeNumber))
			.andExpect(jsonPath("$[0].handlerName").value("二所所长"));
		mvc.perform(get("/approvals/chains/FILING").with(user(bureau.legal())))
			.andExpect(content().string(containsString(bureau.stationTwo().getNameZh() + "：二所所长（" + policeNumber
					+ "）办理的案件，第 1 环节“")));
		mvc.perform(get("/approvals/chains/FILING").param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString(bureau.stationTwo().getNameEn() + ": cases 二所所长 (" + policeNumber
					+ ") handles — nobody can sign link 1")));

		// Station one's chief reviews but handles nothing; a reviewer who is not a chief covers station two.
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所教导员", Role.REVIEWER);
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal())).isEmpty();
	}

	@Test
	void aCaseHandledByTheOnlyReviewerThereWaitsAndItsRequestSaysSo() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		SignedInOfficer chief = chiefWhoHandlesCases(bureau);
		String policeNumber = policeNumber(chief);
		LawCase own = testCases.acceptedWithRecord(chief, "所长自办案");
		long requestId = testCases.submitForApproval(chief, own, CaseTransition.FILE);

		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(chief)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nobodyCanSign").value(true))
			.andExpect(jsonPath("$.eligibleSigners", empty()))
			.andExpect(jsonPath("$.ownCaseSigners[0]").value(chief.officerId()));
		mvc.perform(get("/approvals/{id}", requestId).with(user(bureau.legal())))
			.andExpect(content().string(containsString("能签的只有二所所长（" + policeNumber + "），而本案由其办理或提交")));
		mvc.perform(get("/approvals/{id}", requestId).param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("only 二所所长 (" + policeNumber + ") could, and this is their own case")));

		// Someone else at the station who may review: the request has a signer, and nobody is held back.
		SignedInOfficer instructor = fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所教导员", Role.REVIEWER);
		mvc.perform(get("/api/v1/approvals/{id}", requestId).with(user(chief)))
			.andExpect(jsonPath("$.nobodyCanSign").value(false))
			.andExpect(jsonPath("$.eligibleSigners[0]").value(instructor.officerId()))
			.andExpect(jsonPath("$.ownCaseSigners", empty()));
	}

	@Test
	void aDepartmentWhoseOwnOfficersHandleCasesIsNamedAtTheStationLinkNobodyThereCanSign() {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		Unit crime = fixtures.anotherUnit(bureau, bureau.bureau(), "刑侦支队", UnitKind.DEPARTMENT);
		// Nobody handles cases there yet, nor in the legal department.
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal())).isEmpty();

		fixtures.anotherOfficer(bureau, crime, "侦查员", Role.OFFICER);
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.contains(tuple(crime.getId(), 1, Shortage.NOBODY))
			.allMatch(gap -> gap.toList().get(0).equals(crime.getId()));
		// Its head reviews its cases as a station's chief does; directly under the bureau it also stands
		// at the sub-bureau's rank, so the second link needs a second leader there.
		fixtures.anotherOfficer(bureau, crime, "支队长", Role.REVIEWER);
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.containsExactly(tuple(crime.getId(), 2, Shortage.SAME_SIGNERS));
		fixtures.anotherOfficer(bureau, crime, "副支队长", Role.REVIEWER);
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal())).isEmpty();

		// A team inside a station reaches its station's signers: the station speaks for it.
		Unit team = fixtures.anotherUnit(bureau, bureau.stationOne(), "社区警务队", UnitKind.TEAM);
		fixtures.anotherOfficer(bureau, team, "社区民警", Role.OFFICER);
		jdbc.update("update officers set approval_rights_suspended = true where id = ?",
				bureau.stationChief().officerId());
		assertThat(staffing.gaps(filingChain(bureau), bureau.legal())).extracting(gap -> gap.unit().id())
			.contains(bureau.stationOne().getId())
			.doesNotContain(team.getId());
	}

	@Test
	void twoStationLinksNeedTwoPeopleAtEachStationThoughTheBureauAsAWholeHasThem() {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		ApprovalChain edited = editIntoTwoStationReviews(bureau);

		assertThat(staffing.gaps(edited, bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.containsExactlyInAnyOrder(tuple(bureau.stationOne().getId(), 2, Shortage.SAME_SIGNERS),
					tuple(bureau.stationTwo().getId(), 2, Shortage.SAME_SIGNERS));

		fixtures.anotherOfficer(bureau, bureau.stationOne(), "一所教导员", Role.REVIEWER);
		assertThat(staffing.gaps(edited, bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::shortage)
			.containsExactly(tuple(bureau.stationTwo().getId(), Shortage.SAME_SIGNERS));
	}

	@Test
	void theApiListsTheGapsOfTheChainInForceToTheLegalDepartmentAndNobodyElse() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/api/v1/approvals/chains/FILING/staffing").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].unitId").value(bureau.stationTwo().getId()))
			.andExpect(jsonPath("$[0].unitNameZh").value(bureau.stationTwo().getNameZh()))
			.andExpect(jsonPath("$[0].position").value(1))
			.andExpect(jsonPath("$[0].linkNameZh").value(filingChain(bureau).link(1).orElseThrow().getNameZh()))
			.andExpect(jsonPath("$[0].shortage").value("NOBODY"));
		mvc.perform(get("/api/v1/approvals/chains/FILING/staffing").with(user(bureau.officer())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aBureauWithNoUnitMarkedAsItsLegalAffairsDepartmentIsToldSoWhereverItsLegalReviewsFindNobody()
			throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		jdbc.update("update units set legal_affairs = false where path like ?", bureau.bureau().getPath() + "%");
		mvc.perform(get("/api/v1/approvals/chains/PENALTY_MAJOR/staffing").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.position == 2)]", not(empty())))
			.andExpect(jsonPath("$[?(@.position == 2)].shortage", everyItem(is("NO_LEGAL_AFFAIRS"))));
		mvc.perform(get("/approvals/chains/PENALTY_MAJOR").with(user(bureau.legal())))
			.andExpect(content().string(containsString("没有能签的人：本局还没有单位标为法制部门（管理 › 单位）")));
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"links":[{"nameZh":"法制审核","nameEn":"Legal review","role":"LEGAL","unitLevel":"BUREAU_LEGAL",
					 "minQualification":"ADVANCED","countersign":false,"reviewAmount":3,"reviewUnit":"WORKING_DAYS"}]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[0].role"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("本局还没有单位标为法制部门")));
	}

	@Test
	void theChainPagesWarnOfTheGapInChineseAndEnglish() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String station = bureau.stationTwo().getNameZh();
		mvc.perform(get("/approvals/chains/FILING").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"chain-staffing\"")))
			.andExpect(content().string(containsString(station + "：第 1 环节“")))
			.andExpect(content().string(containsString("或具备的人审批权已被暂停")));
		mvc.perform(get("/approvals/chains/FILING").param("lang", "en").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Staffing gaps:")))
			.andExpect(content().string(containsString(bureau.stationTwo().getNameEn() + ": link 1 &quot;")));
		mvc.perform(get("/approvals/chains").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("人手缺口 1 处")))
			.andExpect(content().string(containsString("href=\"/approvals/chains/FILING#chain-staffing\"")));

		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		mvc.perform(get("/approvals/chains/FILING").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"chain-staffing\""))));
	}

	@Test
	void theLegalDepartmentsWorkPageNamesTheChainsSomeUnitCouldNotStaffAndNobodyElsesAsksForThem() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/work").with(user(bureau.legal())))
			.andExpect(content().string(containsString("hx-get=\"/approvals/chains/staffing-notice\"")));
		mvc.perform(get("/work").with(user(bureau.officer())))
			.andExpect(content().string(not(containsString("staffing-notice"))));
		mvc.perform(get("/approvals/chains/staffing-notice").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"work-staffing\"")))
			.andExpect(content().string(containsString("处环节在某些办案单位找不到签批人")))
			.andExpect(content().string(containsString("<span>" + bureau.stationTwo().getNameZh() + "</span>")))
			.andExpect(content().string(containsString("href=\"/approvals/chains\"")));
		mvc.perform(get("/approvals/chains/staffing-notice").param("lang", "en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Approval chains short of signers")))
			.andExpect(content().string(containsString("<span>" + bureau.stationTwo().getNameEn() + "</span>")));
		mvc.perform(get("/api/v1/approvals/chains/staffing").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.chains[?(@.action == 'FILING')].units").value(1))
			.andExpect(jsonPath("$.chains[?(@.action == 'FILING')].gaps").value(1))
			.andExpect(jsonPath("$.units.length()").value(1))
			.andExpect(jsonPath("$.units[0].id").value(bureau.stationTwo().getId()));
		mvc.perform(get("/approvals/chains/staffing-notice").with(user(bureau.officer())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/approvals/chains/staffing").with(user(bureau.officer())))
			.andExpect(status().isForbidden());

		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		mvc.perform(get("/approvals/chains/staffing-notice").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("work-staffing"))));
		mvc.perform(get("/api/v1/approvals/chains/staffing").with(user(bureau.legal())))
			.andExpect(jsonPath("$.chains.length()").value(0))
			.andExpect(jsonPath("$.units.length()").value(0));
	}

	@Test
	void aBureauShortOfPeopleAtManyUnitsReadsTheFirstThirtyOnThePageAndEveryOneInTheApi() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		for (int i = 0; i < 30; i++) {
			fixtures.anotherUnit(bureau, bureau.subBureau(), "新所", UnitKind.STATION);
		}
		mvc.perform(get("/api/v1/approvals/chains/FILING/staffing").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(31));
		String page = mvc.perform(get("/approvals/chains/FILING").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("另有 1 处未列出")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.split("class=\"staffing-gap\"", -1)).as("gaps listed").hasSize(31);
		mvc.perform(get("/approvals/chains").with(user(bureau.legal())))
			.andExpect(content().string(containsString("人手缺口 31 处")));
		// The work page's notice names the first ten units and counts the rest.
		mvc.perform(get("/approvals/chains/staffing-notice").with(user(bureau.legal())))
			.andExpect(content().string(containsString("，另有 21 个")));
	}

	@Test
	void theEditorChecksTheLinksAsTypedWithoutSavingThemAndKeepsWhatWasTyped() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		int before = chainVersions(bureau);

		mvc.perform(twoStationReviews(post("/approvals/chains/FILING/staffing-check"), bureau))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"staffing-preview\"")))
			.andExpect(content().string(containsString(bureau.stationOne().getNameZh() + "：第 2 环节“办案部门复核”，能签的人都要签本轮的其他环节")))
			.andExpect(content().string(containsString(bureau.stationTwo().getNameZh() + "：第 2 环节“办案部门复核”")))
			.andExpect(content().string(containsString("value=\"办案部门复核\"")));
		// One station review, which both stations can staff.
		mvc.perform(checkOneLink(bureau, "办案部门审核", "REVIEWER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("都能为每个环节配备不同的签批人")));
		assertThat(chainVersions(bureau)).as("nothing saved").isEqualTo(before);
	}

	@Test
	void checkingLinksAnEditWouldRefuseRefusesThemBesideTheirRow() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(checkOneLink(bureau, "法制审核", "LEGAL"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"links[0].unitLevel-error\"")))
			.andExpect(content().string(not(containsString("id=\"staffing-preview\""))));
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\":[]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links"));
	}

	@Test
	void theApiChecksLinksBeforeTheyAreSavedForTheLegalDepartmentOnly() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		ApprovalChain provincial = filingChain(bureau);
		ChainLink review = provincial.link(1).orElseThrow();
		String link = """
				{"nameZh":"%s","nameEn":"Review","role":"REVIEWER","unitLevel":"OWN_STATION",
				 "minQualification":"%s","countersign":false,"reviewAmount":24,"reviewUnit":"HOURS"}"""
			.formatted(review.getNameZh(), review.getMinQualification());
		String body = "{\"links\":[" + link + "," + link + "]}";

		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[*].shortage").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("SAME_SIGNERS"))))
			.andExpect(jsonPath("$[*].position").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(2))));
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		assertThat(filingChain(bureau).getId()).isEqualTo(provincial.getId());
	}

	@Test
	void twoCountersignLeaderLinksAreRefusedWhereTheBureauHasTwoLeadersForBothAndNothingIsSaved() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		int before = chainVersions(bureau);
		String leaders = "{\"links\":[" + LEADERS_COUNTERSIGN + "," + LEADERS_COUNTERSIGN + "]}";

		// Both leaders countersign the first link, and nobody signs two links of a round.
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content(leaders))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("links[1].role"))
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("本局能签批这个环节的人不够")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("会签环节须由能签它的每个人会签")));
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(leaders))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("Too few in the bureau can sign this link")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("a countersign link by everyone who could sign it")));
		mvc.perform(put("/api/v1/approvals/chains/DEADLINE_EXTENSION").param("version", "1").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"citationZh":"依据","citationEn":"basis","changeNote":"两次会签","links":[%s,%s]}"""
				.formatted(LEADERS_COUNTERSIGN, LEADERS_COUNTERSIGN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[1].role"));
		assertThat(chainVersions(bureau)).as("nothing saved").isEqualTo(before);
	}

	@Test
	void aSingleLeaderLinkAfterTheLeadersCountersignIsRefusedThoughOneBeforeItIsNot() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String leader = LEADERS_COUNTERSIGN.replace("\"countersign\":true", "\"countersign\":false");

		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\":[" + LEADERS_COUNTERSIGN + "," + leader + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("links[1].role"));
		// One leader signs first; the countersign link then names the other, who has signed nothing.
		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"links\":[" + leader + "," + LEADERS_COUNTERSIGN + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aCountersignStationLinkBeforeTheLeadersDrawsOnOtherPeopleAndLeavesNoGap() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		String station = """
				{"nameZh":"所领导会签","nameEn":"Station countersign","role":"REVIEWER","unitLevel":"OWN_STATION",
				 "minQualification":"INTERMEDIATE","countersign":true,"reviewAmount":24,"reviewUnit":"HOURS"}""";

		mvc.perform(post("/api/v1/approvals/chains/staffing-check").with(user(bureau.legal()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"links\":[" + station + "," + LEADERS_COUNTERSIGN + "]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void aStationWhoseReviewersAllCountersignItsFirstLinkHasNobodyForItsSecondThoughAnotherStationHas() {
		Fixtures.Bureau bureau = fixtures.bureau();
		// Station one: its chief countersigns, and an instructor qualified only for the second link signs it.
		SignedInOfficer instructor = fixtures.anotherOfficer(bureau, bureau.stationOne(), "一所教导员", Role.REVIEWER);
		jdbc.update("update officers set qualification_level = 'INTERMEDIATE' where id = ?", instructor.officerId());
		// Station two: two reviewers, enough for two links one each, but both are named to countersign.
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER);
		fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所副所长", Role.REVIEWER);
		ChainLink review = filingChain(bureau).link(1).orElseThrow();
		LinkSpec countersign = new LinkSpec("所领导会签", "Station countersign", Role.REVIEWER, UnitLevel.OWN_STATION,
				QualificationLevel.ADVANCED, true, 24, review.getReviewUnit());
		LinkSpec second = new LinkSpec("办案部门复核", "Second review", Role.REVIEWER, UnitLevel.OWN_STATION,
				QualificationLevel.INTERMEDIATE, false, 24, review.getReviewUnit());

		assertThat(staffing.check(List.of(countersign, second), bureau.legal()))
			.extracting(gap -> gap.unit().id(), Gap::position, Gap::shortage)
			.containsExactly(tuple(bureau.stationTwo().getId(), 2, Shortage.SAME_SIGNERS));
	}

	/** The editor's form checked with one link, at the handling unit's level. */
	private static MockHttpServletRequestBuilder checkOneLink(Fixtures.Bureau bureau, String name, String role) {
		return post("/approvals/chains/FILING/staffing-check").with(user(bureau.legal())).with(csrf())
			.param("version", "1").param("links[0].nameZh", name).param("links[0].nameEn", name + " (en)")
			.param("links[0].role", role).param("links[0].unitLevel", "OWN_STATION")
			.param("links[0].minQualification", "INTERMEDIATE").param("links[0].reviewAmount", "24")
			.param("links[0].reviewUnit", "HOURS");
	}

	/** The editor's form with the handling unit's review twice. */
	private MockHttpServletRequestBuilder twoStationReviews(MockHttpServletRequestBuilder form, Fixtures.Bureau bureau) {
		ChainLink review = filingChain(bureau).link(1).orElseThrow();
		form.with(user(bureau.legal())).with(csrf()).param("version", "1");
		String[][] names = { { review.getNameZh(), review.getNameEn() }, { "办案部门复核", "Second review" } };
		for (int i = 0; i < 2; i++) {
			String at = "links[" + i + "].";
			form.param(at + "nameZh", names[i][0]).param(at + "nameEn", names[i][1]).param(at + "role", "REVIEWER")
				.param(at + "unitLevel", "OWN_STATION").param(at + "minQualification", review.getMinQualification().name())
				.param(at + "reviewAmount", "24").param(at + "reviewUnit", "HOURS");
		}
		return form;
	}

	/** Station two's only reviewer, who handles cases as well. */
	private SignedInOfficer chiefWhoHandlesCases(Fixtures.Bureau bureau) {
		return fixtures.anotherOfficer(bureau, bureau.stationTwo(), "二所所长", Role.REVIEWER, Role.OFFICER);
	}

	private String policeNumber(SignedInOfficer officer) {
		return jdbc.queryForObject("select police_number from officers where id = ?", String.class, officer.officerId());
	}

	private int chainVersions(Fixtures.Bureau bureau) {
		return jdbc.queryForObject("select count(*) from approval_chains where bureau_id = ?", Integer.class,
				bureau.bureau().getId());
	}

	private ApprovalChain filingChain(Fixtures.Bureau of) {
		return chains.findById(chains.activeIds(ApprovalAction.FILING, of.bureau().getId()).get(0)).orElseThrow();
	}

	/** The filing chain with the handling unit's review twice, which the bureau as a whole can staff. */
	private ApprovalChain editIntoTwoStationReviews(Fixtures.Bureau bureau) {
		ApprovalChain provincial = filingChain(bureau);
		ChainLink review = provincial.link(1).orElseThrow();
		LinkSpec first = new LinkSpec(review.getNameZh(), review.getNameEn(), review.getRole(), review.getUnitLevel(),
				review.getMinQualification(), false, review.getReviewAmount(), review.getReviewUnit());
		LinkSpec second = new LinkSpec("办案部门复核", "Second review by the handling unit", review.getRole(),
				review.getUnitLevel(), review.getMinQualification(), false, review.getReviewAmount(),
				review.getReviewUnit());
		return administration.edit(ApprovalAction.FILING, provincial.getChainVersion(),
				new ChainEdit(provincial.getCitationZh(), provincial.getCitationEn(), "办案部门复核",
						List.of(first, second)),
				bureau.legal());
	}
}
