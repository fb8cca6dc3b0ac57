package org.gongzheng.supervision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.SignedInOfficer;
import org.gongzheng.supervision.alerts.EvidenceFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An officer who sends a rectification with its evidence file but without the explanation, or
 * after the alert changed, finds the file kept: the explanation follows on its own and the
 * rectification carries the file. Only the saved rectification leaves the file in the store.
 */
@IntegrationTest
class RectificationEvidenceIntegrationTest {

	private static final Pattern KEPT = Pattern.compile("name=\"keptFile\" value=\"([^\"]+)\"");

	private final MockMvc mvc;

	private final SupervisionEngine engine;

	private final SupervisionData data;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final EvidenceFiles files;

	RectificationEvidenceIntegrationTest(MockMvc mvc, SupervisionEngine engine, SupervisionData data, Fixtures fixtures,
			JdbcTemplate jdbc, Clock clock, EvidenceFiles files) {
		this.mvc = mvc;
		this.engine = engine;
		this.data = data;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.clock = clock;
		this.files = files;
	}

	@Test
	void anEvidenceFileSentWithoutTheExplanationIsKeptThroughAConflictAndSavedWithTheExplanation() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		byte[] register = register();
		Path stored = storedAs(register);

		String page = rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", register), "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("explanation-error")))
			.andExpect(content().string(containsString("已保留您上次选择的文件：受案登记表.pdf")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = kept(page);
		assertThat(stored).as("a refused form stores no evidence file").doesNotExist();

		// The alert changed meanwhile: refused as a conflict, and the file is still kept.
		page = mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.param("version", String.valueOf(versionOf(alert) - 1)).param("explanation", "已受案，附登记表")
			.param("keptFile", token)
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().isConflict())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(kept(page)).isEqualTo(token);
		assertThat(stored).as("the file stored by the refused attempt is removed with it").doesNotExist();

		mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "已受案，附登记表")
			.param("keptFile", token)
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/supervision/alerts/{id}/rectifications/1/file", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().bytes(register));
		assertThat(stored).exists();
		assertThat(jdbc.queryForObject("SELECT evidence_file_name FROM supervision_rectifications WHERE alert_id = ?",
				String.class, alert)).isEqualTo("受案登记表.pdf");
	}

	@Test
	void switchingTheLanguageAfterARefusedRectificationShowsItsFileStillKeptOnTheAlertsPage() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		String page = mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.file(new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", register()))
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "")
			.header("Referer", "http://localhost/supervision/alerts/" + alert)
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = kept(page);
		assertThat(page).contains("/supervision/alerts/" + alert + "?keptFile=" + token + "&amp;lang=en");

		mvc.perform(get("/supervision/alerts/{id}", alert).param("keptFile", token).param("lang", "en")
			.with(user(b.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kept-file\"")))
			.andExpect(content().string(containsString("受案登记表.pdf")))
			.andExpect(content().string(containsString("value=\"" + token + "\"")));
		// The token shows nothing to anyone else.
		mvc.perform(get("/supervision/alerts/{id}", alert).param("keptFile", token).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"kept-file\""))));
	}

	@Test
	void anEvidenceFileLostFromTheStoreIsReportedAsNotFoundRatherThanAsAServerError() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		byte[] register = register();
		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", register), "已受案，附登记表")
			.andExpect(status().is3xxRedirection());

		// A restore of the file store that left the file out.
		Files.delete(storedAs(register));

		mvc.perform(get("/supervision/alerts/{id}/rectifications/1/file", alert).with(user(b.legal())))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("佐证文件已不在文件存储中")));
	}

	@Test
	void anExecutableSentAsEvidenceIsRefusedBesideTheFileFieldWithWhatWasTypedKeptAndNothingStored() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		byte[] program = ("MZ\u0090\u0000 evil " + UUID.randomUUID()).getBytes(StandardCharsets.ISO_8859_1);

		mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.file(new MockMultipartFile("evidenceFile", "evil.exe", "application/x-msdownload", program))
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "已补录受案登记")
			.param("evidence", "受案登记表见附件")
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(
					"id=\"evidenceFile-error\">文件类型不被接受：只接受 PDF、JPG、PNG、MP4、MP3、WAV")))
			.andExpect(content().string(containsString("已补录受案登记")))
			.andExpect(content().string(containsString("受案登记表见附件")))
			.andExpect(content().string(not(containsString("name=\"keptFile\""))));
		mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert)
			.file(new MockMultipartFile("evidenceFile", "evil.exe", "application/x-msdownload", program))
			.param("version", String.valueOf(versionOf(alert))).param("explanation", "已补录受案登记")
			.header("Accept-Language", "en").param("lang", "en")
			.with(user(b.officer())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("File type not accepted: only PDF, JPG, PNG, MP4, MP3 and WAV")));

		assertThat(storedAs(program)).doesNotExist();
		assertThat(rectifications(alert)).isZero();
		assertThat(statusOf(alert)).isEqualTo("ASSIGNED");
	}

	@Test
	void anEvidenceFileIsKeptWithTheTypeItsContentShowsAndOneDeclaredAsSomethingElseIsRefused() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		byte[] register = register();

		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "garbage", register), "已受案，附登记表")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"evidenceFile-error\">文件内容与声明的类型 garbage 不符")))
			.andExpect(content().string(containsString("已受案，附登记表")));
		assertThat(storedAs(register)).doesNotExist();
		assertThat(rectifications(alert)).isZero();

		// A client that names no particular type: the content tells what the file is.
		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/octet-stream", register), "已受案，附登记表")
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT evidence_content_type FROM supervision_rectifications WHERE alert_id = ?",
				String.class, alert)).isEqualTo("application/pdf");
		mvc.perform(get("/supervision/alerts/{id}/rectifications/1/file", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(register));
	}

	@Test
	void anEvidenceFileStoredEarlierWithAnUnreadableTypeIsServedAsBytesRatherThanAsAServerError() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);
		byte[] register = register();
		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", register), "已受案，附登记表")
			.andExpect(status().is3xxRedirection());
		// As a version that stored whatever type the client declared left it.
		jdbc.update("UPDATE supervision_rectifications SET evidence_content_type = 'garbage' WHERE alert_id = ?", alert);

		mvc.perform(get("/supervision/alerts/{id}/rectifications/1/file", alert).with(user(b.legal())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(content().bytes(register));
	}

	@Test
	void anEmptyEvidenceFileIsRefusedBesideTheFileFieldRatherThanDroppedFromTheRectification() throws Exception {
		Fixtures.Bureau b = fixtures.bureau();
		long alert = assignedAlert(b);

		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "受案登记表.pdf", "application/pdf", new byte[0]), "已受案，附登记表")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"evidenceFile-error\">佐证文件是空的")))
			.andExpect(content().string(containsString("已受案，附登记表")));
		assertThat(rectifications(alert)).isZero();
		assertThat(statusOf(alert)).isEqualTo("ASSIGNED");

		// No file chosen at all (what a browser sends then) is still a rectification without one.
		rectify(alert, b.officer(), new MockMultipartFile("evidenceFile", "", "application/octet-stream", new byte[0]), "已受案")
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT evidence_sha256 IS NULL FROM supervision_rectifications WHERE alert_id = ?",
				Boolean.class, alert)).isTrue();
	}

	private long rectifications(long alertId) {
		return jdbc.queryForObject("SELECT count(*) FROM supervision_rectifications WHERE alert_id = ?", Long.class, alertId);
	}

	private String statusOf(long alertId) {
		return jdbc.queryForObject("SELECT status FROM supervision_alerts WHERE id = ?", String.class, alertId);
	}

	private long assignedAlert(Fixtures.Bureau b) throws Exception {
		long caseId = data.registered(b, clock.instant().minus(Duration.ofHours(30)));
		engine.run("TEST");
		long alert = jdbc.queryForObject("SELECT min(id) FROM supervision_alerts WHERE subject_key = ?", Long.class,
				"case:" + caseId);
		mvc.perform(post("/supervision/alerts/{id}/assign", alert).with(user(b.legal())).with(csrf())
			.param("version", String.valueOf(versionOf(alert))))
			.andExpect(status().is3xxRedirection());
		return alert;
	}

	/** Content no other run has stored: the test file store outlives the test database. */
	private static byte[] register() {
		return ("%PDF-1.4 受案登记表 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
	}

	private Path storedAs(byte[] content) throws Exception {
		return files.path(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
	}

	private long versionOf(long alertId) {
		return jdbc.queryForObject("SELECT version FROM supervision_alerts WHERE id = ?", Long.class, alertId);
	}

	private static String kept(String page) {
		Matcher matcher = KEPT.matcher(page);
		assertThat(matcher.find()).as("the form carries a kept file").isTrue();
		return matcher.group(1);
	}

	/** The alert's assignee sends a rectification with an evidence file and an explanation, nothing else. */
	private ResultActions rectify(long alert, SignedInOfficer officer, MockMultipartFile file, String explanation)
			throws Exception {
		return mvc.perform(multipart("/supervision/alerts/{id}/rectify", alert).file(file)
			.param("version", String.valueOf(versionOf(alert))).param("explanation", explanation)
			.with(user(officer)).with(csrf()));
	}
}
