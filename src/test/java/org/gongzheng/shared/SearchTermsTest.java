package org.gongzheng.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTermsTest {

	@Test
	void wordsApartAreTermsThatMustAllBeFound() {
		assertThat(SearchTerms.of("何某 寻衅")).containsExactly("何某", "寻衅");
		assertThat(SearchTerms.of("  何某\u3000\u3000寻衅滋事\t")).containsExactly("何某", "寻衅滋事");
		assertThat(SearchTerms.of("何某 何某")).containsExactly("何某");
		assertThat(SearchTerms.of("   ")).isEmpty();
		assertThat(SearchTerms.of(null)).isEmpty();
		assertThat(SearchTerms.of("a b c d e f g")).hasSize(SearchTerms.MOST);
	}

	@Test
	void fullWidthDigitsLettersAndHyphensAreReadAsTheOnesCaseNumbersAreWrittenIn() {
		assertThat(SearchTerms.of("９９０１０２５１００００－２０２６－０００１６")).containsExactly("990102510000-2026-00016");
		assertThat(SearchTerms.of("ＤＳＪ")).containsExactly("dsj");
		// Other full-width signs are part of titles as written.
		assertThat(SearchTerms.of("张三（男）")).containsExactly("张三（男）");
	}

	@Test
	void charactersThatDrawNothingAreLeftOutOfATermAndDotsStayAsTitlesWriteThem() {
		assertThat(SearchTerms.of("买买提•吐尔逊 ​寻衅")).containsExactly("买买提•吐尔逊", "寻衅");
		assertThat(SearchTerms.of("​  ")).isEmpty();
	}

	@Test
	void theNamesHoldingATermAreEachNamedOnceAndNoTermSpansTwoNames() {
		String names = "王小明\nABC商贸有限公司\n李四\n王小明";
		assertThat(SearchTerms.linesHolding(names, SearchTerms.of("小明 abc"))).containsExactly("王小明", "ABC商贸有限公司");
		assertThat(SearchTerms.linesHolding(names, SearchTerms.of("明a"))).isEmpty();
		assertThat(SearchTerms.linesHolding(names, SearchTerms.of(" "))).isEmpty();
		assertThat(SearchTerms.linesHolding("", SearchTerms.of("王"))).isEmpty();
	}
}
