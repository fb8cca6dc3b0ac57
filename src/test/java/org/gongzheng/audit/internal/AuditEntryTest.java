package org.gongzheng.audit.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryTest {

	private final AuditEntry entry = new AuditEntry(7, Instant.parse("2026-11-22T08:00:00.123456789Z"), "210102", 12L,
			"CASE_TRANSITION", "CASE", "42", "SUCCESS", "10.0.0.8", "FILE ACCEPTED→FILED");

	@Test
	void theHashChainsThePreviousHashWithTheRow() {
		String first = entry.chainedHash(AuditEntry.GENESIS);
		assertThat(first).hasSize(64).isNotEqualTo(entry.chainedHash("f".repeat(64)));
		assertThat(entry.chainedHash(AuditEntry.GENESIS)).isEqualTo(first);
	}

	@Test
	void anyChangedFieldChangesTheHash() {
		String original = entry.chainedHash(AuditEntry.GENESIS);
		AuditEntry altered = new AuditEntry(7, entry.occurredAt(), "210102", 12L, "CASE_TRANSITION", "CASE", "43",
				"SUCCESS", "10.0.0.8", "FILE ACCEPTED→FILED");
		assertThat(altered.chainedHash(AuditEntry.GENESIS)).isNotEqualTo(original);
	}

	@Test
	void fieldBoundariesCannotBeShiftedToForgeTheSameCanonicalForm() {
		AuditEntry a = new AuditEntry(1, entry.occurredAt(), "ab", null, "C", "D", null, "SUCCESS", null, null);
		AuditEntry b = new AuditEntry(1, entry.occurredAt(), "a", null, "bC", "D", null, "SUCCESS", null, null);
		assertThat(a.canonical()).isNotEqualTo(b.canonical());
	}

	@Test
	void timesAreHashedAtThePrecisionTheDatabaseKeeps() {
		assertThat(entry.occurredAt()).isEqualTo(Instant.parse("2026-11-22T08:00:00.123456Z"));
	}

	@Test
	void absentAndEmptyValuesAreDistinct() {
		AuditEntry absent = new AuditEntry(1, entry.occurredAt(), "x", null, "A", "B", null, "SUCCESS", null, null);
		AuditEntry empty = new AuditEntry(1, entry.occurredAt(), "x", null, "A", "B", "", "SUCCESS", null, null);
		assertThat(absent.canonical()).isNotEqualTo(empty.canonical());
	}
}
