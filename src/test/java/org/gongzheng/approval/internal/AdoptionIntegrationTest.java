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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * Rounds and signatures written before the application attested them are adopted by one audit
 * entry per kind at the first start after the upgrade, and from then on are guarded like any other.
 * They stand here as rows with ids below every one attested on its own, as an upgrade's are. An
 * upgrade adopts each kind once, and adopted rows stay since the log now vouches for them, so each
 * kind's story is one test, run once per test database (see {@code AdoptionsIntegrationTest} for
 * what a second adoption does).
 */
@IntegrationTest
class AdoptionIntegrationTest {

	/** Below every id a sequence gives, as an upgrade's rows are below the first attested one. */
	private static final long FIRST_LEGACY_ID = -1_000_000_000L;

	private final MockMvc mvc;

	private final Fixtures fixtures;

	private final TestCases testCases;

	private final TestApprovals testApprovals;

	private final JdbcTemplate jdbc;

	private final AuditVerifier verifier;

	private final RoundAdoptions rounds;

	private final SignatureAdoptions signatures;

	private Fixtures.Bureau bureau;

	private long requestId;

	AdoptionIntegrationTest(MockMvc mvc, Fixtures fixtures, TestCases testCases, TestApprovals testApprovals,
			JdbcTemplate jdbc, AuditVerifier verifier, RoundAdoptions rounds, SignatureAdoptions signatures) {
		this.mvc = mvc;
		this.fixtures = fixtures;
		this.testCases = testCases;
		this.testApprovals = testApprovals;
		this.jdbc = jdbc;
		this.verifier = verifier;
		this.rounds = rounds;
		this.signatures = signatures;
	}

	@BeforeEach
	void aReturnedRequest() {
		bureau = fixtures.bureau();
		LawCase lawCase = testCases.acceptedWithRecord(bureau, "升级采纳测试案");
		testCases.submit(bureau, lawCase, CaseTransition.FILE);
		requestId = testApprovals.pendingOn(lawCase.getId());
		testApprovals.returnForCorrection(requestId, "请补充立案依据");
	}

	@Test
	void roundsFromBeforeTheUpgradeAreAdoptedOnceAndThenGuardedLikeAnyOther() throws Exception {
		long earlier = round(FIRST_LEGACY_ID, 7);
		long legacy = round(FIRST_LEGACY_ID + 10, 8);
		Story story = new Story(rounds, "approval_request_rounds", "approval_request_rounds_permanent");

		story.adopt(earlier, legacy, "2 submission rounds written before they were attested");
		mvc.perform(get("/audit?action=SUBMISSION_ROUNDS_ADOPTED&lang=en").with(user(bureau.legal())))
			.andExpect(content().string(containsString("Submission rounds from before the upgrade adopted")));
		mvc.perform(post("/audit/verify?lang=en").with(user(bureau.legal())).with(csrf()))
			.andExpect(content().string(containsString("signatures, submissions and upgrade adoptions they vouch for")))
			.andExpect(content().string(containsString("Submission rounds with ids up to " + legacy
					+ " were written before digests were kept; audit row " + story.entryId + " adopted them")))
			.andExpect(content().string(containsString(
					"href=\"/audit?objectType=SUBMISSION_ROUND&amp;objectId=" + legacy + "\"")));
		mvc.perform(get("/audit?objectType=SUBMISSION_ROUND&objectId=" + legacy).with(user(bureau.legal())))
			.andExpect(content().string(containsString("attests SUBMISSION_ROUNDS_ADOPTED " + legacy + " sha256:")));

		story.breaksWhenChanged("update approval_request_rounds set note = '改过的说明' where id = " + earlier,
				"update approval_request_rounds set note = null where id = " + earlier);
		story.breaksWhenSlippedIn(round(earlier + 5, 9));
	}

	@Test
	void signaturesFromBeforeTheUpgradeAreAdoptedOnceAndThenGuardedLikeAnyOther() throws Exception {
		long earlier = signature(FIRST_LEGACY_ID, 7);
		long legacy = signature(FIRST_LEGACY_ID + 10, 8);
		Story story = new Story(signatures, "approval_signatures", "approval_signatures_no_update");

		story.adopt(earlier, legacy, "2 signatures written before they were attested");
		mvc.perform(get("/audit?action=SIGNATURES_ADOPTED").with(user(bureau.legal())))
			.andExpect(content().string(containsString("采纳升级前的签批")));
		mvc.perform(post("/audit/verify").with(user(bureau.legal())).with(csrf()))
			.andExpect(content().string(containsString("签批：编号不超过 " + legacy + " 的记录写于开始留存摘要之前，由第 "
					+ story.entryId + " 条审计记录于")));

		story.breaksWhenChanged("update approval_signatures set opinion = '同意' where id = " + earlier,
				"update approval_signatures set opinion = '请补充立案依据' where id = " + earlier);
		story.breaksWhenSlippedIn(signature(earlier + 5, 9));
	}

	/** One kind's adoption, checked as verification sees it. */
	private final class Story {

		private final Adoptions adoptions;

		private final String table;

		private final String trigger;

		private long entryId;

		Story(Adoptions adoptions, String table, String trigger) {
			this.adoptions = adoptions;
			this.table = table;
			this.trigger = trigger;
		}

