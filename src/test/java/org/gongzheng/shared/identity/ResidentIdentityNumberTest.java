package org.gongzheng.shared.identity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ResidentIdentityNumberTest {

	@Test
	void theStandardsOwnExampleIsValid() {
		assertThat(ResidentIdentityNumber.isValid("11010519491231002X")).isTrue();
	}

	@Test
	void aLowerCaseCheckCharacterIsAcceptedAndNormalized() {
		assertThat(new ResidentIdentityNumber("11010519491231002x").value()).isEqualTo("11010519491231002X");
	}

	@Test
	void aWrongCheckCharacterIsRejected() {
		assertThat(ResidentIdentityNumber.isValid("110105194912310021")).isFalse();
	}

	@Test
	void aSingleMistypedDigitIsCaught() {
		assertThat(ResidentIdentityNumber.isValid("11010519491231003X")).isFalse();
	}

	@Test
	void anImpossibleBirthDateIsRejectedEvenWithAMatchingCheckCharacter() {
		String body = "11010519490231002";
		assertThat(ResidentIdentityNumber.isValid(body + ResidentIdentityNumber.checkCharacterFor(body))).isFalse();
	}

	@Test
	void aBirthDateInTheFutureIsRejected() {
		String body = "110105" + LocalDate.now().plusYears(1).toString().replace("-", "") + "002";
		assertThat(ResidentIdentityNumber.isValid(body + ResidentIdentityNumber.checkCharacterFor(body))).isFalse();
	}

	@Test
	void wrongLengthsAndLettersAreRejected() {
		assertThat(ResidentIdentityNumber.isValid(null)).isFalse();
		assertThat(ResidentIdentityNumber.isValid("")).isFalse();
		assertThat(ResidentIdentityNumber.isValid("11010519491231002")).isFalse();
		assertThat(ResidentIdentityNumber.isValid("1101051949123100X2")).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new ResidentIdentityNumber("abc"));
	}

	@Test
	void theNumberStatesBirthDateAndSex() {
		ResidentIdentityNumber number = new ResidentIdentityNumber("11010519491231002X");
		assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
		assertThat(number.male()).isFalse();
	}

	@Test
	void maskingKeepsTheRegionAndTheLastFourCharacters() {
		assertThat(new ResidentIdentityNumber("11010519491231002X").masked()).isEqualTo("110105********002X");
	}
}
