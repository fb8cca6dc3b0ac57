package org.gongzheng.document.internal;

import org.junit.jupiter.api.Test;

import org.gongzheng.organization.UnitKind;
import org.gongzheng.organization.UnitSummary;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNumberTest {

	@Test
	void numbersFollowTheStandardStyle() {
		assertThat(DocumentNumber.of("青公（交）", "行罚决字", 2026, 123).text()).isEqualTo("青公（交）行罚决字〔2026〕123号");
	}

	@Test
	void theBracketsPeopleTypeAroundTheYearAndZerosBeforeTheSequenceAreSearchedAsPrinted() {
		for (String typed : new String[] { "青西公受案字[2026]1号", "青西公受案字【2026】1号", "青西公受案字（2026）1号",
				"青西公受案字(2026)1号", "青西公受案字［2026］1号", "青西公受案字〖2026〗1号", "青西公受案字〔2026〕1号",
				"青西公受案字[2026]第1号", "青西公受案字( 2026 ) 第 1号", "青西公受案字〔2026〕0001号",
				"青西公受案字[2026]第001号" }) {
			assertThat(DocumentNumber.asTyped(typed)).as(typed).isEqualTo("青西公受案字〔2026〕1号");
		}
	}

	@Test
	void bracketsElsewhereAndNumbersOtherThanAYearStayAsTyped() {
		assertThat(DocumentNumber.asTyped("青公（交）行罚决字[2026]12号")).isEqualTo("青公（交）行罚决字〔2026〕12号");
		assertThat(DocumentNumber.asTyped("[2026")).isEqualTo("〔2026");
		assertThat(DocumentNumber.asTyped("2026]1")).isEqualTo("2026〕1");
		assertThat(DocumentNumber.asTyped("(12345)")).isEqualTo("(12345)");
		assertThat(DocumentNumber.asTyped("（交）")).isEqualTo("（交）");
		assertThat(DocumentNumber.asTyped("第1号")).isEqualTo("第1号");
		assertThat(DocumentNumber.asTyped("〔2026〕0号")).isEqualTo("〔2026〕0号");
		assertThat(DocumentNumber.asTyped("〔2026〕100号")).isEqualTo("〔2026〕100号");
		assertThat(DocumentNumber.asTyped("字0012号")).isEqualTo("字0012号");
	}

	@Test
	void theTrafficBrigadeWritesItsWordWithTheBracketedCharacter() {
		assertThat(Authorities.word(unit(UnitKind.TRAFFIC_BRIGADE, "青公交"))).isEqualTo("青公（交）");
		assertThat(Authorities.word(unit(UnitKind.SUB_BUREAU, "青东公"))).isEqualTo("青东公");
		assertThat(Authorities.word(unit(UnitKind.SUB_BUREAU, null))).isEqualTo("990102000000");
	}

	private static UnitSummary unit(UnitKind kind, String shortName) {
		return new UnitSummary(1, null, "990102000000", "单位", "Unit", shortName, kind, "/1/", "Asia/Shanghai", true, false);
	}
}
