package org.gongzheng.shared.files;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTest {

	private static byte[] bytes(int... values) {
		byte[] out = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = (byte) values[i];
		}
		return out;
	}

	@Test
	void recognizesAcceptedTypesByTheirFirstBytes() {
		byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(FileTypes.detect(pdf, pdf.length)).contains("application/pdf");
		assertThat(FileTypes.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0), 4)).contains("image/jpeg");
		assertThat(FileTypes.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A), 8)).contains("image/png");
		assertThat(FileTypes.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'), 12)).contains("video/mp4");
	}

	@Test
	void refusesWhatIsNotOnTheList() {
		byte[] exe = bytes('M', 'Z', 0x90, 0);
		assertThat(FileTypes.detect(exe, exe.length)).isEmpty();
		byte[] html = "<html>".getBytes(StandardCharsets.US_ASCII);
		assertThat(FileTypes.detect(html, html.length)).isEmpty();
	}

	@Test
	void aDeclaredTypeMustAgreeWithTheContent() {
		assertThat(FileTypes.agrees("image/png", "application/pdf")).isFalse();
		assertThat(FileTypes.agrees("application/pdf", "application/pdf")).isTrue();
		assertThat(FileTypes.agrees("image/jpg", "image/jpeg")).isTrue();
		assertThat(FileTypes.agrees("application/octet-stream", "image/png")).isTrue();
		assertThat(FileTypes.agrees(null, "image/png")).isTrue();
	}
}