		void adopt(long earlier, long legacy, String said) {
			// Other tests' rows written straight into the database may be reported too, and listed first.
			long before = unattested(verifier.verify());
			assertThat(before).isGreaterThanOrEqualTo(2);

			noteAdoption(adoptions.adoptedType(), table, legacy);
			assertThat(adoptions.adoptNoted()).isEqualTo(1);
			assertThat(adoptions.adoptNoted()).as("written once").isZero();
			entryId = jdbc.queryForObject("select id from audit_log where action = ?", Long.class, adoptions.type());
			assertThat(jdbc.queryForObject("select details from audit_log where id = ?", String.class, entryId))
				.startsWith(said + " (ids up to " + legacy + ")")
				.containsPattern("attests " + adoptions.type() + " " + legacy + " sha256:[0-9a-f]{64}");

			AuditVerification adopted = verifier.verify();
			assertThat(adopted.intact()).as(adopted.summary()).isTrue();
			assertThat(unattested(adopted)).as("both adopted").isEqualTo(before - 2);
			assertThat(adopted.adoptions()).anySatisfy(a -> {
				assertThat(a.type()).isEqualTo(adoptions.adoptedType());
				assertThat(a.throughId()).isEqualTo(legacy);
				assertThat(a.entryId()).isEqualTo(entryId);
			});
		}

		private long unattested(AuditVerification result) {
			return result.unattested().stream()
				.filter(u -> u.type().equals(adoptions.adoptedType()))
				.mapToLong(u -> u.count())
				.sum();
		}

		void breaksWhenChanged(String change, String undo) {
			withoutPermanence(change);
			try {
				assertBroken();
			}
			finally {
				withoutPermanence(undo);
			}
			assertThat(verifier.verify().intact()).isTrue();
		}

		void breaksWhenSlippedIn(long slipped) {
			try {
				assertBroken();
			}
			finally {
				withoutPermanence("delete from " + table + " where id = " + slipped);
			}
			assertThat(verifier.verify().intact()).isTrue();
		}

		private void assertBroken() {
			AuditVerification after = verifier.verify();
			assertThat(after.intact()).isFalse();
			assertThat(after.firstBrokenId()).isEqualTo(entryId);
			assertThat(after.problem()).isEqualTo("ATTESTED_CONTENT_ALTERED");
		}

		private void withoutPermanence(String sql) {
			jdbc.execute("alter table " + table + " disable trigger " + trigger);
			try {
				jdbc.execute(sql);
			}
			finally {
				jdbc.execute("alter table " + table + " enable trigger " + trigger);
			}
		}
	}

	@Test
	void anAdoptionWhoseRecordsNoLongerNumberWhatTheUpgradeCountedIsRefused() {
		// Above the ids the other test adopts, so as not to slip in among them.
		long legacy = round(FIRST_LEGACY_ID + 1_000, 11);
		// Noted as the upgrade would have, then a row slipped in among them before the first start.
		noteAdoption("SUBMISSION_ROUND", "approval_request_rounds", legacy);
		long slipped = round(legacy - 5, 12);
		try {
			assertThat(rounds.adoptNoted()).isZero();
			assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'SUBMISSION_ROUNDS_ADOPTED' and object_id = ?",
					Integer.class, String.valueOf(legacy))).isZero();
			AuditVerification result = verifier.verify();
			assertThat(result.intact()).isTrue();
			assertThat(result.adoptions()).noneMatch(a -> a.throughId() == legacy);
		}
		finally {
			jdbc.update("delete from approval_adoptions where through_id = ?", legacy);
			jdbc.execute("alter table approval_request_rounds disable trigger approval_request_rounds_permanent");
			try {
				jdbc.update("delete from approval_request_rounds where id in (?, ?)", legacy, slipped);
			}
			finally {
				jdbc.execute("alter table approval_request_rounds enable trigger approval_request_rounds_permanent");
			}
		}
	}

	/** What V77 notes: up to which id, and how many records there are up to it. */
	private void noteAdoption(String type, String table, long through) {
		jdbc.update("insert into approval_adoptions (record_type, through_id, record_count) select ?, ?, count(*) from "
				+ table + " where id <= ?", type, through, through);
	}

	/** A copy of the request's first round under an id of one's choosing, as an upgrade's identity column gave. */
	private long round(long id, int round) {
		return jdbc.queryForObject("""
				insert into approval_request_rounds
				    (id, request_id, round, summary, case_version, submitted_by, submitted_at)
				overriding system value
				select ?, request_id, ?, summary, case_version, submitted_by, submitted_at
				from approval_request_rounds where request_id = ? and round = 1 returning id""", Long.class,
				id, round, requestId);
	}

	/** A copy of the request's return under an id of one's choosing, as a signature from before attestation. */
	private long signature(long id, int round) {
		return jdbc.queryForObject("""
				insert into approval_signatures (id, request_id, round, link_order, link_name, action, case_id, signer_id,
				    decision, opinion, signed_at, case_version, material_hashes, materials_first_opened_at)
				select ?, request_id, ?, link_order, link_name, action, case_id, signer_id, decision, opinion, signed_at,
				    case_version, material_hashes, materials_first_opened_at
				from approval_signatures where request_id = ? and round = 1 returning id""", Long.class, id, round,
				requestId);
	}
}
