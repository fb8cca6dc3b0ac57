package org.gongzheng.organization.internal;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.IntegrationTest;
import org.gongzheng.organization.Role;
import org.gongzheng.shared.time.DefaultZone;
import org.gongzheng.shared.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The first start of a real deployment: the bureau and its administrator come from the
 * GONGZHENG_BOOTSTRAP_* settings. The shared test database has units already, so the check for an
 * empty database is answered by a stand-in; everything else is the real thing.
 */
@IntegrationTest
class BootstrapAdministratorIntegrationTest {

	private final UnitRepository units;

	private final OrganizationAdministration administration;

	private final TransactionTemplate transactions;

	private final Messages messages;

	private final AccountDetailsService accounts;

	BootstrapAdministratorIntegrationTest(UnitRepository units, OrganizationAdministration administration,
			TransactionTemplate transactions, Messages messages, AccountDetailsService accounts) {
		this.units = units;
		this.administration = administration;
		this.transactions = transactions;
		this.messages = messages;
		this.accounts = accounts;
	}

	@Test
	void aWeakPasswordStopsTheStartWithTheRuleSpeltOutAndSavesNothing() {
		BootstrapAdministrator bootstrap = onAnEmptyDatabase(
				new BootstrapAdministrator.BootstrapProperties("123", "7000001", "710000000000", "测试局", "Test Bureau", "测"));

		assertThatIllegalStateException().isThrownBy(() -> bootstrap.run(null))
			.withMessageContaining("password: At least 8 characters, with both letters and digits")
			.withMessageContaining("nothing was saved");
		assertThat(units.findByCode("710000000000")).isEmpty();
	}

	@Test
	void theBureauAndItsAdministratorAreCreatedInTheConfiguredZoneWithBothNames() {
		BootstrapAdministrator bootstrap = onAnEmptyDatabase(new BootstrapAdministrator.BootstrapProperties(
				"Str0ng-start", "7000002", "720000000000", "青岚市公安局", "Qinglan Public Security Bureau", "青"));

		bootstrap.run(null);

		Unit bureau = units.findByCode("720000000000").orElseThrow();
		assertThat(bureau.getNameZh()).isEqualTo("青岚市公安局");
		assertThat(bureau.getNameEn()).isEqualTo("Qinglan Public Security Bureau");
		assertThat(bureau.getZoneId()).isEqualTo("Asia/Urumqi");
		assertThat(accounts.loadUserByUsername("admin").roles()).containsExactly(Role.ADMIN);
		assertThat(accounts.loadUserByUsername("admin").unitPath()).isEqualTo(bureau.getPath());
		// The setting is known to whoever deployed; the administrator replaces it at the first sign-in.
		assertThat(accounts.loadUserByUsername("admin").passwordChangeRequired()).isTrue();
	}

	private BootstrapAdministrator onAnEmptyDatabase(BootstrapAdministrator.BootstrapProperties properties) {
		UnitRepository empty = Mockito.mock(UnitRepository.class);
		Mockito.when(empty.count()).thenReturn(0L);
		return new BootstrapAdministrator(empty, administration, transactions, properties,
				new DefaultZone(ZoneId.of("Asia/Urumqi")), messages);
	}
}
