package org.gongzheng.shared.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest {

	@Test
	void aPublishedCodeIsValid() {
		// Huawei Technologies Co., Ltd., as printed on its business licence.
		assertThat(UnifiedSocialCreditCode.isValid("914403001922038216")).isTrue();
	}

	@Test
	void aCodeBuiltWithTheComputedCheckCharacterIsValid() {
		String body = "91350100M000100Y4";
		assertThat(UnifiedSocialCreditCode.isValid(body + UnifiedSocialCreditCode.checkCharacterFor(body))).isTrue();
	}

	@Test
	void aChangedCharacterBreaksTheCheck() {
		assertThat(UnifiedSocialCreditCode.isValid("914403001922038217")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("914403001922038316")).isFalse();
	}

	@Test
	void lettersOutsideTheAlphabetAreRejected() {
		// I, O, Z, S and V are not used, to avoid confusion with digits.
		assertThat(UnifiedSocialCreditCode.isValid("91440300I922038216")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91440300O922038216")).isFalse();
	}

	@Test
	void wrongLengthsAreRejected() {
		assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("91440300192203821")).isFalse();
		assertThat(UnifiedSocialCreditCode.isValid("9144030019220382161")).isFalse();
	}

	@Test
	void lowerCaseInputIsAcceptedAndNormalized() {
		String body = "91350100m000100y4";
		String code = body + UnifiedSocialCreditCode.checkCharacterFor(body.toUpperCase());
		assertThat(new UnifiedSocialCreditCode(code).value()).isEqualTo(code.toUpperCase());
	}
}
