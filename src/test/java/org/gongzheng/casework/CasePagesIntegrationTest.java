package org.gongzheng.casework;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.casework.internal.CaseWork;
import org.gongzheng.casework.internal.IntakeCommand;
import org.gongzheng.casework.internal.LawCase;
import org.gongzheng.casework.internal.ReportSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages as an officer meets them: inline messages, clear refusals, both languages. */
@IntegrationTest
class CasePagesIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final CaseWork work;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	CasePagesIntegrationTest(MockMvc mvc, Fixtures fixtures, CaseWork work, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.work = work;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void bureau() {
		bureau = fixtures.bureau();
	}

	@Test
	void pagesNeedASignInWhileTheSignInPageAndTheIconsAreOpen() throws Exception {
		mvc.perform(get("/cases")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(containsString("登录")));
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk());
		mvc.perform(get("/images/favicon.svg")).andExpect(status().isOk());
	}

	@Test
	void aFailedSignInShowsTheFormAgainWithTheAccountStillFilledInOnce() throws Exception {
		String account = bureau.officer().getUsername();
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
				.param("username", account).param("password", "not-" + Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn().getRequest().getSession();

		mvc.perform(get("/login?error").session(session))
			.andExpect(content().string(containsString("value=\"" + account + "\"")))
			.andExpect(content().string(containsString("账号或密码错误")));
		mvc.perform(get("/login").session(session))
			.andExpect(content().string(not(containsString("value=\"" + account + "\""))));
	}

	@Test
	void someoneAlreadySignedInIsSentFromTheSignInPageToTheirWork() throws Exception {
		mvc.perform(get("/login").with(user(bureau.officer()))).andExpect(redirectedUrl("/"));
	}

	@Test
	void signingInLandsOnThePageAskedForWithItsAddressUnchangedButNeverOnAPartOfAPage() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(get("/cases?state=ACCEPTED"))
			.andExpect(redirectedUrl("/login"))
			.andReturn().getRequest().getSession();

		mvc.perform(post("/login").session(session).with(csrf())
				.param("username", bureau.officer().getUsername()).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("http://localhost/cases?state=ACCEPTED"));

		MockHttpSession afterAPart = (MockHttpSession) mvc.perform(get("/supervision/my-work").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andReturn().getRequest().getSession();

		mvc.perform(post("/login").session(afterAPart).with(csrf())
				.param("username", bureau.officer().getUsername()).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void theIntakeFormShowsEachProblemNextToItsFieldAndSavesNothing() throws Exception {
		Integer before = jdbc.queryForObject("select count(*) from cases", Integer.class);
		mvc.perform(post("/cases").with(user(bureau.officer())).with(csrf())
			.param("type", "ADMINISTRATIVE").param("title", "").param("summary", "")
			.param("reportSource", "CALL_110").param("reporterPhone", "999").param("reportedAt", "not-a-date"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"title-error\"")))
			.andExpect(content().string(containsString("id=\"summary-error\"")))
			.andExpect(content().string(containsString("电话号码格式不正确")))
			.andExpect(content().string(containsString("id=\"reportedAt-error\"")));
		assertThat(jdbc.queryForObject("select count(*) from cases", Integer.class)).isEqualTo(before);
	}

	@Test
	void aValidIntakeLeadsToTheNewCase() throws Exception {
		mvc.perform(post("/cases").with(user(bureau.officer())).with(csrf())
			.param("type", "CRIMINAL").param("title", "入室盗窃案").param("summary", "家中财物被盗")
			.param("reportSource", "WALK_IN").param("handlerId", String.valueOf(bureau.officer().officerId())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/*"));
	}

	@Test
	void theSameIntakeFormSentTwiceEvenAtOnceRegistersOneCase() throws Exception {
		String page = mvc.perform(get("/cases/new").with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).as("the form carries its key").isTrue();
		String title = "重复提交案" + System.nanoTime();
		java.util.concurrent.Callable<String> send = () -> mvc.perform(post("/cases").with(user(bureau.officer())).with(csrf())
			.param("formKey", key.group(1)).param("type", "CRIMINAL").param("title", title).param("summary", "家中财物被盗")
			.param("reportSource", "WALK_IN").param("handlerId", String.valueOf(bureau.officer().officerId())))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.List<java.util.concurrent.Future<String>> sent = two.invokeAll(java.util.List.of(send, send));
			assertThat(sent.get(0).get()).isEqualTo(sent.get(1).get());
		}
		finally {
			two.shutdown();
		}
		assertThat(send.call()).as("and once more later").isNotNull();
		assertThat(jdbc.queryForObject("select count(*) from cases where title = ?", Integer.class, title)).isEqualTo(1);
	}

	@Test
	void theSameIntakeFormSentAgainWithACorrectionOpensTheCaseItRegisteredSayingTheCorrectionWasNotSaved()
			throws Exception {
		String page = mvc.perform(get("/cases/new").with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString();
		java.util.regex.Matcher key = java.util.regex.Pattern.compile("name=\"formKey\" value=\"([^\"]+)\"").matcher(page);
		assertThat(key.find()).isTrue();
		String title = "返回修改案" + System.nanoTime();
		String first = mvc.perform(intakeForm(key.group(1), title, "家中财物被盗"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("intakeChanged", false))
			.andReturn().getResponse().getRedirectedUrl();

		var again = mvc.perform(intakeForm(key.group(1), title, "家中财物被盗，门锁被撬"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(first))
			.andExpect(flash().attribute("intakeChanged", true))
			.andReturn();
		mvc.perform(get(first).flashAttrs(again.getFlashMap()).with(user(bureau.officer())))
			.andExpect(content().string(containsString("id=\"intake-changed\"")))
			.andExpect(content().string(containsString("本次再提交时所作的修改没有保存")));
		assertThat(jdbc.queryForObject("select summary from cases where title = ?", String.class, title))
			.isEqualTo("家中财物被盗");
	}

	private org.springframework.test.web.servlet.RequestBuilder intakeForm(String key, String title, String summary) {
		return post("/cases").with(user(bureau.officer())).with(csrf())
			.param("formKey", key).param("type", "CRIMINAL").param("title", title).param("summary", summary)
			.param("reportSource", "WALK_IN").param("handlerId", String.valueOf(bureau.officer().officerId()));
	}

	@Test
	void aTransitionSubmittedFromAStaleFormIsRefusedWithAConflictAndAClearMessage() throws Exception {
		LawCase lawCase = register();
		mvc.perform(post("/cases/{id}/transitions/ACCEPT", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("version", "0").param("handlerId", String.valueOf(bureau.officer().officerId())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/{id}/transitions/DECLINE_FILING", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("version", "0").param("reason", "无违法事实"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人修改")));
	}

	@Test
	void aTransitionNotAllowedFromTheCurrentStateIsExplained() throws Exception {
		LawCase lawCase = register();
		mvc.perform(get("/cases/{id}/transitions/CLOSE", lawCase.getId()).with(user(bureau.officer())))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能执行“结案”")));
	}

	@Test
	void anotherUnitsCaseIsNotFoundOnThePages() throws Exception {
		LawCase lawCase = register();
		mvc.perform(get("/cases/{id}", lawCase.getId()).with(user(bureau.otherStationOfficer())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("不在您的数据范围内")));
	}

	@Test
	void theCasePageShowsPartiesMaskedAndRecordsTheVisit() throws Exception {
		LawCase lawCase = register();
		mvc.perform(post("/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "OFFENDER").param("name", "张三").param("idNumber", "123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("公民身份号码不正确")));
		mvc.perform(post("/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "OFFENDER").param("name", "张三").param("idNumber", "11010519491231002X"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cases/{id}", lawCase.getId()).with(user(bureau.colleague())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("110105********002X")))
			.andExpect(content().string(not(containsString("11010519491231002X"))));
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'CASE_VIEWED' and object_id = ?",
				Integer.class, String.valueOf(lawCase.getId()))).isEqualTo(1);
	}

	@Test
	void aPersonAlreadyAPartyIsRefusedBesideTheIdNumberAndTheFormKeepsWhatWasTyped() throws Exception {
		LawCase lawCase = register();
		mvc.perform(post("/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "SUSPECT").param("name", "测试人").param("idNumber", "11010519491231002X"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "OFFENDER").param("name", "测试人乙").param("idNumber", "11010519491231002X")
			.param("address", "青岚市人民路9号"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"idNumber-error\"")))
			.andExpect(content().string(containsString("该身份证号码已是本案当事人（测试人）")))
			.andExpect(content().string(containsString("value=\"测试人乙\"")))
			.andExpect(content().string(containsString("value=\"青岚市人民路9号\"")));
		assertThat(jdbc.queryForObject("select count(*) from case_parties where case_id = ?", Integer.class,
				lawCase.getId())).isEqualTo(1);
		mvc.perform(post("/cases/{id}/parties", lawCase.getId()).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "OFFENDER").param("name", "测试人乙").param("idNumber", "110105194912310038"))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void everyPageSpeaksEnglishOnRequest() throws Exception {
		LawCase lawCase = register();
		mvc.perform(get("/cases/{id}", lawCase.getId()).param("lang", "en").with(user(bureau.officer())))
			.andExpect(content().string(containsString("Statutory deadlines")))
			.andExpect(content().string(containsString("Registered")))
			.andExpect(content().string(not(containsString("法定期限"))));
		for (String page : new String[] { "/work", "/cases", "/cases/new", "/cases/" + lawCase.getId() + "/parties/new",
				"/cases/" + lawCase.getId() + "/materials/new", "/cases/" + lawCase.getId() + "/transitions/ACCEPT" }) {
			mvc.perform(get(page).param("lang", "en").with(user(bureau.officer())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Sign out")))
				.andExpect(content().string(not(containsString("??"))));
		}
	}

	@Test
	void theFormsForAChangeOpenOnlyForThoseWhoMaySubmitThem() throws Exception {
		LawCase lawCase = register();
		for (String form : new String[] { "parties", "materials", "measures", "property" }) {
			mvc.perform(get("/cases/{id}/{form}/new", lawCase.getId(), form).with(user(bureau.colleague())))
				.andExpect(status().isForbidden())
				.andExpect(content().string(containsString("不能修改")));
			mvc.perform(get("/cases/{id}/{form}/new", lawCase.getId(), form).with(user(bureau.officer())))
				.andExpect(status().isOk());
		}
	}

	@Test
	void myWorkListsMyCasesAndTheIntakesWaitingInMyUnit() throws Exception {
		LawCase waiting = register();
		mvc.perform(get("/work").with(user(bureau.colleague())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(waiting.getCaseNumber())));
	}

	@Test
	void administrationIsForAdministratorsOnly() throws Exception {
		mvc.perform(get("/admin/units").with(user(bureau.officer()))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/units").with(user(bureau.admin()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(bureau.stationTwo().getCode())));
		mvc.perform(get("/admin/officers").with(user(bureau.admin()))).andExpect(status().isOk())
			.andExpect(content().string(containsString(bureau.officer().getUsername())));
		// A new unit's form names the unit above it in the reader's language.
		mvc.perform(get("/admin/units/new").param("parentId", String.valueOf(bureau.subBureau().getId())).param("lang", "en")
			.with(user(bureau.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bureau.subBureau().getNameEn())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(bureau.subBureau().getNameZh()))));
	}

	private LawCase register() {
		return work.register(new IntakeCommand(CaseType.ADMINISTRATIVE, "页面测试案", "案情", ReportSource.CALL_110, null,
				null, null, null, null, null), bureau.officer());
	}
}
