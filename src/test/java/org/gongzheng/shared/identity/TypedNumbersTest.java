package org.gongzheng.shared.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypedNumbersTest {

	@Test
	void anIdentityNumberTypedInGroupsFullWidthOrWithALowerCaseXIsReadAsTheNumber() {
		for (String typed : new String[] { "11010519491231002X", "11010519491231002x", " 11010519491231002X ",
				"110105 19491231 002X", "110105-19491231-002x", "１１０１０５１９４９１２３１００２Ｘ",
				"１１０１０５\u3000１９４９１２３１\u3000００２ｘ" }) {
			assertThat(TypedNumbers.code(typed)).as(typed).isEqualTo("11010519491231002X");
		}
		assertThat(TypedNumbers.code(null)).isNull();
		assertThat(TypedNumbers.code("  ")).isEmpty();
		assertThat(TypedNumbers.code("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
	}

	@Test
	void aMobileNumberIsItsElevenDigitsHoweverItWasWritten() {
		for (String typed : new String[] { "13800138000", " 13800138000 ", "138 0013 8000", "138-0013-8000",
				"+86 138 0013 8000", "+8613800138000", "0086-13800138000", "１３８００１３８０００" }) {
			assertThat(TypedNumbers.phone(typed)).as(typed).isEqualTo("13800138000");
		}
	}

	@Test
	void aLandlineKeepsItsAreaCodeApartWithAHyphenAndIsNotSplitWhereItWasNot() {
		assertThat(TypedNumbers.phone("010-12345678")).isEqualTo("010-12345678");
		assertThat(TypedNumbers.phone("(010)12345678")).isEqualTo("010-12345678");
		assertThat(TypedNumbers.phone("（０１０）１２３４５６７８")).isEqualTo("010-12345678");
		assertThat(TypedNumbers.phone("0755 1234567")).isEqualTo("0755-1234567");
		// Without a separator the area code's length is not known: left as typed.
		assertThat(TypedNumbers.phone("01012345678")).isEqualTo("01012345678");
	}

	@Test
	void whatIsNoPhoneNumberIsLeftForTheCheckToRefuse() {
		assertThat(TypedNumbers.phone("110 转 2")).isEqualTo("110 转 2");
		assertThat(TypedNumbers.phone("")).isEmpty();
		assertThat(TypedNumbers.phone(null)).isNull();
	}

	@Test
	void anAmountWrittenWithSeparatorsTheUnitOrFullWidthDigitsIsLeftAsItsDigits() {
		for (String typed : new String[] { "1000", "1,000", "1 000", "1000元", "¥1,000", "￥1000", "１０００", "人民币1000元",
				"RMB 1,000" }) {
			assertThat(TypedNumbers.yuan(typed)).as(typed).isEqualTo("1000");
		}
		assertThat(TypedNumbers.yuan("２００．５０")).isEqualTo("200.50");
		assertThat(TypedNumbers.yuan("两百")).isEqualTo("两百");
		assertThat(TypedNumbers.yuan(null)).isNull();
	}
}
