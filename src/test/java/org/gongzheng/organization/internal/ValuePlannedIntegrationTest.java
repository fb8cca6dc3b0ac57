package org.gongzheng.organization.internal;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scope read is planned for its values and leaves the rest of the transaction as it was: planned
 * as usual, and with the caller's pending changes still unwritten.
 */
@IntegrationTest
class ValuePlannedIntegrationTest {

	private static final String MODE = "select current_setting('plan_cache_mode')";

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Fixtures fixtures;

	ValuePlannedIntegrationTest(EntityManager entityManager, JdbcTemplate jdbc, TransactionTemplate transaction,
			Fixtures fixtures) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.fixtures = fixtures;
	}

	@Test
	void theReadIsPlannedForItsValuesAndTheTransactionGoesBackToTheDefaultAfterIt() {
		transaction.executeWithoutResult(status -> {
			String during = ValuePlanned.read(entityManager, () -> jdbc.queryForObject(MODE, String.class));
			assertThat(during).isEqualTo("force_custom_plan");
			assertThat(jdbc.queryForObject(MODE, String.class)).isEqualTo("auto");
		});
	}

	@Test
	void theCallersPendingChangesAreNotWrittenEarly() {
		long unitId = fixtures.bureau().stationOne().getId();
		transaction.executeWithoutResult(status -> {
			Unit unit = entityManager.find(Unit.class, unitId);
			String before = unit.getNameZh();
			unit.rename(unit.getCode(), before + "（改）", unit.getNameEn(), unit.getShortName(), unit.getZoneId());
			String stored = ValuePlanned.read(entityManager,
					() -> jdbc.queryForObject("select name_zh from units where id = ?", String.class, unitId));
			assertThat(stored).isEqualTo(before);
			status.setRollbackOnly();
		});
	}
}
