package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

	@Test
	void onlyTheLastPartOfAPathIsKeptWhicheverSlashItUses() {
		assertThat(FileNames.displayName("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.displayName("C:\\扫描件\\询问笔录.pdf")).isEqualTo("询问笔录.pdf");
		assertThat(FileNames.displayName("现场照片.jpg")).isEqualTo("现场照片.jpg");
	}

	@Test
	void controlCharactersAreDroppedAndNothingUsableMeansNoName() {
		assertThat(FileNames.displayName("a\u0000b\nc.pdf")).isEqualTo("abc.pdf");
		assertThat(FileNames.displayName("/")).isNull();
		assertThat(FileNames.displayName("..")).isNull();
		assertThat(FileNames.displayName("  ")).isNull();
		assertThat(FileNames.displayName(null)).isNull();
	}

	@Test
	void aLongNameIsCutAt255WholeCharacters() {
		String name = "😀".repeat(300);
		String shown = FileNames.displayName(name);
		assertThat(shown.codePointCount(0, shown.length())).isEqualTo(255);
		assertThat(Character.isHighSurrogate(shown.charAt(shown.length() - 1))).isFalse();
	}

	@Test
	void aLongNameIsCutInItsStemSoTheExtensionStays() {
		String shown = FileNames.displayName("B".repeat(2000) + ".jpg");
		assertThat(shown).hasSize(255).endsWith("BBB.jpg");
		// Something after the last dot that is no extension is cut like the rest.
		assertThat(FileNames.displayName("B".repeat(300) + ". not an extension")).hasSize(255).startsWith("BBB");
	}
}
