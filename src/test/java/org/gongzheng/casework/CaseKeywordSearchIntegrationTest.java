package org.gongzheng.casework;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.casework.internal.LawCase;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * The case list's keyword finds any part of a case number, of a title or of a party's name, ignoring case
 * and taking wildcards literally, whether it is short (matched by position) or three characters
 * or more (matched by LIKE, which the trigram indexes serve).
 */
@IntegrationTest
class CaseKeywordSearchIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	CaseKeywordSearchIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
	}

	@Test
	void aKeywordFindsAnyPartOfACaseNumberOrOfATitleWhateverItsLength() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase assault = testCases.acceptedWithRecord(bureau, "王某殴打他人案");
		testCases.acceptedWithRecord(bureau, "李某盗窃案（北关商场）");
		testCases.acceptedWithRecord(bureau, "ABC商贸公司扰乱单位秩序案");
		String number = assault.getCaseNumber();

		expect(bureau, "殴打", 1);
		expect(bureau, "殴打他人", 1);
		expect(bureau, "北关商场", 1);
		expect(bureau, "某", 2);
		expect(bureau, "abc", 1);
		expect(bureau, "Bc", 1);
		expect(bureau, "  扰乱单位秩序 ", 1);
		// Any part of a case number, short or long: its start is the unit's, its tail the case's own.
		expect(bureau, number.substring(0, 2), 3);
		expect(bureau, number, 1);
		expect(bureau, number.substring(number.indexOf('-')), 1);
		expect(bureau, number.substring(number.lastIndexOf('-')), 1);
		expect(bureau, number.substring(number.indexOf('-'), number.lastIndexOf('-') + 1), 3);
		// Wildcards are characters like any other.
		expect(bureau, "%", 0);
		expect(bureau, "_某", 0);
		expect(bureau, "%某%", 0);

		mvc.perform(get("/cases").param("q", "殴打").with(user(bureau.leader())))
			.andExpect(content().string(containsString(number)));
	}

	@Test
	void aTwoCharacterTermIsFoundByItsPieceInTitlesAndNamesAndNowhereElse() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String number = theftWithTwoPartiesAndAFraud(bureau);

		// A character outside the basic plane is one character, as PostgreSQL counts them.
		expect(bureau, "𠮷野", 1);
		expect(bureau, "盗窃", 1);
		expect(bureau, "阳娜", 1);
		expect(bureau, "王芳", 1);
		expect(bureau, "案", 2);
		// Not across two names, nor from a title into a name, nor from a number into a title.
		expect(bureau, "娜王", 0);
		expect(bureau, "案欧", 0);
		expect(bureau, number.substring(number.length() - 1) + "赵", 0);
		expect(bureau, "诈骗 赵某", 1);
		expect(bureau, "诈骗 王芳", 0);
		// The term is written into the statement as a literal (CaseSpecifications says why): quoted, not run.
		expect(bureau, "案'", 0);
		expect(bureau, "'案", 0);
		expect(bureau, "案\\", 0);
		expect(bureau, "''", 0);
	}

	@Test
	void aOneCharacterTermIsFoundByItsCharacterInTitlesAndNamesAndADigitInNumbersToo() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String number = theftWithTwoPartiesAndAFraud(bureau);

		expect(bureau, "𠮷", 1);
		expect(bureau, "盗", 1);
		expect(bureau, "娜", 1);
		expect(bureau, "芳", 1);
		expect(bureau, "赵", 1);
		expect(bureau, "案", 2);
		expect(bureau, "芳 赵", 0);
		expect(bureau, "芳 盗", 1);
		// A digit may be part of a case number, which no index of characters holds.
		expect(bureau, number.substring(number.length() - 1) + " 赵", 1);
		expect(bureau, "'", 0);
		expect(bureau, "\\", 0);
	}

	@Test
	void wordsApartMustAllBeFoundAndAFullWidthNumberIsReadAsTyped() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase assault = testCases.acceptedWithRecord(bureau, "王某殴打他人案");
		testCases.acceptedWithRecord(bureau, "李某殴打他人案");
		String number = assault.getCaseNumber();
		String tail = number.substring(number.lastIndexOf('-'));

		expect(bureau, "王某 殴打", 1);
		expect(bureau, "殴打\u3000王某", 1);
		expect(bureau, "某 殴打", 2);
		expect(bureau, "王某 盗窃", 0);
		expect(bureau, "殴打 " + tail, 1);
		expect(bureau, fullWidth(number), 1);

		mvc.perform(get("/cases").param("q", "王某 殴打").with(user(bureau.leader())))
			.andExpect(content().string(containsString(number)));
	}

	@Test
	void aTitlePastedWithCharactersThatDrawNothingIsStoredWithoutThemAndFoundByWhatItShows() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ADMINISTRATIVE\",\"title\":\"张某寻衅\u200b滋事\ufeff案\",\"summary\":\"案情\","
					+ "\"reportSource\":\"PATROL\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("张某寻衅滋事案"));
		mvc.perform(post("/cases").with(user(bureau.officer())).with(csrf()).param("type", "ADMINISTRATIVE")
			.param("title", "李某\u2060寻衅滋事案").param("summary", "案情").param("reportSource", "PATROL"))
			.andExpect(status().is3xxRedirection());

		expect(bureau, "寻衅滋事", 2);
		expect(bureau, "张某寻衅滋事", 1);
		expect(bureau, "李某寻衅", 1);
	}

	@Test
	void aPartysNameFindsTheCaseAndTheListSaysWhichPartyMatched() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		LawCase assault = testCases.acceptedWithRecord(bureau, "王某殴打他人案");
		LawCase disorder = testCases.acceptedWithRecord(bureau, "某公司扰乱单位秩序案");
		testCases.acceptedWithRecord(bureau, "刘某盗窃案");
		addParty(bureau, assault, "{\"kind\":\"PERSON\",\"role\":\"OFFENDER\",\"name\":\"王小明\"}");
		addParty(bureau, assault, "{\"kind\":\"PERSON\",\"role\":\"VICTIM\",\"name\":\"李四\"}");
		mvc.perform(post("/cases/{id}/parties", disorder.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "ORGANIZATION").param("role", "OFFENDER").param("name", "ABC商贸有限公司"))
			.andExpect(status().is3xxRedirection());

		expect(bureau, "王小明", 1);
		expect(bureau, "小明", 1);
		expect(bureau, "李四", 1);
		expect(bureau, "abc商贸", 1);
		expect(bureau, "王小明 殴打", 1);
		expect(bureau, "李四 盗窃", 0);
		// Two names side by side are not one name.
		expect(bureau, "明李", 0);
		expect(bureau, "小明李四", 0);

		mvc.perform(get("/api/v1/cases").param("q", "小明").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].caseNumber").value(assault.getCaseNumber()))
			.andExpect(jsonPath("$.content[0].matchingParties").value(org.hamcrest.Matchers.contains("王小明")));
		mvc.perform(get("/api/v1/cases").param("q", "殴打").with(user(bureau.leader())))
			.andExpect(jsonPath("$.content[0].matchingParties").isEmpty());
		mvc.perform(get("/cases").param("q", "李四").with(user(bureau.leader())))
			.andExpect(content().string(containsString(assault.getCaseNumber())))
			.andExpect(content().string(containsString("matching-party\">李四</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">王小明</span>"))));
	}

	/** 𠮷野家盗窃案 naming 欧阳娜娜 and 王芳, and 赵某诈骗案 naming nobody, whose number is returned. */
	private String theftWithTwoPartiesAndAFraud(Fixtures.Bureau bureau) throws Exception {
		LawCase theft = testCases.acceptedWithRecord(bureau, "𠮷野家盗窃案");
		addParty(bureau, theft, "{\"kind\":\"PERSON\",\"role\":\"OFFENDER\",\"name\":\"欧阳娜娜\"}");
		addParty(bureau, theft, "{\"kind\":\"PERSON\",\"role\":\"VICTIM\",\"name\":\"王芳\"}");
		return testCases.acceptedWithRecord(bureau, "赵某诈骗案").getCaseNumber();
	}

	private void addParty(Fixtures.Bureau bureau, LawCase lawCase, String json) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated());
	}

	private static String fullWidth(String ascii) {
		StringBuilder wide = new StringBuilder();
		ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
		return wide.toString();
	}

	private void expect(Fixtures.Bureau bureau, String keyword, int found) throws Exception {
		mvc.perform(get("/api/v1/cases").param("q", keyword).with(user(bureau.leader())))
			.andExpect(jsonPath("$.totalElements").value(found));
	}
}
