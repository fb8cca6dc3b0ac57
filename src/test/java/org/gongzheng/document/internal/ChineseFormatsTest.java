package org.gongzheng.document.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseFormatsTest {

	private final ChineseFormats cn = new ChineseFormats(ZoneId.of("Asia/Shanghai"));

	@Test
	void amountsAreWrittenInCapitalNumeralsAsOnADecision() {
		assertThat(ChineseFormats.upper(20000)).isEqualTo("贰佰元整");
		assertThat(ChineseFormats.upper(50)).isEqualTo("伍角");
		assertThat(ChineseFormats.upper(1005)).isEqualTo("壹拾元零伍分");
		assertThat(ChineseFormats.upper(12345)).isEqualTo("壹佰贰拾叁元肆角伍分");
		assertThat(ChineseFormats.upper(100500)).isEqualTo("壹仟零伍元整");
		assertThat(ChineseFormats.upper(300000)).isEqualTo("叁仟元整");
		assertThat(ChineseFormats.upper(10000000)).isEqualTo("壹拾万元整");
		assertThat(ChineseFormats.upper(10000100)).isEqualTo("壹拾万零壹元整");
		assertThat(ChineseFormats.upper(0)).isEqualTo("零元整");
	}

	@Test
	void datesAreInTheUnitsZone() {
		assertThat(cn.date(Instant.parse("2026-11-22T17:30:00Z"))).isEqualTo("2026年11月23日");
		assertThat(cn.dateTime("2026-11-22T17:05:00Z")).isEqualTo("2026年11月23日1时05分");
	}

	@Test
	void thePenaltyReadsDetentionThenFineThenLicence() {
		assertThat(cn.penalty(Map.of("detentionDays", "8", "fineFen", "30000"))).isEqualTo("行政拘留8日，并处罚款人民币叁佰元整（300.00元）");
		assertThat(cn.penalty(Map.of("warning", "true"))).isEqualTo("警告");
		assertThat(cn.penalty(Map.of("fineFen", "150000", "licenceAction", "SUSPEND", "licenceMonths", "6")))
			.isEqualTo("罚款人民币壹仟伍佰元整（1500.00元），并处暂扣机动车驾驶证6个月");
	}
}
