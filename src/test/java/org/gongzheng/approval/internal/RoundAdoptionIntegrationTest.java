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
 * now vouches for them, so this runs once per test database.
 */
@IntegrationTest
class RoundAdoptionIntegrationTest {

	/** Below every id the identity column gives, as an upgrade's rows are below the first attested one. */
	private static final long FIRST_LEGACY_ID = -1_000_000_000L;

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

	/**
	 * One story, as an upgrade adopts once: the first adoption in the log is the one that counts
	 * (see {@code AdoptionsIntegrationTest} for a later one).
	 */
	@Test
	void roundsFromBeforeTheUpgradeAreAdoptedOnceAndThenGuardedLikeAnyOther() throws Exception {
		long earlier = round(FIRST_LEGACY_ID, 7);
		long legacy = round(FIRST_LEGACY_ID + 10, 8);
		assertThat(verifier.verify().unattested())
			.anySatisfy(u -> assertThat(u.firstIds()).contains(legacy, earlier));

		jdbc.update("insert into approval_round_adoptions (through_id) values (?)", legacy);
		assertThat(adoptions.adoptNoted()).isEqualTo(1);
		assertThat(adoptions.adoptNoted()).as("written once").isZero();
		long entryId = jdbc.queryForObject("select id from audit_log where action = 'SUBMISSION_ROUNDS_ADOPTED'",
				Long.class);
		assertThat(jdbc.queryForObject("select details from audit_log where id = ?", String.class, entryId))
			.startsWith("2 submission rounds written before rounds were attested (ids up to " + legacy + ")")
			.containsPattern("attests SUBMISSION_ROUNDS_ADOPTED " + legacy + " sha256:[0-9a-f]{64}");

		AuditVerification adopted = verifier.verify();
		assertThat(adopted.intact()).as(adopted.summary()).isTrue();
		assertThat(adopted.unattested()).noneMatch(u -> u.type().equals(RoundAttestations.TYPE));
		mvc.perform(get("/audit?action=SUBMISSION_ROUNDS_ADOPTED&lang=en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Submission rounds from before the upgrade adopted")));

		// Changed afterwards: the log breaks at the adopting entry.
		withoutPermanence("update approval_request_rounds set note = '改过的说明' where id = " + earlier);
		try {
			assertBrokenAt(entryId);
		}
		finally {
			withoutPermanence("update approval_request_rounds set note = null where id = " + earlier);
		}
		assertThat(verifier.verify().intact()).isTrue();

		// A row slipped in among the adopted ids: the same.
		long slipped = round(earlier + 5, 9);
		try {
			assertBrokenAt(entryId);
		}
		finally {
			withoutPermanence("delete from approval_request_rounds where id = " + slipped);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	private void assertBrokenAt(long entryId) {
		AuditVerification after = verifier.verify();
		assertThat(after.intact()).isFalse();
		assertThat(after.firstBrokenId()).isEqualTo(entryId);
		assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
	}

	/** A round with an id of one's choosing, as a forger or an upgrade's identity column gives. */
	private long round(long id, int round) {
		return jdbc.queryForObject("""
				insert into approval_request_rounds
				    (id, request_id, round, summary, case_version, submitted_by, submitted_at)
				overriding system value
				select ?, request_id, ?, summary, case_version, submitted_by, submitted_at
				from approval_request_rounds where request_id = ? and round = 1 returning id""", Long.class,
				id, round, requestId);
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
