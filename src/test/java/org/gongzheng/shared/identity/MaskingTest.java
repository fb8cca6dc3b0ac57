package org.gongzheng.shared.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MaskingTest {

	@Test
	void phonesKeepTheirPrefixAndLastFourDigits() {
		assertThat(Masking.maskPhone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void namesKeepOnlyTheFamilyName() {
		assertThat(Masking.maskName("张三丰")).isEqualTo("张**");
	}

	@Test
	void valuesShorterThanWhatIsKeptAreMaskedWhole() {
		assertThat(Masking.mask("1234", 3, 3)).isEqualTo("****");
	}
}
