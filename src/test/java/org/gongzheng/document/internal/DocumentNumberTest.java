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
	void theTrafficBrigadeWritesItsWordWithTheBracketedCharacter() {
		assertThat(Authorities.word(unit(UnitKind.TRAFFIC_BRIGADE, "青公交"))).isEqualTo("青公（交）");
		assertThat(Authorities.word(unit(UnitKind.SUB_BUREAU, "青东公"))).isEqualTo("青东公");
		assertThat(Authorities.word(unit(UnitKind.SUB_BUREAU, null))).isEqualTo("990102000000");
	}

	private static UnitSummary unit(UnitKind kind, String shortName) {
		return new UnitSummary(1, null, "990102000000", "单位", "Unit", shortName, kind, "/1/", "Asia/Shanghai", true);
	}
}
