package org.gongzheng.approval.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.TestApprovals;
import org.gongzheng.TestCases;
import org.gongzheng.audit.AuditVerification;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.casework.CaseTransition;
import org.gongzheng.casework.internal.LawCase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Rounds written before rounds were attested are adopted by one audit entry at the first start
 * after the upgrade, and from then on are vouched for like any other. They stand here as rounds with
 * ids below every round attested on its own, as an upgrade's are; adopted rows stay, since the log
 * now vouches for them.
 */
@IntegrationTest
class RoundAdoptionIntegrationTest {

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private final AuditVerifier verifier;

	private final RoundAdoptions adoptions;

	private Fixtures.Bureau bureau;

	private long requestId;

	RoundAdoptionIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc, AuditVerifier verifier, RoundAdoptions adoptions) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.adoptions = adoptions;
	}

	@BeforeEach
	void aRequest() {
		bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "升级采纳测试案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		requestId = testApprovals.pendingOn(lawCase.getId());
	}

	@Test
	void roundsFromBeforeTheUpgradeAreVouchedForOnceTheFirstStartAdoptsThem() throws Exception {
		long legacy = legacyRound(7);
		assertThat(verifier.verify().unattested())
			.anySatisfy(u -> assertThat(u.firstIds()).contains(legacy));

		noteAdoptionThrough(legacy);
		assertThat(adoptions.adoptNoted()).isEqualTo(1);
		assertThat(adoptions.adoptNoted()).as("written once").isZero();

		assertThat(jdbc.queryForObject("""
				select details from audit_log where action = 'SUBMISSION_ROUNDS_ADOPTED' and object_id = ?""",
				String.class, String.valueOf(legacy)))
			.contains("submission rounds written before rounds were attested (ids up to " + legacy + ")")
			.containsPattern("attests SUBMISSION_ROUNDS_ADOPTED " + legacy + " sha256:[0-9a-f]{64}");
		AuditVerification after = verifier.verify();
		assertThat(after.intact()).as(after.summary()).isTrue();
		assertThat(after.unattested()).noneMatch(u -> u.type().equals(RoundAttestations.TYPE));
		mvc.perform(get("/audit?action=SUBMISSION_ROUNDS_ADOPTED&lang=en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Submission rounds from before the upgrade adopted")));
	}

	@Test
	void anAdoptedRoundChangedAfterwardsBreaksTheLogAtTheAdoptingEntry() {
		long legacy = legacyRound(7);
		noteAdoptionThrough(legacy);
		adoptions.adoptNoted();
		long entryId = adoptingEntry(legacy);

		withoutPermanence("update approval_request_rounds set note = '改过的说明' where id = " + legacy);
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBrokenId()).isEqualTo(entryId);
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}
		finally {
			withoutPermanence("update approval_request_rounds set note = null where id = " + legacy);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aRowSlippedInAmongTheAdoptedIdsBreaksTheLogAtTheAdoptingEntry() {
		long legacy = legacyRound(7);
		noteAdoptionThrough(legacy);
		adoptions.adoptNoted();
		long entryId = adoptingEntry(legacy);

		// Above every earlier test's adopted ids, below this one's.
		long slipped = round(legacy - 5, 8);
		try {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBrokenId()).isEqualTo(entryId);
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}
		finally {
			withoutPermanence("delete from approval_request_rounds where id = " + slipped);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	/**
	 * A round with an id below every one an identity column gives, as the rows an upgrade gave ids
	 * to, and above any such round before it: a row slipped in below an earlier test's adoption would
	 * break that one.
	 */
	private long legacyRound(int round) {
		return round(jdbc.queryForObject("select coalesce(max(id), -1000000000) + 10 from approval_request_rounds where id < 0",
				Long.class), round);
	}

	private long round(long id, int round) {
		return jdbc.queryForObject("""
				insert into approval_request_rounds
				    (id, request_id, round, summary, case_version, submitted_by, submitted_at)
				overriding system value
				select ?, request_id, ?, summary, case_version, submitted_by, submitted_at
				from approval_request_rounds where request_id = ? and round = 1 returning id""", Long.class,
				id, round, requestId);
	}

	private void noteAdoptionThrough(long through) {
		jdbc.update("insert into approval_round_adoptions (through_id) values (?)", through);
	}

	private long adoptingEntry(long through) {
		return jdbc.queryForObject("select id from audit_log where action = 'SUBMISSION_ROUNDS_ADOPTED' and object_id = ?",
				Long.class, String.valueOf(through));
	}

	private void withoutPermanence(String sql) {
		jdbc.execute("alter table approval_request_rounds disable trigger approval_request_rounds_permanent");
		try {
			jdbc.execute(sql);
		}
		finally {
			jdbc.execute("alter table approval_request_rounds enable trigger approval_request_rounds_permanent");
		}
	}
}
