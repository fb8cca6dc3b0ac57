package org.gongzheng.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import org.gongzheng.Fixtures;
import org.gongzheng.IntegrationTest;
import org.gongzheng.audit.internal.AuditVerifier;
import org.gongzheng.shared.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
class AuditChainIntegrationTest {

	private final AuditVerifier verifier;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Fixtures fixtures;

	private final MockMvc mvc;

	private final ApplicationEventPublisher events;

	AuditChainIntegrationTest(AuditVerifier verifier, JdbcTemplate jdbc, TransactionTemplate transactions,
			Fixtures fixtures, MockMvc mvc, ApplicationEventPublisher events) {
		this.verifier = verifier;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.fixtures = fixtures;
		this.mvc = mvc;
		this.events = events;
	}

	@Test
	void transactionsAppendingAtTheSameTimeLeaveOneUnbrokenChain() throws Exception {
		long before = jdbc.queryForObject("select count(*) from audit_log where action = 'TEST_WRITE'", Long.class);
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int writer = 0; writer < 6; writer++) {
				int w = writer;
				writers.add(() -> {
					for (int tx = 0; tx < 10; tx++) {
						int t = tx;
						transactions.executeWithoutResult(status -> {
							events.publishEvent(new AuditEvent("TEST_WRITE", "test", w + "-" + t, AuditEvent.Outcome.SUCCESS, "a"));
							events.publishEvent(new AuditEvent("TEST_WRITE", "test", w + "-" + t, AuditEvent.Outcome.SUCCESS, "b"));
						});
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(writers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'TEST_WRITE'", Long.class))
			.isEqualTo(before + 120);
		AuditVerification result = verifier.verify();
		assertThat(result.intact()).as("first broken row %s", result.firstBrokenId()).isTrue();
	}

	@Test
	void entriesWithChineseTextSeparatorsAndMissingFieldsChainAsTheVerifierRecomputesThem() {
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new AuditEvent("TEST_AWKWARD", "案件", null, AuditEvent.Outcome.SUCCESS, null));
			events.publishEvent(new AuditEvent("TEST_AWKWARD", "test", "1:2;3", AuditEvent.Outcome.SUCCESS,
					"询问笔录 sha256:ab;\n第二行 -1:; 😀"));
			events.publishEvent(new AuditEvent("TEST_AWKWARD", "test", "", AuditEvent.Outcome.SUCCESS, ""));
		});

		assertThat(jdbc.queryForList("select details from audit_log where action = 'TEST_AWKWARD' order by id desc limit 3",
				String.class)).containsExactly("", "询问笔录 sha256:ab;\n第二行 -1:; 😀", null);
		AuditVerification result = verifier.verify();
		assertThat(result.intact()).as("first broken row %s", result.firstBrokenId()).isTrue();
	}

	@Test
	void theChainOfEverythingWrittenSoFarVerifies() {
		fixtures.bureau();
		AuditVerification result = verifier.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.rowsChecked()).isPositive();
	}

	@Test
	void theDatabaseRefusesToChangeOrRemoveAuditRows() {
		fixtures.bureau();
		long id = jdbc.queryForObject("select max(id) from audit_log", Long.class);
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("update audit_log set details = 'x' where id = ?", id))
			.havingRootCause().withMessageContaining("append-only");
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id));
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> jdbc.execute("truncate audit_log"));
	}

	@Test
	void aRowAlteredBehindTheApplicationsBackIsNamedByVerification() {
		fixtures.bureau();
		long id = jdbc.queryForObject("select max(id) - 3 from audit_log", Long.class);
		String original = jdbc.queryForObject("select details from audit_log where id = ?", String.class, id);
		try {
			tamper(id, "changed by hand");
			AuditVerification result = verifier.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.firstBrokenId()).isEqualTo(id);
			assertThat(result.problem()).isEqualTo("CONTENT_ALTERED");
		}
		finally {
			tamper(id, original);
		}
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void theVerificationIsOfferedToLegalStaffAndAdministratorsOnly() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		mvc.perform(get("/api/v1/audit/verification").with(user(bureau.legal())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(get("/api/v1/audit/verification").with(user(bureau.officer()))).andExpect(status().isForbidden());
		mvc.perform(post("/audit/verify").with(user(bureau.admin())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("哈希链完整")));
		// Labels in the reader's language, the code kept beside the action for the filter.
		mvc.perform(get("/audit").param("action", "audit_verified").with(user(bureau.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>校验哈希链</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("audit-code\">AUDIT_VERIFIED</div>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td>审计日志</td>")))
			// Failure when other tests left signatures no audit entry vouches for; a word either way.
			.andExpect(content().string(org.hamcrest.Matchers.anyOf(
					org.hamcrest.Matchers.containsString("<td class=\"text-nowrap\">成功</td>"),
					org.hamcrest.Matchers.containsString("<td class=\"text-nowrap\">失败</td>"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(">FAILURE</td>"))));
		mvc.perform(get("/audit").param("action", "AUDIT_VERIFIED").param("lang", "en").with(user(bureau.admin())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>Hash chain verified</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<td>Audit log</td>")));
		mvc.perform(get("/audit").with(user(bureau.officer()))).andExpect(status().isForbidden());
	}

	@Test
	void aDocumentsEntryNamesItsTypeInTheReadersLanguageKeepingTheCodeBeside() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String number = "测试公行罚决字〔2026〕" + System.nanoTime() + "号";
		transactions.executeWithoutResult(status -> events.publishEvent(AuditEvent.success("DOCUMENT_ISSUED", "DOCUMENT",
				1L, "PENALTY_DECISION_ORDINARY " + number)));

		mvc.perform(get("/audit").param("action", "DOCUMENT_ISSUED").param("lang", "en").with(user(bureau.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>Penalty decision " + number + "</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(
					"audit-code\">PENALTY_DECISION_ORDINARY " + number + "</div>")));
		mvc.perform(get("/audit").param("action", "DOCUMENT_ISSUED").with(user(bureau.admin())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>行政处罚决定书 " + number + "</span>")));
	}

	@Test
	void signInsAndFailedSignInsAreAudited() throws Exception {
		Fixtures.Bureau bureau = fixtures.bureau();
		String username = bureau.officer().getUsername();
		AtomicLong before = new AtomicLong(jdbc.queryForObject("select max(id) from audit_log", Long.class));
		mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user(username).password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.queryForList("select outcome from audit_log where action = 'SIGN_IN' and actor = ? and id > ? order by id",
				String.class, username, before.get())).containsExactly("FAILURE", "SUCCESS");
		mvc.perform(get("/audit").param("actor", username).param("action", "SIGN_IN").with(user(bureau.admin())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<span>密码错误或账号不存在</span>")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString(">BadCredentialsException</div>")));
		mvc.perform(get("/api/v1/me").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.httpBasic(username, "nope"))).andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("error.signIn"));
	}

	private void tamper(long id, String details) {
		transactions.executeWithoutResult(status -> {
			// Superuser-only: replica mode skips triggers, as someone with direct database access might.
			jdbc.execute("set local session_replication_role = replica");
			jdbc.update("update audit_log set details = ? where id = ?", details, id);
		});
	}
}
