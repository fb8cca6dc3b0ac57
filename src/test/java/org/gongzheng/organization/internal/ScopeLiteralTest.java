package org.gongzheng.organization.internal;

import org.junit.jupiter.api.Test;

import org.gongzheng.organization.DataScope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A scope written into a query is a unit path of digits and slashes, and nothing else gets in. */
class ScopeLiteralTest {

	@Test
	void aUnitPathIsWrittenAsAQuotedLikePattern() {
		assertThat(OrganizationDirectory.literal(new DataScope("/1/"))).isEqualTo("'/1/%'");
		assertThat(OrganizationDirectory.literal(new DataScope("/12/305/7/"))).isEqualTo("'/12/305/7/%'");
	}

	@Test
	void aScopeHoldingAnythingButDigitsAndSlashesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> OrganizationDirectory.literal(new DataScope("/1' or '1'='1/")));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganizationDirectory.literal(new DataScope("/1/%/")));
		assertThatIllegalArgumentException().isThrownBy(() -> OrganizationDirectory.literal(new DataScope("//")));
	}
}
