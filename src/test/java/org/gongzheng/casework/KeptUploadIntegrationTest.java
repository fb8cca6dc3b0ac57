package org.gongzheng.casework;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestCases;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A browser cannot fill a file field in again, so a material form that comes back with errors
 * keeps the file it carried: the officer corrects the fields and saves without choosing (and
 * sending) the file a second time. The kept file is the officer's own, for that case, and is used
 * once.
 */
@IntegrationTest
class KeptUploadIntegrationTest {

	private static final Pattern KEPT = Pattern.compile("name=\"keptFile\" value=\"([^\"]+)\"");

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final JdbcTemplate jdbc;

	private Fixtures.Bureau bureau;

	private long caseId;

	KeptUploadIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, JdbcTemplate jdbc) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void acceptedCase() {
		bureau = fixtures.bureau();
		caseId = testCases.acceptedWithRecord(bureau, "保留文件案").getId();
	}

	@Test
	void aClipSentWithoutItsRecordersNumberIsKeptAndSavedWhenTheNumberFollowsOnItsOwn() throws Exception {
		byte[] clip = mp4();
		LocalDateTime end = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> clipFields = Map.of("type", "BODYCAM_CLIP", "title", "现场执法视频", "recordedFrom",
				end.minusMinutes(10).format(LOCAL), "recordedTo", end.format(LOCAL));
		long before = materials();

		String page = send(bureau.officer(), clipFields, new MockMultipartFile("file", "现场.mp4", "video/mp4", clip))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("已保留您上次选择的文件：现场.mp4")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = kept(page);
		assertThat(materials()).isEqualTo(before);

		// Another officer cannot use it, even on the same case.
		send(bureau.colleague(), with(clipFields, "deviceCode", "DSJ-0001", "keptFile", token), null)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上次保留的文件已不可用")));
		assertThat(materials()).isEqualTo(before);

		send(bureau.officer(), with(clipFields, "deviceCode", "DSJ-0001", "keptFile", token), null)
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("""
				select file_sha256, file_name, device_code from case_materials where case_id = ? order by id desc limit 1""",
				caseId))
			.containsEntry("file_sha256", sha256(clip))
			.containsEntry("file_name", "现场.mp4")
			.containsEntry("device_code", "DSJ-0001");

		// Used once: the same token finds nothing the second time.
		send(bureau.officer(), with(clipFields, "deviceCode", "DSJ-0002", "keptFile", token), null)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("上次保留的文件已不可用")));
		assertThat(materials()).isEqualTo(before + 1);
	}

	@Test
	void switchingTheLanguageOnAFormThatKeptAFileShowsTheFileStillKeptOnTheFormsPage() throws Exception {
		byte[] png = png();
		String page = mvc.perform(multipart("/cases/{id}/materials", caseId)
				.file(new MockMultipartFile("file", "现场照片.png", "image/png", png))
				.param("type", "PHOTO").param("title", "")
				.header("Referer", "http://localhost/cases/" + caseId + "/materials/new")
				.with(user(bureau.officer())).with(csrf()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String token = kept(page);
		assertThat(page).contains("/cases/" + caseId + "/materials/new?keptFile=" + token + "&amp;lang=en");

		mvc.perform(get("/cases/{id}/materials/new", caseId).param("keptFile", token).param("lang", "en")
				.with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"kept-file\"")))
			.andExpect(content().string(containsString("value=\"" + token + "\"")));
		// The token shows nothing to anyone else.
		mvc.perform(get("/cases/{id}/materials/new", caseId).param("keptFile", token).with(user(bureau.stationChief())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"kept-file\""))));
	}

	@Test
	void aKeptFileThatIsRefusedWhenFinallyCheckedIsLetGoAndOneTheOfficerDeclinesIsNotSaved() throws Exception {
		byte[] pdf = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		String page = send(bureau.officer(), Map.of("type", "PHOTO", "title", ""),
				new MockMultipartFile("file", "x.png", "image/png", pdf))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		send(bureau.officer(), Map.of("type", "PHOTO", "title", "现场照片", "keptFile", kept(page)), null)
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("image/png")))
			.andExpect(content().string(not(containsString("name=\"keptFile\""))));

		long before = materials();
		page = send(bureau.officer(), Map.of("type", "INQUIRY_RECORD", "title", "询问笔录"),
				new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		send(bureau.officer(), Map.of("type", "INQUIRY_RECORD", "title", "询问笔录", "body", "问：……答：……", "keptFile",
				kept(page), "dropKeptFile", "true"), null)
			.andExpect(status().is3xxRedirection());
		assertThat(materials()).isEqualTo(before + 1);
		assertThat(jdbc.queryForObject("select file_sha256 from case_materials where case_id = ? order by id desc limit 1",
				String.class, caseId)).isNull();
	}

	private ResultActions send(SignedInOfficer officer, Map<String, String> fields, MockMultipartFile file)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/cases/{id}/materials", caseId);
		if (file != null) {
			request.file(file);
		}
		fields.forEach(request::param);
		return mvc.perform(request.with(user(officer)).with(csrf()));
	}

	private static Map<String, String> with(Map<String, String> fields, String... more) {
		Map<String, String> all = new java.util.HashMap<>(fields);
		for (int i = 0; i < more.length; i += 2) {
			all.put(more[i], more[i + 1]);
		}
		return all;
	}

	private static String kept(String page) {
		Matcher matcher = KEPT.matcher(page);
		assertThat(matcher.find()).as("the form carries a kept file").isTrue();
		return matcher.group(1);
	}

	private long materials() {
		return jdbc.queryForObject("select count(*) from case_materials where case_id = ?", Long.class, caseId);
	}

	private static byte[] png() {
		byte[] image = new byte[2048];
		byte[] signature = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
		System.arraycopy(signature, 0, image, 0, signature.length);
		return image;
	}

	private static byte[] mp4() {
		byte[] clip = new byte[4096];
		byte[] header = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' };
		System.arraycopy(header, 0, clip, 0, header.length);
		for (int i = header.length; i < clip.length; i++) {
			clip[i] = (byte) (i * 31);
		}
		return clip;
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
