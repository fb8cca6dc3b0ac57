package org.gongzheng.approval.web;

import org.junit.jupiter.api.Test;

import org.gongzheng.shared.error.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class AccountabilityPdfTest {

	@Test
	void aRecordUpToTheLimitPrintsAndALongerOneIsRefusedWithAHint() {
		assertThatNoException().isThrownBy(() -> AccountabilityPdf.checkPrintable(AccountabilityPdf.MAX_ROWS));
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> AccountabilityPdf.checkPrintable(AccountabilityPdf.MAX_ROWS + 1))
			.satisfies(ex -> assertThat(ex.fieldProblems().get(0).messageCode()).isEqualTo("approval.records.print.tooMany"));
	}

	@Test
	void markupInRecordTextIsEscapedAndLineBreaksAreKept() {
		assertThat(AccountabilityPdf.text("<b>同意</b> & \"好\"\n第二行\u0007"))
			.isEqualTo("&lt;b&gt;同意&lt;/b&gt; &amp; &quot;好&quot;<br/>第二行");
	}
}
