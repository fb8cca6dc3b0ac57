package org.gongzheng.discretion.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumeralsTest {

	@Test
	void articleNumbersReadAsStatutesWriteThem() {
		assertThat(ChineseNumerals.of(5)).isEqualTo("五");
		assertThat(ChineseNumerals.of(10)).isEqualTo("十");
		assertThat(ChineseNumerals.of(21)).isEqualTo("二十一");
		assertThat(ChineseNumerals.of(90)).isEqualTo("九十");
		assertThat(ChineseNumerals.of(100)).isEqualTo("一百");
		assertThat(ChineseNumerals.of(107)).isEqualTo("一百零七");
		assertThat(ChineseNumerals.of(110)).isEqualTo("一百一十");
		assertThat(ChineseNumerals.of(123)).isEqualTo("一百二十三");
		assertThat(ChineseNumerals.of(1005)).isEqualTo("一千零五");
	}
}
