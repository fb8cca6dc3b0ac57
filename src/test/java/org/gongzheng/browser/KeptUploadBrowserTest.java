package org.gongzheng.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.gongzheng.Fixtures;
import org.gongzheng.TestCases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer uploads a body-camera clip but forgets the recorder's number: the form comes back
 * with the error and says the clip is kept, and saving with the number added stores the clip
 * without choosing it again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KeptUploadBrowserTest {

	private final Fixtures fixtures;

	private final TestCases testCases;

	@LocalServerPort
	private int port;

	KeptUploadBrowserTest(Fixtures fixtures, TestCases testCases) {
		this.fixtures = fixtures;
		this.testCases = testCases;
	}

	@Test
	void aClipChosenOnceIsSavedAfterTheFormsErrorsAreCorrected(@TempDir Path folder) throws IOException {
		Fixtures.Bureau bureau = fixtures.bureau();
		long caseId = testCases.acceptedWithRecord(bureau, "执法记录仪案").getId();
		byte[] clip = new byte[2048];
		System.arraycopy(new byte[] { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm' }, 0, clip, 0, 12);
		Path file = Files.write(folder.resolve("现场视频.mp4"), clip);
		try (Browser browser = Browser.open(port, 1280, 900)) {
			browser.signIn(bureau.officer().getUsername(), Fixtures.PASSWORD);
			browser.go("/cases/" + caseId + "/materials/new")
				.select("#type", "BODYCAM_CLIP")
				.type("#title", "现场执法视频")
				.attach("#file", file);
			browser.script("""
					document.querySelector('#recordedFrom').value = '2026-12-01T09:00';
					document.querySelector('#recordedTo').value = '2026-12-01T09:20';""");
			browser.click("#material-submit");
			assertThat(browser.text("#kept-file")).contains("已保留您上次选择的文件：现场视频.mp4").contains("2.0 KB");
			assertThat(browser.value("#file")).isEmpty();
			browser.screenshot("kept-01-file-kept");

			browser.type("#deviceCode", "DSJ-0815").click("#material-submit");
			browser.waitForUrl("#materials");
			assertThat(browser.pageText()).contains("现场执法视频").contains("2.0 KB");
			browser.screenshot("kept-02-saved");
		}
	}
}
