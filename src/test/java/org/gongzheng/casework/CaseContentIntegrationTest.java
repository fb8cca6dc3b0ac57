package org.gongzheng.casework;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.Races;
import org.gongzheng.TestApprovals;
import org.gongzheng.organization.SignedInOfficer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Parties, materials, measures and deadlines of one case, through the API. */
@IntegrationTest
class CaseContentIntegrationTest {

	private static final String VALID_ID = "11010519491231002X";

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final JdbcTemplate jdbc;

	private final TestApprovals approvals;

	private Fixtures.Bureau bureau;

	private long caseId;

	CaseContentIntegrationTest(MockMvc mvc, Fixtures fixtures, JdbcTemplate jdbc, TestApprovals approvals) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.jdbc = jdbc;
		this.approvals = approvals;
	}

	@BeforeEach
	void acceptedCase() throws Exception {
		bureau = fixtures.bureau();
		caseId = create("ADMINISTRATIVE");
	}

	@Test
	void aPersonsIdentityNumberIsCheckedAndShownMaskedUntilSomeoneEntitledAsksForIt() throws Exception {
		addParty(bureau.officer(), caseId, "{\"kind\":\"PERSON\",\"role\":\"OFFENDER\",\"name\":\"张三\",\"idNumber\":\"110105194912310021\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("idNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("校验码")));
		long partyId = ((Number) JsonPath.read(addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"OFFENDER","name":"张三","idNumber":"%s","phone":"13912345678"}""".formatted(VALID_ID))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.idNumber").value("110105********002X"))
			.andExpect(jsonPath("$.gender").value("FEMALE"))
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();

		mvc.perform(get("/api/v1/cases/{id}/parties", caseId).with(user(bureau.colleague())))
			.andExpect(jsonPath("$[0].idNumber").value("110105********002X"))
			.andExpect(jsonPath("$[0].phone").value("139****5678"));
		mvc.perform(get("/api/v1/cases/{id}/parties/{p}/personal-data", caseId, partyId).with(user(bureau.colleague())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cases/{id}/parties/{p}/personal-data", caseId, partyId).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.idNumber").value(VALID_ID))
			.andExpect(jsonPath("$.birthDate").value("1949-12-31"));
		assertThat(jdbc.queryForList("select outcome from audit_log where action = 'PERSONAL_DATA_VIEWED' and object_id = ?"
				+ " order by id", String.class, String.valueOf(partyId))).containsExactly("DENIED", "SUCCESS");
	}

	@Test
	void numbersTypedFullWidthOrInGroupsAreReadAsTheNumbersTheyAre() throws Exception {
		long partyId = ((Number) JsonPath.read(addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"OFFENDER","name":"张三","idNumber":"110105 19491231 002x","phone":"+86 139 1234 5678"}""")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
		mvc.perform(get("/api/v1/cases/{id}/parties/{p}/personal-data", caseId, partyId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.idNumber").value(VALID_ID))
			.andExpect(jsonPath("$.phone").value("13912345678"));

		mvc.perform(post("/cases/{id}/parties", caseId).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "WITNESS").param("name", "李四")
			.param("idNumber", "１１０１０５１９４９１２３１００３８").param("phone", "（０１０）１２３４５６７８"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForMap("select id_number, phone from case_parties where case_id = ? and name = '李四'", caseId))
			.containsEntry("id_number", "110105194912310038").containsEntry("phone", "010-12345678");
	}

	@Test
	void aPartysNameIsStoredWithoutPaddingOrInvisibleCharactersAndWithOneKindOfDot() throws Exception {
		addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"WITNESS","name":"买买提 • 吐尔​逊"}""")
			.andExpect(status().isCreated());
		mvc.perform(post("/cases/{id}/parties", caseId).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "WITNESS").param("name", "赵　云"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("select name from case_parties where case_id = ? and role = 'WITNESS'", String.class,
				caseId)).contains("买买提·吐尔逊", "赵云");
	}

	@Test
	void aNameInWhichNothingShowsIsRefusedAsMissingAndNoPartyIsAdded() throws Exception {
		int before = jdbc.queryForObject("select count(*) from case_parties where case_id = ?", Integer.class, caseId);
		addParty(bureau.officer(), caseId, "{\"kind\":\"PERSON\",\"role\":\"WITNESS\",\"name\":\"\u00a0\u200b\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		mvc.perform(post("/cases/{id}/parties", caseId).with(user(bureau.officer())).with(csrf())
			.param("kind", "PERSON").param("role", "WITNESS").param("name", "\ufeff"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("必填")));
		assertThat(jdbc.queryForObject("select count(*) from case_parties where case_id = ?", Integer.class, caseId))
			.isEqualTo(before);
	}

	@Test
	void anOrganizationsNameKeepsItsSpacesButNotWhatDrawsNothing() throws Exception {
		addParty(bureau.officer(), caseId, """
				{"kind":"ORGANIZATION","role":"OFFENDER","name":"ABC\u200b 商贸\ufeff有限公司"}""")
			.andExpect(status().isCreated());
		assertThat(jdbc.queryForList("select name from case_parties where case_id = ? and kind = 'ORGANIZATION'",
				String.class, caseId)).containsExactly("ABC 商贸有限公司");
	}

	@Test
	void anOrganizationsCreditCodeIsChecked() throws Exception {
		addParty(bureau.officer(), caseId, "{\"kind\":\"ORGANIZATION\",\"role\":\"OFFENDER\",\"name\":\"某公司\",\"creditCode\":\"914403001922038217\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("creditCode"));
		addParty(bureau.officer(), caseId, "{\"kind\":\"ORGANIZATION\",\"role\":\"OFFENDER\",\"name\":\"某公司\",\"creditCode\":\"914403001922038216\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void aPersonAlreadyAPartyOfTheCaseIsRefusedOnTheIdNumberAndNotAddedTwice() throws Exception {
		addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"SUSPECT","name":"测试人","idNumber":"%s","gender":"FEMALE"}""".formatted(VALID_ID))
			.andExpect(status().isCreated());
		int before = partiesOfCase(caseId);

		addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"SUSPECT","name":"测试人","idNumber":"%s","gender":"FEMALE"}""".formatted(VALID_ID))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message", hasItem("该身份证号码已是本案当事人（测试人）")));
		// Typed in groups with a small x and under another name and role, it is still the same person.
		mvc.perform(post("/api/v1/cases/{id}/parties", caseId).with(user(bureau.officer())).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON).content("""
				{"kind":"PERSON","role":"WITNESS","name":"测试仁","idNumber":"110105 19491231 002x"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'idNumber')].message",
					hasItem("The holder of this identity number is already a party to this case (测试人)")));
		assertThat(partiesOfCase(caseId)).isEqualTo(before);

		addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"VICTIM","name":"另一人","idNumber":"110105194912310038"}""")
			.andExpect(status().isCreated());
		// Whose number is not known yet cannot be compared, and is not refused.
		addParty(bureau.officer(), caseId, "{\"kind\":\"PERSON\",\"role\":\"WITNESS\",\"name\":\"无证人\"}")
			.andExpect(status().isCreated());
		addParty(bureau.officer(), caseId, "{\"kind\":\"PERSON\",\"role\":\"WITNESS\",\"name\":\"无证人\"}")
			.andExpect(status().isCreated());
		assertThat(partiesOfCase(caseId)).isEqualTo(before + 3);

		// One person may be a party of several cases.
		long another = create("ADMINISTRATIVE");
		addParty(bureau.officer(), another, """
				{"kind":"PERSON","role":"SUSPECT","name":"测试人","idNumber":"%s"}""".formatted(VALID_ID))
			.andExpect(status().isCreated());
	}

	@Test
	void anOrganizationAlreadyAPartyOfTheCaseIsRefusedOnTheCreditCode() throws Exception {
		addParty(bureau.officer(), caseId, """
				{"kind":"ORGANIZATION","role":"OFFENDER","name":"某商贸公司","creditCode":"914403001922038216"}""")
			.andExpect(status().isCreated());
		addParty(bureau.officer(), caseId, """
				{"kind":"ORGANIZATION","role":"OFFENDER","name":"某商贸有限公司","creditCode":"91440300 1922038216"}""")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].message",
					hasItem("该统一社会信用代码已是本案当事人（某商贸公司）")));
		assertThat(jdbc.queryForObject("select count(*) from case_parties where case_id = ? and credit_code is not null",
				Integer.class, caseId)).isEqualTo(1);
	}

	@Test
	void thePersonAddedTwiceAtOnceIsAddedOnce() throws Exception {
		List<Object> answers = Races.race(() -> addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"SUSPECT","name":"测试人","idNumber":"%s"}""".formatted(VALID_ID))
			.andReturn().getResponse().getStatus(), () -> addParty(bureau.officer(), caseId, """
				{"kind":"PERSON","role":"SUSPECT","name":"测试人","idNumber":"%s"}""".formatted(VALID_ID))
			.andReturn().getResponse().getStatus());
		assertThat(answers).containsExactlyInAnyOrder(201, 400);
		assertThat(jdbc.queryForObject("select count(*) from case_parties where case_id = ? and id_number = ?",
				Integer.class, caseId, VALID_ID)).isEqualTo(1);
	}

	private int partiesOfCase(long id) {
		return jdbc.queryForObject("select count(*) from case_parties where case_id = ?", Integer.class, id);
	}

	@Test
	void aRecordCarryingAScanIsHashedWithItsTextSoTwoRecordsSharingOneScanAreTwoMaterials() throws Exception {
		byte[] pdf = ("%PDF-1.4\n% scan " + caseId + "\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF").getBytes(StandardCharsets.US_ASCII);
		MockMultipartFile file = new MockMultipartFile("file", "笔录扫描.pdf", "application/pdf", pdf);
		String[] added = new String[2];
		String[] bodies = { "证人甲称：看见嫌疑人持刀。", "证人乙称：没有看见任何人持刀。" };
		for (int i = 0; i < 2; i++) {
			MockMultipartFile material = new MockMultipartFile("material", "", "application/json",
					"{\"type\":\"INQUIRY_RECORD\",\"title\":\"询问笔录\",\"body\":\"%s\"}".formatted(bodies[i])
						.getBytes(StandardCharsets.UTF_8));
			added[i] = mvc.perform(multipart("/api/v1/cases/{id}/materials", caseId).file(material).file(file)
				.with(user(bureau.officer()))).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		}
		String fileSha = JsonPath.read(added[0], "$.fileSha256");
		assertThat((String) JsonPath.read(added[1], "$.fileSha256")).isEqualTo(fileSha);
		assertThat((String) JsonPath.read(added[0], "$.contentHash")).isNotEqualTo(fileSha)
			.isNotEqualTo(JsonPath.read(added[1], "$.contentHash"));
		// A file with nothing typed is its own hash, which the download can be checked against.
		String evidence = upload(caseId, file, "BODY").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		assertThat((String) JsonPath.read(evidence, "$.contentHash")).isEqualTo(fileSha);

		long record = ((Number) JsonPath.read(added[0], "$.id")).longValue();
		mvc.perform(get("/cases/{id}/materials/{m}", caseId, record).with(user(bureau.officer())))
			.andExpect(content().string(containsString("文件 SHA-256 " + fileSha)));
		long plain = ((Number) JsonPath.read(evidence, "$.id")).longValue();
		mvc.perform(get("/cases/{id}/materials/{m}", caseId, plain).with(user(bureau.officer())))
			.andExpect(content().string(not(containsString("material-file-hash"))));
	}

	@Test
	void uploadedFilesAreStoredOnceByContentAndServedWithAViewReceipt() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		MockMultipartFile file = new MockMultipartFile("file", "证据.pdf", "application/pdf", pdf);
		String first = upload(caseId, file, "BODY").andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		upload(caseId, file, "BODY").andExpect(status().isCreated());
		String sha = JsonPath.read(first, "$.contentHash");
		assertThat(jdbc.queryForObject("select count(*) from stored_files where sha256 = ?", Integer.class, sha)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from case_materials where file_sha256 = ?", Integer.class, sha))
			.isEqualTo(2);

		long materialId = ((Number) JsonPath.read(first, "$.id")).longValue();
		mvc.perform(get("/api/v1/cases/{id}/materials/{m}/content", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(pdf));
		assertThat(jdbc.queryForObject("select count(*) from material_views where material_id = ? and officer_id = ?",
				Integer.class, materialId, bureau.reviewer().officerId())).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MATERIAL_OPENED' and object_id = ?",
				Integer.class, String.valueOf(materialId))).isEqualTo(1);

		mvc.perform(get("/cases/{id}/materials/{m}", caseId, materialId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("证据.pdf（" + pdf.length + " B）")));
		mvc.perform(get("/cases/{id}/materials/{m}?lang=en", caseId, materialId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("证据.pdf (" + pdf.length + " B)")));
	}

	@Test
	void askingForTheFileOfAMaterialThatHasNoneShowsNothingAndSoCountsAsNoOpening() throws Exception {
		String created = addRecord("{\"type\":\"INQUIRY_RECORD\",\"title\":\"询问笔录\",\"body\":\"问：……答：……\"}")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long materialId = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(get("/api/v1/cases/{id}/materials/{m}/content", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("material.file.missing"));
		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject("select count(*) from material_views where material_id = ? and officer_id = ?",
				Integer.class, materialId, bureau.reviewer().officerId())).isZero();

		// Its text is what there is to read, and reading it counts.
		mvc.perform(get("/api/v1/cases/{id}/materials/{m}", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk());
		assertThat(jdbc.queryForObject("select count(*) from material_views where material_id = ? and officer_id = ?",
				Integer.class, materialId, bureau.reviewer().officerId())).isEqualTo(1);
	}

	@Test
	void aPlayerMayAskForPartsOfAFileAndOnlyAReadFromTheStartCountsAsOpeningIt() throws Exception {
		byte[] clip = new byte[4096];
		System.arraycopy(new byte[] { 0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, clip, 0, 12);
		for (int i = 12; i < clip.length; i++) {
			clip[i] = (byte) i;
		}
		String created = upload(caseId, new MockMultipartFile("file", "clip.mp4", "video/mp4", clip), "AUDIO_VIDEO")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long materialId = ((Number) JsonPath.read(created, "$.id")).longValue();
		String receipts = "select count(*) from material_views where material_id = ? and officer_id = ?";

		mvc.perform(head("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk())
			.andExpect(header().longValue("Content-Length", 4096));
		mvc.perform(head("/api/v1/cases/{id}/materials/{m}/content", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk());
		mvc.perform(head("/api/v1/cases/{id}/materials/{m}", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk());
		mvc.perform(head("/cases/{id}/materials/{m}", caseId, materialId).with(user(bureau.reviewer())))
			.andExpect(status().isOk());
		mvc.perform(head("/cases/{id}/materials/{m}", caseId, materialId).with(user(fixtures.bureau().reviewer())))
			.andExpect(status().isNotFound());
		assertThat(jdbc.queryForObject(receipts, Integer.class, materialId, bureau.reviewer().officerId()))
			.as("asking only for the file's headers opens nothing").isZero();
		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'MATERIAL_OPENED' and object_id = ?",
				Integer.class, String.valueOf(materialId))).isZero();

		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer()))
				.header("Range", "bytes=0-"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Accept-Ranges", "bytes"))
			.andExpect(content().bytes(clip));
		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer()))
				.header("Range", "bytes=1000-1099"))
			.andExpect(status().isPartialContent())
			.andExpect(header().string("Content-Range", "bytes 1000-1099/4096"))
			.andExpect(content().bytes(Arrays.copyOfRange(clip, 1000, 1100)));
		mvc.perform(get("/api/v1/cases/{id}/materials/{m}/content", caseId, materialId).with(user(bureau.reviewer()))
				.header("Range", "bytes=4000-"))
			.andExpect(status().isPartialContent())
			.andExpect(content().bytes(Arrays.copyOfRange(clip, 4000, 4096)));

		assertThat(jdbc.queryForObject(receipts, Integer.class, materialId, bureau.reviewer().officerId())).isEqualTo(1);

		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer()))
				.header("Range", "bytes=5000-"))
			.andExpect(status().isRequestedRangeNotSatisfiable())
			.andExpect(header().string("Content-Range", "bytes */4096"))
			.andExpect(content().bytes(new byte[0]));
		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.reviewer()))
				.header("Range", "pages=2"))
			.andExpect(status().isRequestedRangeNotSatisfiable());
	}

	@Test
	void aPdfMaterialMayBeShownInsideTheMaterialPageButNotInsideAnotherSite() throws Exception {
		byte[] pdf = "%PDF-1.4\n% shown in a frame\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		String created = upload(caseId, new MockMultipartFile("file", "framed.pdf", "application/pdf", pdf), "BODY")
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long materialId = ((Number) JsonPath.read(created, "$.id")).longValue();

		mvc.perform(get("/cases/{id}/materials/{m}", caseId, materialId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("<iframe src=\"/cases/" + caseId + "/materials/" + materialId + "/file\"")))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"));
		mvc.perform(get("/cases/{id}/materials/{m}/file", caseId, materialId).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(content().bytes(pdf));
	}

	@Test
	void aFileOfTheWrongTypeIsRefusedAndNothingIsStored() throws Exception {
		Integer before = jdbc.queryForObject("select count(*) from stored_files", Integer.class);
		MockMultipartFile script = new MockMultipartFile("file", "photo.png", "image/png",
				"<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		upload(caseId, script, "PHOTO").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		byte[] pdf = "%PDF-1.4 pretending".getBytes(StandardCharsets.US_ASCII);
		upload(caseId, new MockMultipartFile("file", "x.png", "image/png", pdf), "PHOTO")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(containsString("image/png")));
		assertThat(jdbc.queryForObject("select count(*) from stored_files", Integer.class)).isEqualTo(before);
	}

	@Test
	void aRecordNeedsItsTextAndABodyCamClipItsDeviceAndInterval() throws Exception {
		addRecord("{\"type\":\"INQUIRY_RECORD\",\"title\":\"询问笔录\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("body"));
		Instant start = Instant.now().minus(Duration.ofHours(2));
		addRecord("{\"type\":\"BODYCAM_CLIP\",\"title\":\"现场视频\",\"recordedFrom\":\"%s\",\"recordedTo\":\"%s\"}"
			.formatted(start, start.minusSeconds(10)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("deviceCode")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("recordedTo")));
		addRecord("{\"type\":\"BODYCAM_CLIP\",\"title\":\"现场视频\",\"deviceCode\":\"DSJ-1234\",\"recordedFrom\":\"%s\",\"recordedTo\":\"%s\"}"
			.formatted(start, start.plusSeconds(600)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.deviceCode").value("DSJ-1234"));
	}

	@Test
	void aSummonsStartsTheQuestioningLimitWhichEndsWithIt() throws Exception {
		long partyId = suspect(caseId);
		mvc.perform(get("/cases/{id}/measures/new", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("王五（犯罪嫌疑人）")));
		mvc.perform(get("/cases/{id}/measures/new?lang=en", caseId).with(user(bureau.officer())))
			.andExpect(content().string(containsString("王五 (Suspect)")));
		String measure = mvc.perform(post("/api/v1/cases/{id}/measures", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":true}".formatted(partyId)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Instant start = Instant.parse(JsonPath.read(measure, "$.startedAt"));
		// A second summons while the first runs would stack another questioning limit on it.
		mvc.perform(post("/api/v1/cases/{id}/measures", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":false}".formatted(partyId)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("type"))
			.andExpect(jsonPath("$.errors[0].message").value("王五的“传唤”尚未结束，结束后才能再次采取。"));
		assertThat(jdbc.queryForObject("select count(*) from compulsory_measures where case_id = ? and party_id = ?",
				Integer.class, caseId, partyId)).isEqualTo(1);
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[?(@.ruleCode == 'QUESTIONING_DETENTION')].dueAt")
				.value(hasItem(start.plus(Duration.ofHours(24)).toString())));
		long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"询问完毕\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[?(@.ruleCode == 'QUESTIONING_DETENTION')].status").value(hasItem("MET")));
	}

	@Test
	void aCriminalDetentionStartsTheArrestRequestDeadlineWhichIsExtendedThroughApproval() throws Exception {
		long criminal = detentionRequested();
		assertThat(jdbc.queryForObject("select summary from approval_requests where id = ?", String.class,
				approvals.pendingOn(criminal))).as("the measure by name, not its message code").endsWith("：刑事拘留");
		assertThat(jdbc.queryForObject("select summary_en from approval_requests where id = ?", String.class,
				approvals.pendingOn(criminal))).as("and in English").endsWith(": Criminal detention");
		approvals.approveAll(approvals.pendingOn(criminal));
		String detail = mvc.perform(get("/api/v1/cases/{id}", criminal).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[0].ruleCode").value("ARREST_REQUEST"))
			.andExpect(jsonPath("$.measures[0].type").value("CRIMINAL_DETENTION"))
			.andReturn().getResponse().getContentAsString();
		long deadlineId = ((Number) JsonPath.read(detail, "$.deadlines[0].id")).longValue();
		long measureId = ((Number) JsonPath.read(detail, "$.measures[0].id")).longValue();
		String extension = "{\"version\":0,\"amount\":%d,\"serious\":false,\"reason\":\"特殊情况\"}";
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", criminal, deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(extension.formatted(5)))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/cases/{id}/deadlines/{d}/extend", criminal, deadlineId).with(user(bureau.officer())).with(csrf())
			.param("version", "0").param("amount", "4").param("reason", "特殊\u0000情况"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能包含空字符（NUL）")));
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", criminal, deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(extension.formatted(4)))
			.andExpect(status().isAccepted());
		approvals.approveAll(approvals.pendingOn(criminal));
		mvc.perform(get("/api/v1/cases/{id}", criminal).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[0].extendedBy").value(4));
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/arrest-request", criminal, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isAccepted());
		approvals.approveAll(approvals.pendingOn(criminal));
		mvc.perform(get("/api/v1/cases/{id}", criminal).with(user(bureau.officer())))
			.andExpect(jsonPath("$.deadlines[0].status").value("MET"))
			.andExpect(jsonPath("$.nextDeadlineAt").doesNotExist());
	}

	@Test
	void releasingADetainedSuspectWithdrawsTheRequestsTheReleaseMadeMoot() throws Exception {
		Detained detained = detained();
		long criminal = detained.caseId();
		long measureId = detained.measureId();
		sendArrestRequest(detained);
		extendArrestRequestDeadlineByTwoDays(detained);
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", criminal, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"证据不足，予以释放\"}"))
			.andExpect(status().isAccepted());
		approvals.approveAll(requestFor(criminal, "MEASURE_END"));

		assertThat(jdbc.queryForList("""
				select action || ' ' || status from approval_requests where case_id = ? and action in ('ARREST_REQUEST',
				'DEADLINE_EXTENSION', 'MEASURE_END') order by id""", String.class, criminal))
			.containsExactly("ARREST_REQUEST WITHDRAWN", "DEADLINE_EXTENSION WITHDRAWN", "MEASURE_END APPROVED");
		assertThat(jdbc.queryForList("select withdrawal_reason_en from approval_requests where case_id = ? and status = 'WITHDRAWN' order by id",
				String.class, criminal))
			.containsExactly("The measure has ended, so what this request asks can no longer be done: the system withdrew it.",
					"The deadline has ended, so this extension is no longer needed: the system withdrew it.");
		assertThat(jdbc.queryForList("select status from case_pending_actions where case_id = ? and kind in ('ARREST_REQUEST', 'EXTENSION')",
				String.class, criminal)).containsOnly("WITHDRAWN");
	}

	@Test
	void aReturnedMeasureRequestLeftOpenAfterTheMeasureMovedOnIsNotSubmittedAgain() throws Exception {
		Detained detained = detained();
		long criminal = detained.caseId();
		long deadlineId = detained.deadlineId();
		long measureId = detained.measureId();
		sendArrestRequest(detained);
		long arrest = requestFor(criminal, "ARREST_REQUEST");
		approvals.returnForCorrection(arrest, "提请理由不充分");
		extendArrestRequestDeadlineByTwoDays(detained);
		long extension = requestFor(criminal, "DEADLINE_EXTENSION");
		approvals.returnForCorrection(extension, "延长理由不充分");

		// As data written before these rules may hold them: the arrest request went out another
		// way and the deadline was extended by 3 of its 4 days meanwhile.
		jdbc.update("update compulsory_measures set arrest_request_submitted_at = now() where id = ?", measureId);
		jdbc.update("update case_deadlines set extended_by = 3 where id = ?", deadlineId);
		resubmit(arrest).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("measure.arrestRequest.alreadySubmitted"));
		resubmit(extension).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("deadline.extension.noLongerAllowed"));
		// And then the suspect was released.
		jdbc.update("update compulsory_measures set ended_at = now(), end_reason = '释放' where id = ?", measureId);
		resubmit(arrest).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("measure.alreadyEnded"));

		assertThat(jdbc.queryForList("select status from approval_requests where id in (?, ?)", String.class, arrest,
				extension)).containsOnly("RETURNED");
		assertThat(jdbc.queryForList("select status from case_pending_actions where request_id in (?, ?)", String.class,
				arrest, extension)).containsOnly("RETURNED");
	}

	private org.springframework.test.web.servlet.ResultActions resubmit(long requestId) throws Exception {
		return mvc.perform(post("/api/v1/approvals/{id}/resubmission", requestId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"summary\":\"补正后重新报审\"}"));
	}

	/** A filed criminal case whose suspect is in approved criminal detention, with its arrest-request deadline. */
	private record Detained(long caseId, long measureId, long deadlineId) {
	}

	private Detained detained() throws Exception {
		long criminal = detentionRequested();
		approvals.approveAll(approvals.pendingOn(criminal));
		String detail = mvc.perform(get("/api/v1/cases/{id}", criminal).with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString();
		return new Detained(criminal, ((Number) JsonPath.read(detail, "$.measures[0].id")).longValue(),
				((Number) JsonPath.read(detail, "$.deadlines[0].id")).longValue());
	}

	@Test
	void aFormOnAnOlderMeasureOrDeadlineNamesItInTheReadersLanguage() throws Exception {
		Detained detained = detained();
		for (String language : new String[] { "zh-CN", "en" }) {
			boolean english = language.equals("en");
			mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", detained.caseId(), detained.measureId())
					.with(user(bureau.officer())).header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON).content("{\"version\":7,\"reason\":\"证据不足，予以释放\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(startsWith(english ? "Criminal detention was changed" : "刑事拘留 已被他人修改")));
			mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", detained.caseId(), detained.deadlineId())
					.with(user(bureau.officer())).header("Accept-Language", language)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"version\":7,\"amount\":2,\"serious\":false,\"reason\":\"特殊情况\"}"))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.detail").value(startsWith(english
						? "Arrest-approval request deadline was changed" : "提请批准逮捕期限 已被他人修改")));
		}
	}

	/** Asks for approval to send the arrest request (the chain is in force). */
	private void sendArrestRequest(Detained detained) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/arrest-request", detained.caseId(), detained.measureId())
			.with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"))
			.andExpect(status().isAccepted());
	}

	private void extendArrestRequestDeadlineByTwoDays(Detained detained) throws Exception {
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", detained.caseId(), detained.deadlineId())
			.with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"amount\":2,\"serious\":false,\"reason\":\"特殊情况\"}"))
			.andExpect(status().isAccepted());
	}

	/** A filed criminal case whose suspect's criminal detention waits for approval. */
	private long detentionRequested() throws Exception {
		long criminal = create("CRIMINAL");
		// What the filing's and the detention's signers read.
		mvc.perform(post("/api/v1/cases/{id}/materials", criminal).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"INQUIRY_RECORD\",\"title\":\"报案人询问笔录\",\"body\":\"问：……答：……\"}"))
			.andExpect(status().isCreated());
		transition(criminal, "FILE");
		approvals.approveAll(approvals.pendingOn(criminal));
		long partyId = suspect(criminal);
		mvc.perform(post("/api/v1/cases/{id}/measures", criminal).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"CRIMINAL_DETENTION\"}".formatted(partyId)))
			.andExpect(status().isAccepted())
			.andExpect(jsonPath("$.action").value("MEASURE_TAKE"));
		return criminal;
	}

	private long requestFor(long caseId, String action) {
		return jdbc.queryForObject("select id from approval_requests where case_id = ? and action = ? and status = 'PENDING'",
				Long.class, caseId, action);
	}

	@Test
	void aSummonsDoesNotApplyToACriminalCaseNorToAVictim() throws Exception {
		long victim = ((Number) JsonPath.read(addParty(bureau.officer(), caseId,
				"{\"kind\":\"PERSON\",\"role\":\"VICTIM\",\"name\":\"李四\"}").andReturn().getResponse().getContentAsString(),
				"$.id")).longValue();
		mvc.perform(post("/api/v1/cases/{id}/measures", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"CRIMINAL_DETENTION\"}".formatted(victim)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("partyId")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("type")));
	}

	@Test
	void seizedPropertyIsRegisteredInCustodyOnceAndDisposedOfOnce() throws Exception {
		String item = mvc.perform(post("/api/v1/cases/{id}/property", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"description":"电动自行车","category":"VEHICLE","quantity":1,"unitOfMeasure":"辆",
					 "estimatedValueFen":150000,"kind":"SEIZURE"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.registerNumber").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		long itemId = ((Number) JsonPath.read(item, "$.id")).longValue();
		String registerNumber = "RK-" + itemId + "-" + caseId;
		MvcResult refused = mvc.perform(post("/cases/{id}/property/{p}/register", caseId, itemId)
			.with(user(bureau.officer())).with(csrf()).param("version", "0").param("registerNumber", "RK\u0000"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("id=\"registerNumber-" + itemId + "-error\">不能包含空字符（NUL）")));
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, itemId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"registerNumber\":\"%s\"}".formatted(registerNumber)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.registerNumber").value(registerNumber));
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, itemId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"registerNumber\":\"X\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, itemId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":1,\"disposal\":\"RETURNED\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disposal").value("RETURNED"));
		mvc.perform(post("/api/v1/cases/{id}/property", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"description\":\"x\",\"category\":\"OTHER\",\"quantity\":0,\"unitOfMeasure\":\"件\",\"kind\":\"SEIZURE\",\"estimatedValueFen\":-1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("quantity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("estimatedValueFen")));
	}

	@Test
	void aRegisterNumberOrDisposalThePageRefusesIsShownBesideThatItemWithWhatWasTyped() throws Exception {
		long first = seizedItem("手机");
		long second = seizedItem("钱包");
		String taken = "RK-TAKEN-" + first;
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, first).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"registerNumber\":\"%s\"}".formatted(taken)))
			.andExpect(status().isOk());
		for (String[] attempt : new String[][] { { taken, "该入库登记号已被使用" }, { "R".repeat(41), "不能超过 40 个字符" } }) {
			MvcResult refused = mvc.perform(post("/cases/{id}/property/{p}/register", caseId, second)
				.with(user(bureau.officer())).with(csrf()).param("version", "0").param("registerNumber", attempt[0]))
				.andExpect(redirectedUrl("/cases/" + caseId + "#registerNumber-" + second))
				.andReturn();
			mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())).flashAttrs(refused.getFlashMap()))
				.andExpect(content().string(containsString("id=\"registerNumber-" + second + "-error\">" + attempt[1] + "<")))
				.andExpect(content().string(containsString("value=\"" + attempt[0] + "\"")));
		}
		MvcResult refused = mvc.perform(post("/cases/{id}/property/{p}/disposal", caseId, second)
			.with(user(bureau.officer())).with(csrf()).param("version", "0").param("disposal", "RETURNED")
			.param("note", "发还\u0000本人"))
			.andExpect(redirectedUrl("/cases/" + caseId + "#disposal-" + second))
			.andReturn();
		mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("id=\"disposal-" + second + "-error\">不能包含空字符（NUL）")));
		assertThat(jdbc.queryForMap("select register_number, disposed_at from seized_property where id = ?", second))
			.containsEntry("register_number", null).containsEntry("disposed_at", null);
	}

	@Test
	void aPropertyWriteWithoutAVersionIsRefusedOnTheVersionAndAnOlderOneIsAConflict() throws Exception {
		long item = seizedItem("手机");
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"registerNumber\":\"RK-NOVERSION-%d\"}".formatted(item)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")))
			.andExpect(jsonPath("$.errors[0].message").value("必填"));
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"disposal\":\"RETURNED\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")));
		assertThat(jdbc.queryForMap("select register_number, disposed_at, version from seized_property where id = ?", item))
			.containsEntry("register_number", null).containsEntry("disposed_at", null).containsEntry("version", 0L);
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/register", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"registerNumber\":\"RK-VERSIONED-%d\"}".formatted(item)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"disposal\":\"RETURNED\"}"))
			.andExpect(status().isConflict());
	}

	@Test
	void aMeasureOrDeadlineWriteWithoutAVersionIsRefusedOnTheVersionAndAnOlderOneIsAConflict() throws Exception {
		long partyId = suspect(caseId);
		String measure = mvc.perform(post("/api/v1/cases/{id}/measures", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":true}".formatted(partyId)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
		String detail = mvc.perform(get("/api/v1/cases/{id}", caseId).with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString();
		long deadlineId = ((Number) JsonPath.<java.util.List<Number>>read(detail,
				"$.deadlines[?(@.ruleCode == 'QUESTIONING_DETENTION')].id").get(0)).longValue();

		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"询问完毕\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")));
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/arrest-request", caseId, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")));
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", caseId, deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"amount\":1,\"serious\":false,\"reason\":\"特殊情况\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("version")));
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", caseId, deadlineId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":7,\"amount\":1,\"serious\":false,\"reason\":\"特殊情况\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":7,\"reason\":\"询问完毕\"}"))
			.andExpect(status().isConflict());
		assertThat(jdbc.queryForObject("select ended_at is null from compulsory_measures where id = ?", Boolean.class, measureId))
			.isTrue();
	}

	@Test
	void theApiDescriptionMarksTheVersionOfEveryVersionedWriteAsRequired() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.schemas.RegisterRequest.required").value(hasItem("version")))
			.andExpect(jsonPath("$.components.schemas.DisposalRequest.required").value(hasItem("version")))
			.andExpect(jsonPath("$.components.schemas.MeasureEndRequest.required").value(hasItem("version")))
			.andExpect(jsonPath("$.components.schemas.ArrestRequestRecord.required").value(hasItem("version")))
			.andExpect(jsonPath("$.components.schemas.ExtensionRequest.required").value(hasItem("version")));
	}

	@Test
	void aDisposalNoteLongerThan2000CharactersIsRefusedBesideItsFieldAndNothingIsDisposed() throws Exception {
		long item = seizedItem("银行卡");
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"disposal\":\"RETURNED\",\"note\":\"%s\"}".formatted("注".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("note")))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 2000 个字符"));
		MvcResult refused = mvc.perform(post("/cases/{id}/property/{p}/disposal", caseId, item)
			.with(user(bureau.officer())).with(csrf()).param("version", "0").param("disposal", "RETURNED")
			.param("note", "注".repeat(2001)))
			.andExpect(redirectedUrl("/cases/" + caseId + "#disposal-" + item))
			.andReturn();
		mvc.perform(get("/cases/{id}", caseId).with(user(bureau.officer())).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(containsString("id=\"disposal-" + item + "-error\">不能超过 2000 个字符")));
		assertThat(jdbc.queryForObject("select disposed_at is null from seized_property where id = ?", Boolean.class, item))
			.isTrue();
		mvc.perform(post("/api/v1/cases/{id}/property/{p}/disposal", caseId, item).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":0,\"disposal\":\"RETURNED\",\"note\":\"%s\"}".formatted("注".repeat(2000))))
			.andExpect(status().isOk());
	}

	@Test
	void aMeasureEndReasonLongerThan2000CharactersIsRefusedBesideItsFieldAndTheMeasureGoesOn() throws Exception {
		long partyId = suspect(caseId);
		String measure = mvc.perform(post("/api/v1/cases/{id}/measures", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"partyId\":%d,\"type\":\"SUMMONS\",\"detentionMayApply\":false}".formatted(partyId)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long measureId = ((Number) JsonPath.read(measure, "$.id")).longValue();
		mvc.perform(post("/api/v1/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"%s\"}".formatted("询".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("reason")))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 2000 个字符"));
		mvc.perform(get("/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("maxlength=\"2000\"")));
		mvc.perform(post("/cases/{id}/measures/{m}/end", caseId, measureId).with(user(bureau.officer())).with(csrf())
			.param("version", "0").param("reason", "询".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\">不能超过 2000 个字符")));
		assertThat(jdbc.queryForObject("select ended_at is null from compulsory_measures where id = ?", Boolean.class, measureId))
			.isTrue();
	}

	@Test
	void anExtensionReasonLongerThan2000CharactersIsRefusedBesideItsFieldAndNoRequestIsMade() throws Exception {
		Detained detained = detained();
		String extension = "{\"version\":0,\"amount\":2,\"serious\":false,\"reason\":\"%s\"}";
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", detained.caseId(), detained.deadlineId())
			.with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON).content(extension.formatted("延".repeat(2001))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(contains("reason")))
			.andExpect(jsonPath("$.errors[0].message").value("不能超过 2000 个字符"));
		mvc.perform(get("/cases/{id}/deadlines/{d}/extend", detained.caseId(), detained.deadlineId()).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("maxlength=\"2000\"")));
		mvc.perform(post("/cases/{id}/deadlines/{d}/extend", detained.caseId(), detained.deadlineId())
			.with(user(bureau.officer())).with(csrf()).param("version", "0").param("amount", "2")
			.param("reason", "延".repeat(2001)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"reason-error\">不能超过 2000 个字符")))
			.andExpect(content().string(not(containsString("id=\"refusal\""))));
		assertThat(jdbc.queryForObject("select count(*) from approval_requests where case_id = ? and action = 'DEADLINE_EXTENSION'",
				Integer.class, detained.caseId())).isZero();
		mvc.perform(post("/api/v1/cases/{id}/deadlines/{d}/extension", detained.caseId(), detained.deadlineId())
			.with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON).content(extension.formatted("延".repeat(2000))))
			.andExpect(status().isAccepted());
	}

	private long seizedItem(String description) throws Exception {
		String item = mvc.perform(post("/api/v1/cases/{id}/property", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"description":"%s","category":"OTHER","quantity":1,"unitOfMeasure":"件",
					 "estimatedValueFen":1000,"kind":"SEIZURE"}""".formatted(description)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(item, "$.id")).longValue();
	}

	@Test
	void aQuantityOverItsMaximumIsRefusedOnTheFormStatingTheMaximum() throws Exception {
		mvc.perform(post("/cases/{id}/property", caseId).with(user(bureau.officer())).with(csrf())
			.param("description", "手机").param("category", "ELECTRONICS").param("quantity", "1000001")
			.param("unitOfMeasure", "部").param("kind", "SEIZURE").param("estimatedValueYuan", "5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("不能大于 1000000")));
	}

	@Test
	void theSeizureFormOpensAndShowsAProblemWithTheValueNextToTheValueInYuan() throws Exception {
		mvc.perform(get("/cases/{id}/property/new", caseId).with(user(bureau.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"estimatedValueYuan\"")));
		mvc.perform(post("/cases/{id}/property", caseId).with(user(bureau.officer())).with(csrf())
			.param("description", "手机").param("category", "ELECTRONICS").param("quantity", "1")
			.param("unitOfMeasure", "部").param("kind", "SEIZURE").param("estimatedValueYuan", "-5"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"estimatedValueYuan-error\"")));
		// Beyond what can be counted in fen: too large, not a matter of decimals.
		mvc.perform(post("/cases/{id}/property", caseId).with(user(bureau.officer())).with(csrf())
			.param("description", "手机").param("category", "ELECTRONICS").param("quantity", "1")
			.param("unitOfMeasure", "部").param("kind", "SEIZURE").param("estimatedValueYuan", "99999999999999999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("数值过大")))
			.andExpect(content().string(not(containsString("两位小数"))));
		assertThat(jdbc.queryForObject("select count(*) from seized_property where case_id = ?", Integer.class, caseId))
			.isZero();
	}

	private long create(String type) throws Exception {
		String body = mvc.perform(post("/api/v1/cases").with(user(bureau.officer())).contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"%s\",\"title\":\"测试案\",\"summary\":\"案情\",\"reportSource\":\"PATROL\"}".formatted(type)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		transition(id, "ACCEPT");
		return id;
	}

	private void transition(long id, String transition) throws Exception {
		long version = ((Number) JsonPath.read(mvc.perform(get("/api/v1/cases/{id}", id).with(user(bureau.officer())))
			.andReturn().getResponse().getContentAsString(), "$.version")).longValue();
		mvc.perform(post("/api/v1/cases/{id}/transitions", id).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"transition\":\"%s\",\"version\":%d}".formatted(transition, version)))
			.andExpect(status().is2xxSuccessful());
	}

	private long suspect(long id) throws Exception {
		return ((Number) JsonPath.read(addParty(bureau.officer(), id,
				"{\"kind\":\"PERSON\",\"role\":\"SUSPECT\",\"name\":\"王五\",\"idNumber\":\"%s\"}".formatted(VALID_ID))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id")).longValue();
	}

	private org.springframework.test.web.servlet.ResultActions addParty(SignedInOfficer officer, long id, String json)
			throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/parties", id).with(user(officer))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private org.springframework.test.web.servlet.ResultActions addRecord(String json) throws Exception {
		return mvc.perform(post("/api/v1/cases/{id}/materials", caseId).with(user(bureau.officer()))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	private org.springframework.test.web.servlet.ResultActions upload(long id, MockMultipartFile file, String kind)
			throws Exception {
		String type = kind.equals("BODY") ? "DOCUMENTARY_EVIDENCE" : kind;
		MockMultipartFile material = new MockMultipartFile("material", "", "application/json",
				"{\"type\":\"%s\",\"title\":\"书证\"}".formatted(type).getBytes(StandardCharsets.UTF_8));
		return mvc.perform(multipart("/api/v1/cases/{id}/materials", id).file(material).file(file).with(user(bureau.officer())));
	}
}
