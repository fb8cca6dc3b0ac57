package org.gongzheng.audit.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An adoption vouches only for records older than every record attested on its own. */
class AdoptionCapTest {

	@Test
	void anAdoptionBelowTheFirstRecordAttestedOnItsOwnCoversEverythingItNames() {
		assertThat(AuditVerifier.capped(361, ids(362, 400))).isEqualTo(361);
	}

	@Test
	void anAdoptionNamingANewerIdStopsJustBelowTheFirstRecordAttestedOnItsOwn() {
		assertThat(AuditVerifier.capped(5_000, ids(400, 362, 9_000))).isEqualTo(361);
	}

	@Test
	void withNoRecordAttestedOnItsOwnAnAdoptionCoversWhatItNames() {
		assertThat(AuditVerifier.capped(361, ids())).isEqualTo(361);
	}

	@Test
	void withoutAnAdoptionNothingIsCovered() {
		assertThat(AuditVerifier.capped(Long.MIN_VALUE, ids(1, 2))).isEqualTo(Long.MIN_VALUE);
	}

	private static AttestedIds ids(long... values) {
		AttestedIds ids = new AttestedIds();
		for (long value : values) {
			ids.add(value);
		}
		return ids;
	}
}
